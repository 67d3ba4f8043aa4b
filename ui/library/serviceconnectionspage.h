#pragma once
// ServiceConnectionsPage: Project settings → Service connections. A filterable list of
// the workspace's connections, the details of the selected one (with what uses it),
// New (ConnectionWizard), Edit (the wizard in edit mode; the secret can be replaced,
// never shown) and Delete (after a confirmation that names what uses the connection).
//
// Page actions: New opens the wizard, Find focuses the filter (Escape there clears it),
// Delete deletes the selected connection; Save is not supported (the wizard saves).
//
// "Used by" lists the variable groups (ServiceConnectionService::usedBy) and, when a
// PipelineService is given, the pipelines (PipelineService::usesOfConnection).
//
// Reads (list, usedBy) run on the GUI thread: they are short SQLite reads (and a scan of
// the registered pipelines' YAML files, which are few and small). Create,
// update and delete run in a worker thread because the secret store may block on the
// OS keychain. Failures are shown on the page (a line over the list), never thrown.
//
// Ownership: the page shares the services; widgets are Qt children.
// Thread safety: GUI thread.

#include "ui/common/page.h"

#include "core/library/serviceconnectionservice.h"

#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mlops::library {
class VariableGroupService;
}
namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::ui {

class ConnectionWizard;
class EmptyState;
class ServiceConnectionDetails;
class ServiceConnectionListModel;

class ServiceConnectionsPage : public Page {
    Q_OBJECT
public:
    // `pipelines` may be null: then "Used by" lists variable groups only.
    ServiceConnectionsPage(std::shared_ptr<library::ServiceConnectionService> connections,
                           std::shared_ptr<library::VariableGroupService> variableGroups, QWidget *parent = nullptr,
                           std::shared_ptr<pipeline::PipelineService> pipelines = {});
    ~ServiceConnectionsPage() override;

    QString title() const override;
    bool supports(Action action) const override;
    void trigger(Action action) override;

    // Re-reads the list from the service, keeping the selection when it still exists.
    void reload();
    // The id of the selected connection, or 0.
    qint64 selectedId() const;
    // Selects the connection with `id`; false when it is not in the (filtered) list.
    bool selectConnection(qint64 id);

    ServiceConnectionListModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openNewWizard();
    void openEditWizard();
    void confirmDelete();
    void removeConnection(qint64 id, const QString &name);
    void removeFinished();
    void wizardSaved(const library::ServiceConnection &connection, bool created);
    void selectionChanged();
    void updateEmptyState();
    void updateButtons();
    void fitColumns();
    void showError(const QString &message);
    QList<library::ConnectionUse> usesOf(const QString &name, QString *error) const;

    std::shared_ptr<library::ServiceConnectionService> m_connections;
    std::shared_ptr<library::VariableGroupService> m_variableGroups;
    std::shared_ptr<pipeline::PipelineService> m_pipelines;

    ServiceConnectionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLineEdit *m_filter;
    QLabel *m_error;
    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    QTableView *m_table;
    ServiceConnectionDetails *m_details;
    QStackedWidget *m_detailsStack;
    QString m_loadError;

    QPointer<ConnectionWizard> m_wizard;
    QFutureWatcher<Result<void>> m_removeWatcher;
    QString m_removingName;
};

}  // namespace mlops::ui
