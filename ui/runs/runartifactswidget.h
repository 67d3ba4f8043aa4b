#pragma once
// RunArtifactsWidget: the Artifacts tab of a run: each artifact (ArtifactStore::artifacts)
// with its files and sizes in a tree (objectName runArtifactTree); the selected file's text
// in a preview (runArtifactPreview: the first 1 MiB, binary files are named, not shown);
// "Open" (runOpenArtifactButton, or a double click: the file is copied out of the store
// into the temp folder and handed to the desktop), "Save…" (runSaveArtifactButton: the
// selected file to a file name, or the selected artifact to <folder>/<artifact name>) and
// "Save all…" (runSaveArtifactsButton: every artifact into <folder>/<artifact name> with
// ArtifactStore::download). Files are written through QSaveFile: a failure leaves nothing
// half-written. Errors are shown in the label runArtifactMessage. The store is shared and
// must outlive the widget. GUI thread only.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

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
    // Selects the file `path` of `artifact` (or the artifact itself when `path` is empty);
    // false when the run has no such file.
    bool select(const QString &artifact, const QString &path = {});
    // The selection saved: a file to the file `target`, an artifact into the folder
    // <target>/<artifact name>. InvalidInput when nothing is selected.
    Result<void> saveSelectedTo(const QString &target);
    // Copies the selected file out of the store into the temp folder and returns that copy's
    // path (what Open hands to the desktop). InvalidInput when no file is selected.
    Result<QString> extractSelectedFile();

private:
    void askSaveAll();
    void askSaveSelected();
    void openSelected();
    void showSelection();
    const runs::ArtifactFile *selectedFile(const runs::Artifact **artifact = nullptr) const;
    Result<void> copyBlob(const runs::ArtifactFile &file, const QString &target) const;
    void showMessage(const QString &message);

    std::shared_ptr<runs::ArtifactStore> m_store;
    QList<runs::Artifact> m_artifacts;
    qint64 m_runId = 0;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAll = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace mlops::ui
