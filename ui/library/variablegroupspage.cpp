#include "variablegroupspage.h"

#include "core/library/variablegroupjson.h"
#include "core/library/variablegroupservice.h"
#include "ui/common/busycursor.h"
#include "ui/common/emptystate.h"
#include "ui/common/settings.h"
#include "variablegroupcomparedialog.h"
#include "variablegroupeditor.h"
#include "variablegroupfiltermodel.h"
#include "variablegrouplistmodel.h"
#include "variabletablemodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mlops::ui {

VariableGroupsPage::VariableGroupsPage(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent,
                                       std::shared_ptr<pipeline::PipelineService> pipelines)
    : Page(parent), m_groups(std::move(groups)), m_model(new VariableGroupListModel(this)),
      m_filter(new VariableGroupFilterModel(this)), m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_listStack(new QStackedWidget(this)), m_listEmpty(new EmptyState(this)), m_noMatch(new EmptyState(this)),
      m_detailsStack(new QStackedWidget(this)), m_detailsHint(new EmptyState(this)),
      m_editor(new VariableGroupEditor(m_groups, this, std::move(pipelines))), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_newButton(new QPushButton(tr("&New"), this)), m_cloneButton(new QPushButton(tr("C&lone"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_compareButton(new QPushButton(tr("Co&mpare"), this)),
      m_importButton(new QPushButton(tr("&Import"), this)), m_exportButton(new QPushButton(tr("E&xport"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("variableGroupsPage"));
    m_search->setObjectName(QStringLiteral("groupSearchEdit"));
    m_view->setObjectName(QStringLiteral("groupTable"));
    m_listEmpty->setObjectName(QStringLiteral("groupsEmptyState"));
    m_noMatch->setObjectName(QStringLiteral("groupsNoMatchState"));
    m_detailsHint->setObjectName(QStringLiteral("detailsEmptyState"));
    m_newButton->setObjectName(QStringLiteral("newGroupButton"));
    m_cloneButton->setObjectName(QStringLiteral("cloneGroupButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteGroupButton"));
    m_compareButton->setObjectName(QStringLiteral("compareGroupsButton"));
    m_importButton->setObjectName(QStringLiteral("importGroupButton"));
    m_exportButton->setObjectName(QStringLiteral("exportGroupButton"));
    m_error->setObjectName(QStringLiteral("groupsErrorLabel"));

    m_newButton->setToolTip(tr("New variable group (Ctrl+N)"));
    m_cloneButton->setToolTip(tr("Copy the selected group, secrets included, under a new name"));
    m_deleteButton->setToolTip(tr("Delete the selected group (Delete)"));
    m_compareButton->setToolTip(tr("Compare two variable groups side by side"));
    m_importButton->setToolTip(tr("Import a group from Azure DevOps JSON"));
    m_exportButton->setToolTip(tr("Export the selected group as Azure DevOps JSON (secret values are left out)"));

    m_search->setPlaceholderText(tr("Filter by name or description (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VariableGroupListModel::NameColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VariableGroupListModel::DescriptionColumn, QHeaderView::Stretch);
    header->resizeSection(VariableGroupListModel::NameColumn, 190);
    header->resizeSection(VariableGroupListModel::VariablesColumn, 70);
    header->resizeSection(VariableGroupListModel::ModifiedColumn, 150);
    header->resizeSection(VariableGroupListModel::ModifiedByColumn, 80);
    header->setMinimumSectionSize(60);

    m_listEmpty->setTitle(tr("No variable groups yet."));
    m_listEmpty->setHint(tr("Variable groups hold values and secrets that pipelines use. Press Ctrl+N to create one, "
                            "or import one from Azure DevOps JSON."));
    m_listEmpty->setButtonText(tr("New variable group"));
    m_noMatch->setTitle(tr("No variable group matches the filter."));
    m_noMatch->setHint(tr("Change the filter or press Esc in the search box to clear it."));
    m_detailsHint->setTitle(tr("No variable group selected."));
    m_detailsHint->setHint(tr("Select a variable group in the list to see and edit its variables, or press Ctrl+N to create one."));

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();

    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listEmpty);
    m_listStack->addWidget(m_noMatch);
    m_detailsStack->addWidget(m_detailsHint);
    m_detailsStack->addWidget(m_editor);

    auto *heading = new QLabel(tr("Library › Variable groups"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QPushButton *button : {m_newButton, m_cloneButton, m_deleteButton, m_compareButton, m_importButton, m_exportButton})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_listStack, 1);

    m_splitter->setObjectName(QStringLiteral("variableGroupsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailsStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(Settings::variableGroupsSplitter().get()))
        m_splitter->setSizes({620, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VariableGroupsPage::onSelectionChanged);
    connect(m_listEmpty, &EmptyState::clicked, this, &VariableGroupsPage::newGroup);
    connect(m_newButton, &QPushButton::clicked, this, &VariableGroupsPage::newGroup);
    connect(m_cloneButton, &QPushButton::clicked, this, &VariableGroupsPage::cloneSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &VariableGroupsPage::deleteSelected);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        VariableGroupCompareDialog *dialog = openCompare(selectedId(), 0);
        dialog->raise();
        dialog->activateWindow();
    });
    connect(m_importButton, &QPushButton::clicked, this, &VariableGroupsPage::importWithDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &VariableGroupsPage::exportWithDialog);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { Settings::variableGroupsSplitter().set(m_splitter->saveState()); });
    connect(m_editor, &VariableGroupEditor::saved, this, [this](const library::VariableGroup &group) {
        reload();
        selectId(group.id);
        updateState();
    });
    connect(m_editor, &VariableGroupEditor::statusMessage, this, &Page::statusMessage);
    connect(m_editor, &VariableGroupEditor::modifiedChanged, this, [this] {
        updateState();
    });
    updateState();
}

VariableGroupsPage::~VariableGroupsPage() = default;

QString VariableGroupsPage::title() const
{
    return tr("Variable groups");
}

bool VariableGroupsPage::supports(Action action) const
{
    switch (action) {
    case Action::New:
    case Action::Find:
        return true;
    case Action::Delete:
        // The selected group, or the selected variables when the variables table has focus
        // (decided in trigger(): focus moves without a signal to the main window).
        return selectedId() != 0 || m_detailsStack->currentWidget() == m_editor;
    case Action::Save:
        return m_detailsStack->currentWidget() == m_editor && m_editor->isModified();
    }
    return false;
}

void VariableGroupsPage::trigger(Action action)
{
    switch (action) {
    case Action::New:
        newGroup();
        break;
    case Action::Find:
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        break;
    case Action::Delete:
        if (m_editor->isVisible() && m_editor->variablesView()->hasFocus() && m_editor->removeSelectedVariables())
            break;
        deleteSelected();
        break;
    case Action::Save:
        if (m_detailsStack->currentWidget() == m_editor)
            m_editor->save();
        break;
    }
}

QUndoStack *VariableGroupsPage::undoStack() const
{
    return m_editor->undoStack();
}

void VariableGroupsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reload();
}

void VariableGroupsPage::reload()
{
    const qint64 keep = selectedId() != 0 ? selectedId() : m_editor->groupId();
    const auto list = m_groups->list();
    if (!list) {
        m_error->setText(tr("Could not list the variable groups: %1").arg(list.error().message));
        m_error->show();
        return;
    }
    m_changingSelection = true;
    m_model->setSummaries(*list);
    m_changingSelection = false;
    m_loadedOnce = true;
    if (keep != 0)
        selectId(keep);
    if (m_editor->groupId() != 0 && m_model->rowOf(m_editor->groupId()) < 0 && !m_editor->isModified()) {
        m_editor->newGroup();  // deleted elsewhere (e.g. with the CLI)
        m_detailsStack->setCurrentWidget(m_detailsHint);
    }
    updateState();
}

bool VariableGroupsPage::openGroupByName(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summary(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            selectId(m_model->summary(row).id);
            if (m_editor->groupId() != m_model->summary(row).id) {
                m_editor->openGroup(m_model->summary(row).id);
                m_detailsStack->setCurrentWidget(m_editor);
            }
            updateState();
            return true;
        }
    }
    return false;
}

VariableGroupCompareDialog *VariableGroupsPage::openCompare(qint64 leftId, qint64 rightId)
{
    if (m_compare == nullptr)
        m_compare = new VariableGroupCompareDialog(m_groups, this);
    m_compare->reload(leftId, rightId);
    m_compare->show();
    return m_compare;
}

qint64 VariableGroupsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(VariableGroupListModel::IdRole).toLongLong();
}

void VariableGroupsPage::selectId(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    m_changingSelection = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_changingSelection = false;
}

void VariableGroupsPage::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const qint64 id = selectedId();
    if (id != 0 && id != m_editor->groupId()) {
        if (!confirmLeaveEditor()) {
            selectId(m_editor->groupId());
            return;
        }
        if (m_editor->openGroup(id))
            m_detailsStack->setCurrentWidget(m_editor);
    }
    updateState();
    Q_EMIT actionsChanged();
}

bool VariableGroupsPage::confirmLeaveEditor()
{
    if (!m_editor->isModified())
        return true;
    const QString name = m_editor->groupName().isEmpty() ? tr("the new variable group") : m_editor->groupName();
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save your changes to %1 first?").arg(name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    return answer == QMessageBox::Discard;
}

void VariableGroupsPage::newGroup()
{
    if (!confirmLeaveEditor())
        return;
    m_changingSelection = true;
    m_view->selectionModel()->clearSelection();
    m_changingSelection = false;
    m_editor->newGroup();
    m_detailsStack->setCurrentWidget(m_editor);
    m_editor->focusName();
    updateState();
    Q_EMIT actionsChanged();
}

void VariableGroupsPage::cloneSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const library::VariableGroupSummary &source = m_model->summary(m_model->rowOf(id));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Clone variable group"),
                                               tr("Name of the copy of %1:").arg(source.name), QLineEdit::Normal,
                                               tr("%1-copy").arg(source.name), &ok);
    if (!ok)
        return;
    const auto clone = [&] {
        const BusyCursor busy;  // secrets are copied through the keychain
        return m_groups->clone(id, name);
    }();
    if (!clone) {
        showFailure(tr("Could not clone %1").arg(source.name), clone.error().message);
        return;
    }
    m_error->hide();
    reload();
    selectId(clone->id);
    Q_EMIT statusMessage(tr("Cloned %1 as %2").arg(source.name, clone->name));
}

void VariableGroupsPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const library::VariableGroupSummary source = m_model->summary(m_model->rowOf(id));
    const auto answer = QMessageBox::question(
        this, tr("Delete variable group"),
        tr("Delete the variable group %1 and its %n variable(s)? Secret values are removed from the keychain. "
           "Pipelines that use the group will fail.", nullptr, source.variableCount).arg(source.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = [&] {
        const BusyCursor busy;
        return m_groups->remove(id);
    }();
    if (!removed) {
        showFailure(tr("Could not delete %1").arg(source.name), removed.error().message);
        return;
    }
    m_error->hide();
    if (m_editor->groupId() == id) {
        m_editor->newGroup();
        m_detailsStack->setCurrentWidget(m_detailsHint);
    }
    reload();
    Q_EMIT statusMessage(tr("Deleted variable group %1").arg(source.name));
}

bool VariableGroupsPage::importFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("Could not import %1").arg(fileName), file.errorString());
        return false;
    }
    const auto group = library::VariableGroupJson::importGroup(file.readAll(), fileName);
    if (!group) {
        showFailure(tr("Could not import %1").arg(fileName), group.error().message);
        return false;
    }
    if (!confirmLeaveEditor())
        return false;
    m_error->hide();
    m_changingSelection = true;
    m_view->selectionModel()->clearSelection();
    m_changingSelection = false;
    m_editor->loadUnsaved(*group);
    m_detailsStack->setCurrentWidget(m_editor);
    Q_EMIT statusMessage(tr("Imported %1 from %2: review it and press Ctrl+S to create it").arg(group->name, fileName));
    updateState();
    return true;
}

