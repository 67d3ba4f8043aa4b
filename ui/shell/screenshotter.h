#pragma once
// Screenshotter: renders every view of the GUI to PNG files (mlops-workbench
// --screenshot DIR): the main window on each page, the group editor with a group open,
// its History tab, the compare dialog, the settings dialog, each page of the
// service-connection wizard, and the Pipelines page with a pipeline open (Graph tab, and
// the Diagnostics tab showing an error typed into the buffer and undone afterwards; the
// file is never saved) plus the New pipeline dialog, and the Runs page with the newest
// completed Infrastructure run (else the newest run) selected. Works offscreen
// (QT_QPA_PLATFORM=offscreen).
// Returns the files written, or an Io error naming the file that could not be written.
// Thread: GUI thread.

#include "core/common/result.h"

#include <QStringList>

#include <memory>

class QWidget;

namespace mlops::library {
class ServiceConnectionService;
}

namespace mlops::ui {

class MainWindow;

class Screenshotter {
public:
    Screenshotter(MainWindow *window, std::shared_ptr<library::ServiceConnectionService> connections, QString directory);

    // `groupName`: the group to open in the editor (e.g. the sample group); the first
    // group when empty or missing. `pipelineName`: the pipeline to open; the first one
    // when empty or missing (no pipeline shots without any pipeline).
    Result<QStringList> run(const QString &groupName, const QString &pipelineName = {});

private:
    Result<void> grab(QWidget *widget, const QString &name);
    Result<void> grabPipelines(const QString &pipelineName);
    Result<void> grabRuns();

    MainWindow *m_window;
    std::shared_ptr<library::ServiceConnectionService> m_connections;
    QString m_directory;
    QStringList m_written;
};

}  // namespace mlops::ui
