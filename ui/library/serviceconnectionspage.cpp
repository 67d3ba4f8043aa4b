#include "serviceconnectionspage.h"

#include "connectionwizard.h"
#include "serviceconnectiondetails.h"
#include "serviceconnectionlistmodel.h"

#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "ui/common/emptystate.h"

#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops::ui {

using library::ConnectionUse;
using library::ServiceConnection;

namespace {

const QString kVariableGroupUse = QStringLiteral("variable group");  // ConnectionUse::kind
const QString kPipelineUse = QStringLiteral("pipeline");

}  // namespace

ServiceConnectionsPage::ServiceConnectionsPage(std::shared_ptr<library::ServiceConnectionService> connections,
                                               std::shared_ptr<library::VariableGroupService> variableGroups,
                                               QWidget *parent, std::shared_ptr<pipeline::PipelineService> pipelines)
    : Page(parent), m_connections(std::move(connections)), m_variableGroups(std::move(variableGroups)),
      m_pipelines(std::move(pipelines))
{
    setObjectName(QStringLiteral("serviceConnectionsPage"));

    m_model = new ServiceConnectionListModel(this);
    m_model->setObjectName(QStringLiteral("serviceConnectionListModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceConnectionListModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ServiceConnectionListModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(ServiceConnectionListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Tool row: actions on the left, the filter on the right.
    m_newButton = new QPushButton(tr("&New service connection"), this);
    m_newButton->setObjectName(QStringLiteral("newConnectionButton"));
    m_newButton->setToolTip(tr("Create a service connection (Ctrl+N)"));
    m_editButton = new QPushButton(tr("&Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editConnectionButton"));
    m_editButton->setToolTip(tr("Change the selected service connection or replace its secret"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteConnectionButton"));
    m_deleteButton->setToolTip(tr("Delete the selected service connection (Delete)"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("connectionFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, type or target (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filter->installEventFilter(this);  // Escape clears it
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_newButton);
    tools->addWidget(m_editButton);
    tools->addWidget(m_deleteButton);
    tools->addStretch(1);
    tools->addWidget(m_filter);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceConnectionListModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The target (subscription / group / workspace or URL) takes what is left, elided;
    // its tooltip and the details pane show it whole.
    m_table->horizontalHeader()->setSectionResizeMode(ServiceConnectionListModel::TargetColumn, QHeaderView::Stretch);

    m_details = new ServiceConnectionDetails;
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setObjectName(QStringLiteral("connectionDetailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    auto *noSelection = new QLabel(tr("Select a service connection to see its details and what uses it."));
    noSelection->setObjectName(QStringLiteral("noSelectionLabel"));
    noSelection->setAlignment(Qt::AlignCenter);
    noSelection->setWordWrap(true);
    noSelection->setForegroundRole(QPalette::PlaceholderText);
    m_detailsStack = new QStackedWidget;
    // Wide enough for a label and a GUID side by side (ids do not wrap).
    m_detailsStack->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("Subscription name:") + QStringLiteral("  00000000-0000-0000-0000-000000000000")) +
        48);
    m_detailsStack->addWidget(noSelection);
    m_detailsStack->addWidget(detailsScroll);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("connectionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 380});

    m_emptyState = new EmptyState;
    m_emptyState->setObjectName(QStringLiteral("connectionEmptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("connectionStack"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_newButton, &QPushButton::clicked, this, &ServiceConnectionsPage::openNewWizard);
    connect(m_editButton, &QPushButton::clicked, this, &ServiceConnectionsPage::openEditWizard);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServiceConnectionsPage::confirmDelete);
    connect(m_table, &QTableView::activated, this, &ServiceConnectionsPage::openEditWizard);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
        selectionChanged();
    });
    connect(m_emptyState, &EmptyState::clicked, this, [this] {
        if (m_filter->text().isEmpty())
            openNewWizard();
        else
            m_filter->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceConnectionsPage::selectionChanged);
    connect(&m_removeWatcher, &QFutureWatcherBase::finished, this, &ServiceConnectionsPage::removeFinished);

    reload();
}

ServiceConnectionsPage::~ServiceConnectionsPage()
{
    // A delete still running finishes in its thread; its result is dropped with the page.
    disconnect(&m_removeWatcher, nullptr, this, nullptr);
}

QString ServiceConnectionsPage::title() const
{
    return tr("Service connections");
}

bool ServiceConnectionsPage::supports(Action action) const
{
    switch (action) {
    case Action::New:
    case Action::Find:
        return true;
    case Action::Delete:
        return selectedId() != 0 && !m_removeWatcher.isRunning();
    case Action::Save:
        return false;
    }
    return false;
}

void ServiceConnectionsPage::trigger(Action action)
{
    switch (action) {
    case Action::New:
        openNewWizard();
        break;
    case Action::Find:
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
        break;
    case Action::Delete:
        confirmDelete();
        break;
    case Action::Save:
        break;
    }
}

void ServiceConnectionsPage::showEvent(QShowEvent *event)
{
    // Variable groups may have started or stopped using a connection meanwhile.
    reload();
    Page::showEvent(event);
}

bool ServiceConnectionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return Page::eventFilter(watched, event);
}

void ServiceConnectionsPage::reload()
{
    const qint64 keep = selectedId();
    const Result<QList<ServiceConnection>> list = m_connections->list();
    if (list.ok()) {
        m_loadError.clear();
        m_model->setConnections(list.value());
        fitColumns();
    } else {
        m_loadError = list.error().message;
        m_model->setConnections({});
    }
    updateEmptyState();
    if (keep == 0 || !selectConnection(keep))
        selectionChanged();
}

qint64 ServiceConnectionsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ServiceConnectionListModel::IdRole).toLongLong();
}

bool ServiceConnectionsPage::selectConnection(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ServiceConnectionsPage::updateEmptyState()
{
    if (!m_loadError.isEmpty()) {
        m_emptyState->setTitle(tr("The service connections could not be read"));
        m_emptyState->setHint(m_loadError);
        m_emptyState->setButtonText(QString());
        m_stack->setCurrentWidget(m_emptyState);
    } else if (m_model->rowCount() == 0) {
        m_emptyState->setTitle(tr("No service connections. Press Ctrl+N to create one."));
        m_emptyState->setHint(tr("A service connection lets pipelines reach Azure Resource Manager (a subscription, "
                                 "a resource group or a Machine Learning workspace) or another Azure DevOps "
                                 "organization."));
        m_emptyState->setButtonText(tr("New service connection"));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (m_proxy->rowCount() == 0) {
        m_emptyState->setTitle(tr("No service connection matches “%1”.").arg(m_filter->text()));
        m_emptyState->setHint(tr("The filter looks at names, descriptions, types, scopes and targets."));
        m_emptyState->setButtonText(tr("Clear the filter"));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentIndex(1);
    }
}

void ServiceConnectionsPage::fitColumns()
{
    constexpr int kMaxColumnWidth = 320;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ServiceConnectionListModel::ColumnCount; ++column) {
        if (column != ServiceConnectionListModel::TargetColumn && m_table->columnWidth(column) > kMaxColumnWidth)
            m_table->setColumnWidth(column, kMaxColumnWidth);
    }
}

void ServiceConnectionsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    const bool removing = m_removeWatcher.isRunning();
    m_editButton->setEnabled(selected && !removing);
    m_deleteButton->setEnabled(selected && !removing);
    Q_EMIT actionsChanged();
}

void ServiceConnectionsPage::selectionChanged()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOfId(id);
    const ServiceConnection *connection = id != 0 ? m_model->connectionAt(row) : nullptr;
    if (!connection) {
        m_detailsStack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    m_details->setConnection(*connection);
    QString error;
    const QList<ConnectionUse> uses = usesOf(connection->name, &error);
    QList<ServiceConnectionDetails::Use> lines;
    for (const ConnectionUse &use : uses) {
        ServiceConnectionDetails::Use line;
        if (use.kind == kVariableGroupUse) {
            line.text = use.detail.isEmpty() ? tr("Variable group %1").arg(use.name)
                                             : tr("Variable group %1 — variable %2").arg(use.name, use.detail);
            if (m_variableGroups) {
                const Result<library::VariableGroup> group = m_variableGroups->get(use.id);
                if (group.ok()) {
                    QStringList tip;
                    if (!group->description.isEmpty())
                        tip.append(group->description);
                    tip.append(tr("Modified %1 by %2")
                                   .arg(QLocale().toString(group->modifiedAt.toLocalTime(), QLocale::ShortFormat),
                                        group->modifiedBy));
                    line.toolTip = tip.join(QLatin1Char('\n'));
                }
            }
        } else if (use.kind == kPipelineUse) {
            line.text = use.detail.isEmpty() ? tr("Pipeline %1").arg(use.name)
                                             : tr("Pipeline %1 — %2").arg(use.name, use.detail);
        } else {
            line.text = use.detail.isEmpty() ? tr("%1: %2").arg(use.kind, use.name)
                                             : tr("%1: %2 — %3").arg(use.kind, use.name, use.detail);
        }
        lines.append(line);
    }
    m_details->setUses(lines, error);
    m_detailsStack->setCurrentIndex(1);
    updateButtons();
}

QList<ConnectionUse> ServiceConnectionsPage::usesOf(const QString &name, QString *error) const
{
    const Result<QList<ConnectionUse>> uses = m_connections->usedBy(name);
    if (!uses.ok()) {
        *error = uses.error().message;
        return {};
    }
    if (!m_pipelines)
        return uses.value();
    // The Library knows the variable groups; the pipeline catalog knows the pipelines.
    const Result<QList<ConnectionUse>> pipelines = m_pipelines->usesOfConnection(name);
    if (!pipelines.ok()) {
        *error = pipelines.error().message;
        return uses.value();
    }
    return uses.value() + pipelines.value();
}

void ServiceConnectionsPage::openNewWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ConnectionWizard(m_connections, this);
    connect(m_wizard, &ConnectionWizard::connectionSaved, this,
            [this](const ServiceConnection &saved) { wizardSaved(saved, true); });
    connect(m_wizard, &QDialog::finished, m_wizard, &QObject::deleteLater);
    m_wizard->open();
}

void ServiceConnectionsPage::openEditWizard()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    // The stored revision, so that update() can tell when someone else saved meanwhile.
    const Result<ServiceConnection> current = m_connections->get(id);
    if (!current.ok()) {
        showError(tr("Cannot edit the service connection: %1").arg(current.error().message));
        reload();
        return;
    }
    m_wizard = new ConnectionWizard(m_connections, current.value(), this);
    connect(m_wizard, &ConnectionWizard::connectionSaved, this,
            [this](const ServiceConnection &saved) { wizardSaved(saved, false); });
    connect(m_wizard, &QDialog::finished, m_wizard, &QObject::deleteLater);
    m_wizard->open();
}

void ServiceConnectionsPage::wizardSaved(const ServiceConnection &connection, bool created)
{
    showError(QString());
    reload();
    if (!selectConnection(connection.id)) {
        m_filter->clear();
        selectConnection(connection.id);
    }
    Q_EMIT statusMessage(created ? tr("Created service connection %1").arg(connection.name)
                                 : tr("Saved service connection %1").arg(connection.name));
}

void ServiceConnectionsPage::confirmDelete()
{
    const qint64 id = selectedId();
    const ServiceConnection *connection = m_model->connectionAt(m_model->rowOfId(id));
    if (id == 0 || !connection || m_removeWatcher.isRunning())
        return;
    const QString name = connection->name;

    QString error;
    const QList<ConnectionUse> uses = usesOf(name, &error);
    QString details;
    if (!uses.isEmpty()) {
        QStringList names;
        for (const ConnectionUse &use : uses)
            names.append(use.detail.isEmpty() ? use.name : tr("%1 (%2)").arg(use.name, use.detail));
        details = tr("Used by: %1. These will no longer find it.").arg(names.join(QStringLiteral(", ")));
    } else if (!error.isEmpty()) {
        details = tr("What uses it could not be checked: %1").arg(error);
    }

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete service connection"),
                                tr("Delete the service connection “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText((details.isEmpty() ? QString() : details + QStringLiteral("\n\n")) +
                            tr("Its secret is removed from the keychain. This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, id, name](QAbstractButton *clicked) {
        if (clicked == deleteButton)
            removeConnection(id, name);
    });
    box->open();
}

void ServiceConnectionsPage::removeConnection(qint64 id, const QString &name)
{
    if (m_removeWatcher.isRunning())
        return;
    m_removingName = name;
    std::shared_ptr<library::ServiceConnectionService> service = m_connections;
    m_removeWatcher.setFuture(QtConcurrent::run([service, id]() -> Result<void> { return service->remove(id); }));
    Q_EMIT statusMessage(tr("Deleting service connection %1…").arg(name));
    updateButtons();
}

void ServiceConnectionsPage::removeFinished()
{
    const Result<void> result = m_removeWatcher.result();
    if (result.ok()) {
        showError(QString());
        Q_EMIT statusMessage(tr("Deleted service connection %1").arg(m_removingName));
    } else {
        showError(tr("The service connection %1 was not deleted: %2").arg(m_removingName, result.error().message));
    }
    reload();
    updateButtons();
}

void ServiceConnectionsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

}  // namespace mlops::ui