bool VariableGroupsPage::exportSelected(const QString &fileName)
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const auto group = m_groups->get(id);
    if (!group) {
        showFailure(tr("Could not export the group"), group.error().message);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(library::VariableGroupJson::exportGroup(*group)) < 0 || !file.commit()) {
        showFailure(tr("Could not write %1").arg(fileName), file.errorString());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("Exported %1 to %2 (secret values left out)").arg(group->name, fileName));
    return true;
}

void VariableGroupsPage::importWithDialog()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import variable group"), Settings::lastJsonDirectory().get(),
                                                          tr("Azure DevOps JSON (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    Settings::lastJsonDirectory().set(QFileInfo(fileName).absolutePath());
    importFile(fileName);
}

void VariableGroupsPage::exportWithDialog()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString name = m_model->summary(m_model->rowOf(id)).name;
    QString dir = Settings::lastJsonDirectory().get();
    if (!dir.isEmpty())
        dir += QLatin1Char('/');
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export variable group"), dir + name + QStringLiteral(".json"),
                                                          tr("Azure DevOps JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    Settings::lastJsonDirectory().set(QFileInfo(fileName).absolutePath());
    exportSelected(fileName);
}

void VariableGroupsPage::showFailure(const QString &what, const QString &message)
{
    m_error->setText(what + QStringLiteral(": ") + message);
    m_error->show();
    Q_EMIT statusMessage(what);
}

void VariableGroupsPage::updateState()
{
    if (m_model->rowCount() == 0 && m_loadedOnce)
        m_listStack->setCurrentWidget(m_listEmpty);
    else if (m_filter->rowCount() == 0 && m_model->rowCount() > 0)
        m_listStack->setCurrentWidget(m_noMatch);
    else
        m_listStack->setCurrentWidget(m_view);
    const bool selected = selectedId() != 0;
    m_cloneButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_exportButton->setEnabled(selected);
    m_compareButton->setEnabled(m_model->rowCount() >= 2);
    Q_EMIT actionsChanged();
}

}  // namespace mlops::ui
