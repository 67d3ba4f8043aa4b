#pragma once
// ModelsPage: "Models": the registered models (left), the versions of the selected model
// (right, VersionTableModel) and the details of the selected version below: properties,
// lineage, files, and the model's promotion history. An empty state says how to register
// a first model. Both lists are read a page at a time as they scroll (fetchMore).
// Compare… (two or more selected versions), Promote… (one) and Rollback… (when a version
// is in Production) open dialogs owned by the page (deleted on close); they change the
// registry through ModelRegistry and the page reloads after. Download… (one version)
// asks for a folder and copies the version's files there on a worker thread
// (VersionDownloadJob, with a progress dialog); one download at a time.
// Errors from the registry are shown in the page's message line.
// The registry is shared and must outlive the page. GUI thread only.

#include "core/registry/registrytypes.h"
#include "ui/common/page.h"

#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace mlops::registry {
class ModelRegistry;
}

namespace mlops::ui {

class EmptyState;
class ModelListModel;
class PromoteDialog;
class RollbackDialog;
class VersionCompareDialog;
class VersionDownloadJob;
class VersionTableModel;

class ModelsPage : public Page {
    Q_OBJECT
public:
    explicit ModelsPage(std::shared_ptr<registry::ModelRegistry> registry, QWidget *parent = nullptr);
    ~ModelsPage() override;

    QString title() const override;
    bool supports(Action action) const override;
    void trigger(Action action) override;

    // Re-reads the models and the versions (keeps the selected model when it is listed).
    void reload();
    // Selects model `name`; false when it is not listed.
    bool selectModel(const QString &name);
    // Selects exactly these versions of the current model; false when one is not listed.
    bool selectVersions(const QList<int> &versions);

    // Open the dialogs (nullptr when the selection does not allow it).
    VersionCompareDialog *compareSelected();
    PromoteDialog *promoteSelected();
    RollbackDialog *rollbackProduction();
    // Download…: asks for a folder, then downloadSelectedTo() it (nullptr when the
    // selection does not allow it, the user cancels, or a download is running).
    VersionDownloadJob *downloadSelected();
    // Starts the download of the one selected version into `folder`; the job reports
    // through the message line / status bar and is deleted when it has finished.
    VersionDownloadJob *downloadSelectedTo(const QString &folder);
    VersionDownloadJob *currentDownload() const;  // nullptr when none is running
    QString errorText() const;

    ModelListModel *modelList() const { return m_models; }
    VersionTableModel *versionTable() const { return m_versions; }
    QListWidget *historyList() const { return m_history; }
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    // The user clicked the source run of a version (its run id, > 0): the shell shows it.
    void runActivated(qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showModel();
    void showVersion();
    void updateButtons();
    void showError(const QString &message);
    void downloadFinished(const registry::DownloadOutcome &outcome, const QString &error);
    QList<int> selectedRows() const;
    // The listed versions, plus the Production version when it is not listed (yet).
    QList<registry::ModelVersion> knownVersions() const;

    std::shared_ptr<registry::ModelRegistry> m_registry;
    ModelListModel *m_models = nullptr;
    VersionTableModel *m_versions = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTableView *m_modelView = nullptr;
    QTableView *m_versionView = nullptr;
    QTreeWidget *m_properties = nullptr;
    QTreeWidget *m_lineage = nullptr;
    QTreeWidget *m_files = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_promote = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_download = nullptr;
    std::optional<registry::ModelVersion> m_production;  // of the shown model
    QPointer<VersionDownloadJob> m_downloadJob;
};

}  // namespace mlops::ui
