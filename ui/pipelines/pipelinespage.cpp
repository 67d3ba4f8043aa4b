#include "pipelinespage.h"

#include "newpipelinedialog.h"
#include "pipelineeditorwidget.h"
#include "pipelinelistmodel.h"

#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "ui/common/emptystate.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

QFont scaledBold(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    return font;
}

}  // namespace

PipelinesPage::PipelinesPage(std::shared_ptr<pipeline::PipelineService> pipelines,
                             std::shared_ptr<library::VariableGroupService> groups, QWidget *parent,
                             CompileFunction compile)
    : Page(parent), m_pipelines(std::move(pipelines)), m_groups(std::move(groups)),
      m_model(new PipelineListModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_newButton(new QPushButton(tr("&New pipeline"), this)), m_renameButton(new QPushButton(tr("Re&name"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_error(new QLabel(this)),
      m_listStack(new QStackedWidget(this)), m_listEmpty(new EmptyState(this)), m_noMatch(new EmptyState(this)),
      m_view(new QTableView(this)), m_detailsStack(new QStackedWidget(this)), m_detailsHint(new EmptyState(this)),
      m_editorPane(new QWidget(this)), m_editorTitle(new QLabel(this)), m_editorSubtitle(new QLabel(this)),
      m_saveButton(new QPushButton(tr("&Save"), this)), m_editor(new PipelineEditorWidget(std::move(compile), this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_model->setObjectName(QStringLiteral("pipelineListModel"));
    m_filter->setObjectName(QStringLiteral("pipelineFilterEdit"));
    m_newButton->setObjectName(QStringLiteral("newPipelineButton"));
    m_renameButton->setObjectName(QStringLiteral("renamePipelineButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePipelineButton"));
    m_error->setObjectName(QStringLiteral("pipelinesErrorLabel"));
    m_listEmpty->setObjectName(QStringLiteral("pipelinesEmptyState"));
    m_noMatch->setObjectName(QStringLiteral("pipelinesNoMatchState"));
    m_view->setObjectName(QStringLiteral("pipelineTable"));
    m_detailsHint->setObjectName(QStringLiteral("pipelineDetailsEmptyState"));
    m_editorTitle->setObjectName(QStringLiteral("pipelineEditorTitle"));
    m_editorSubtitle->setObjectName(QStringLiteral("pipelineEditorSubtitle"));
    m_saveButton->setObjectName(QStringLiteral("savePipelineButton"));
    m_splitter->setObjectName(QStringLiteral("pipelinesSplitter"));

    m_newButton->setToolTip(tr("Create a pipeline from an existing Azure Pipelines YAML file (Ctrl+N)"));
    m_renameButton->setToolTip(tr("Rename the selected pipeline"));
    m_deleteButton->setToolTip(tr("Delete the selected pipeline; its YAML file is kept (Delete)"));
    m_saveButton->setToolTip(tr("Save the YAML file (Ctrl+S)"));
    m_filter->setPlaceholderText(tr("Filter by name, YAML file or folder (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(
        qMax(260, m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48));
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PipelineListModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PipelineListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PipelineListModel::RepositoryColumn, QHeaderView::Stretch);
    header->resizeSection(PipelineListModel::NameColumn, 240);
    header->resizeSection(PipelineListModel::YamlColumn, 340);
    header->resizeSection(PipelineListModel::ModifiedColumn, 150);

    m_listEmpty->setTitle(tr("No pipelines yet."));
    m_listEmpty->setHint(tr("A pipeline runs the stages, jobs and steps of an Azure Pipelines YAML file in a repository "
                            "folder. Press Ctrl+N to create one from an existing YAML file, or run “mlops init "
                            "--sample” to add the sample project and its three pipelines."));
    m_listEmpty->setButtonText(tr("New pipeline"));
    m_noMatch->setTitle(tr("No pipeline matches the filter."));
    m_noMatch->setHint(tr("The filter looks at names, YAML files and folders. Press Esc in the filter to clear it."));
    m_noMatch->setButtonText(tr("Clear the filter"));
    m_detailsHint->setTitle(tr("No pipeline open."));
    m_detailsHint->setHint(tr("Select a pipeline in the list to edit its YAML, see its problems and the graph of its "
                              "stages and jobs."));

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    m_editorTitle->setFont(scaledBold(m_editorTitle->font(), 1.25));
    m_editorTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editorSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_editorSubtitle->setTextFormat(Qt::PlainText);
    m_editorSubtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_editorTitle);
    titles->addWidget(m_editorSubtitle);
    auto *editorHeader = new QHBoxLayout;
    editorHeader->addLayout(titles, 1);
    editorHeader->addWidget(m_saveButton, 0, Qt::AlignBottom);
    auto *editorLayout = new QVBoxLayout(m_editorPane);
    editorLayout->setContentsMargins(0, 4, 0, 0);
    editorLayout->addLayout(editorHeader);
    editorLayout->addWidget(m_editor, 1);

    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listEmpty);
    m_listStack->addWidget(m_noMatch);
    m_detailsStack->addWidget(m_detailsHint);
    m_detailsStack->addWidget(m_editorPane);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detailsStack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({150, 650});

    auto *heading = new QLabel(tr("Pipelines"), this);
    heading->setFont(scaledBold(heading->font(), 1.4));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_newButton);
    tools->addWidget(m_renameButton);
    tools->addWidget(m_deleteButton);
    m_runButton = new QPushButton(tr("&Run pipeline"), this);
    m_runButton->setObjectName(QStringLiteral("runPipelineButton"));
    m_runButton->setToolTip(tr("Queue a run of the selected pipeline"));
    tools->addWidget(m_runButton);
    tools->addStretch(1);
    tools->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    if (m_groups) {
        pipeline::CompileOptions options;
        std::shared_ptr<library::VariableGroupService> lookup = m_groups;
        options.variableGroupExists = [lookup](const QString &name) {
            const Result<library::VariableGroup> found = lookup->findByName(name);
            return found.ok() || found.error().code != ErrorCode::NotFound;
        };
        m_editor->setCompileOptions(options);
    }

    connect(m_newButton, &QPushButton::clicked, this, &PipelinesPage::openNewDialog);
    connect(m_renameButton, &QPushButton::clicked, this, &PipelinesPage::renameSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &PipelinesPage::confirmDelete);
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (selectedId() != 0)
            Q_EMIT runRequested(selectedId());
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { trigger(Action::Save); });
    connect(m_listEmpty, &EmptyState::clicked, this, &PipelinesPage::openNewDialog);
    connect(m_noMatch, &EmptyState::clicked, m_filter, &QLineEdit::clear);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelinesPage::onSelectionChanged);
    connect(m_editor, &PipelineEditorWidget::modifiedChanged, this, [this] {
        updateHeader();
        updateButtons();
    });
    connect(m_editor, &PipelineEditorWidget::statusMessage, this, &Page::statusMessage);

    reload();
}

