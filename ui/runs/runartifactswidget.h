#pragma once
// RunArtifactsWidget: the Artifacts tab of a run: each artifact (ArtifactStore::artifacts)
// with its files and sizes in a tree (objectName runArtifactTree), and "Save all…"
// (runSaveArtifactsButton), which asks for a folder and downloads every artifact into
// <folder>/<artifact name> with ArtifactStore::download. Errors are shown in the label
// runArtifactMessage. The store is shared and must outlive the widget. GUI thread only.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mlops::runs {
class ArtifactStore;
}

namespace mlops::ui {

class RunArtifactsWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunArtifactsWidget(std::shared_ptr<runs::ArtifactStore> store, QWidget *parent = nullptr);

    // Lists the artifacts of run `runId` (0 = none).
    void setRun(qint64 runId);
    const QList<runs::Artifact> &artifacts() const { return m_artifacts; }
    // Downloads every artifact into <directory>/<artifact name>; the first error stops it.
    Result<void> saveAllTo(const QString &directory);

private:
    void askSaveAll();
    void showMessage(const QString &message);

    std::shared_ptr<runs::ArtifactStore> m_store;
    QList<runs::Artifact> m_artifacts;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_saveAll = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace mlops::ui
