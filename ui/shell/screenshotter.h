#pragma once
// Screenshotter: renders every view of the GUI to PNG files (mlops-workbench
// --screenshot DIR): the main window on each page, the group editor with a group open,
// its History tab, the compare dialog, the settings dialog and each page of the
// service-connection wizard. Works offscreen (QT_QPA_PLATFORM=offscreen).
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
    // group when empty or missing.
    Result<QStringList> run(const QString &groupName);

private:
    Result<void> grab(QWidget *widget, const QString &name);

    MainWindow *m_window;
    std::shared_ptr<library::ServiceConnectionService> m_connections;
    QString m_directory;
    QStringList m_written;
};

}  // namespace mlops::ui