PipelinesPage::~PipelinesPage() = default;

QString PipelinesPage::title() const
{
    return tr("Pipelines");
}

bool PipelinesPage::supports(Action action) const
{
    switch (action) {
    case Action::New:
    case Action::Find:
        return true;
    case Action::Delete:
        return selectedId() != 0;
    case Action::Save:
        return !m_editor->filePath().isEmpty() && m_editor->isModified();
    }
    return false;
}

void PipelinesPage::trigger(Action action)
{
    switch (action) {
    case Action::New:
        openNewDialog();
        break;
    case Action::Find:
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
        break;
    case Action::Delete:
        confirmDelete();
        break;
    case Action::Save: {
        const Result<void> saved = m_editor->save();
        if (saved.ok()) {
            showError(QString());
            Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor->filePath())));
        } else {
            showError(tr("The pipeline %1 was not saved: %2").arg(m_openName, saved.error().message));
        }
        updateButtons();
        break;
    }
    }
}

QUndoStack *PipelinesPage::undoStack() const
{
    return m_openId != 0 ? m_editor->undoStack() : nullptr;
}

void PipelinesPage::showEvent(QShowEvent *event)
{
    // The command line may have added, renamed or deleted pipelines meanwhile.
    reload();
    Page::showEvent(event);
}

void PipelinesPage::reload()
{
    const qint64 keep = m_openId != 0 ? m_openId : selectedId();
    const Result<QList<pipeline::PipelineDefinition>> list = m_pipelines->list();
    if (!list.ok()) {
        showError(tr("The pipelines could not be read: %1").arg(list.error().message));
        return;
    }
    {
        const QScopedValueRollback<bool> guard(m_changingSelection, true);
        m_model->setPipelines(list.value());
        selectId(keep);
    }
    if (m_openId != 0) {
        const pipeline::PipelineDefinition *open = m_model->pipelineAt(m_model->rowOfId(m_openId));
        if (open != nullptr)
            m_openName = open->name;  // renamed meanwhile
        else if (!m_editor->isModified())
            closeEditor();  // deleted meanwhile (its changes, if any, stay until saved or discarded)
    }
    updateEmptyState();
    updateHeader();
    updateButtons();
}

qint64 PipelinesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PipelineListModel::IdRole).toLongLong();
}

void PipelinesPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool PipelinesPage::openPipelineByName(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const pipeline::PipelineDefinition *p = m_model->pipelineAt(row);
        if (p->name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            m_filter->clear();
        selectId(p->id);
        return m_openId == p->id;
    }
    return false;
}

void PipelinesPage::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const qint64 id = selectedId();
    if (id != 0 && id != m_openId && !openId(id)) {
        // The user kept the unsaved changes: the open pipeline stays selected.
        const QScopedValueRollback<bool> guard(m_changingSelection, true);
        selectId(m_openId);
    }
    updateButtons();
}

bool PipelinesPage::openId(qint64 id)
{
    const pipeline::PipelineDefinition *p = m_model->pipelineAt(m_model->rowOfId(id));
    if (p == nullptr)
        return false;
    const QString name = p->name;
    const Result<void> opened = m_editor->openFile(p->entryFile());
    if (!opened.ok()) {
        if (opened.error().code == ErrorCode::InvalidInput)
            return false;  // cancelled at the unsaved-changes question
        closeEditor();
        m_detailsHint->setTitle(tr("The pipeline %1 cannot be opened.").arg(name));
        m_detailsHint->setHint(opened.error().message);
        return true;  // the selection moves on; the hint says why nothing is shown
    }
    m_openId = id;
    m_openName = name;
    m_detailsStack->setCurrentWidget(m_editorPane);
    updateHeader();
    Q_EMIT actionsChanged();
    return true;
}

void PipelinesPage::closeEditor()
{
    m_openId = 0;
    m_openName.clear();
    m_editor->setText(QString(), QString());
    m_detailsHint->setTitle(tr("No pipeline open."));
    m_detailsHint->setHint(tr("Select a pipeline in the list to edit its YAML, see its problems and the graph of its "
                              "stages and jobs."));
    m_detailsStack->setCurrentWidget(m_detailsHint);
    Q_EMIT actionsChanged();
}

bool PipelinesPage::confirmLeave()
{
    return m_editor->filePath().isEmpty() || m_editor->confirmDiscard();
}

NewPipelineDialog *PipelinesPage::openNewDialog()
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return m_newDialog;
    }
    m_newDialog = new NewPipelineDialog(m_pipelines, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The folder of the selected pipeline is the likely repository of a new one.
    if (const pipeline::PipelineDefinition *p = m_model->pipelineAt(m_model->rowOfId(selectedId())))
        m_newDialog->setRepositoryDir(p->repositoryDir);
    connect(m_newDialog, &QDialog::accepted, this, [this, dialog = m_newDialog] {
        const pipeline::PipelineDefinition created = dialog->created();
        showError(QString());
        m_filter->clear();
        reload();
        selectId(created.id);
        Q_EMIT statusMessage(tr("Created pipeline %1").arg(created.name));
    });
    m_newDialog->open();
    return m_newDialog;
}

void PipelinesPage::renameSelected()
{
    const pipeline::PipelineDefinition *p = m_model->pipelineAt(m_model->rowOfId(selectedId()));
    if (p == nullptr)
        return;
    const qint64 id = p->id;
    const int revision = p->revision;
    const QString oldName = p->name;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renamePipelineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename pipeline"));
    dialog->setLabelText(tr("New name of the pipeline “%1”:").arg(oldName));
    dialog->setTextValue(oldName);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, revision, oldName](const QString &newName) {
        if (newName == oldName)
            return;
        const Result<pipeline::PipelineDefinition> renamed = m_pipelines->rename(id, newName, revision);
        if (!renamed.ok()) {
            showError(tr("The pipeline %1 was not renamed: %2").arg(oldName, renamed.error().message));
            reload();
            return;
        }
        showError(QString());
        reload();
        Q_EMIT statusMessage(tr("Renamed pipeline %1 to %2").arg(oldName, renamed->name));
    });
    dialog->open();
}

void PipelinesPage::confirmDelete()
{
    const pipeline::PipelineDefinition *p = m_model->pipelineAt(m_model->rowOfId(selectedId()));
    if (p == nullptr)
        return;
    const qint64 id = p->id;
    const QString name = p->name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete pipeline"), tr("Delete the pipeline “%1”?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deletePipelineConfirmation"));
    box->setInformativeText(tr("Only the pipeline is deleted: its YAML file %1 stays in the repository.")
                                .arg(QDir::toNativeSeparators(p->entryFile())));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeletePipelineButton"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelDeletePipelineButton"));
    box->setDefaultButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, id, name](QAbstractButton *clicked) {
        if (clicked == deleteButton)
            removePipeline(id, name);
    });
    box->open();
}

void PipelinesPage::removePipeline(qint64 id, const QString &name)
{
    if (id == m_openId) {
        if (!confirmLeave())
            return;
        closeEditor();
    }
    const Result<void> removed = m_pipelines->remove(id);
    if (removed.ok()) {
        showError(QString());
        Q_EMIT statusMessage(tr("Deleted pipeline %1").arg(name));
    } else {
        showError(tr("The pipeline %1 was not deleted: %2").arg(name, removed.error().message));
    }
    reload();
}

void PipelinesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PipelinesPage::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    if (none)
        m_listStack->setCurrentWidget(m_listEmpty);
    else if (m_proxy->rowCount() == 0)
        m_listStack->setCurrentWidget(m_noMatch);
    else
        m_listStack->setCurrentWidget(m_view);
    // Without any pipeline the sentence of the list says it all.
    m_detailsStack->setVisible(!none || m_openId != 0);
}

void PipelinesPage::updateHeader()
{
    if (m_openId == 0)
        return;
    m_editorTitle->setText(m_editor->isModified() ? m_openName + QStringLiteral(" \u2022") : m_openName);
    m_editorSubtitle->setText(QDir::toNativeSeparators(m_editor->filePath()));
}

void PipelinesPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_renameButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    if (m_runButton)
        m_runButton->setEnabled(selected);
    m_saveButton->setEnabled(supports(Action::Save));
    Q_EMIT actionsChanged();
}

}  // namespace mlops::ui
