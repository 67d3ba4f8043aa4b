#include "variablegroupeditor.h"

#include "addvariablecommand.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "editgrouptextcommand.h"
#include "removevariablecommand.h"
#include "ui/common/busycursor.h"
#include "ui/common/uiresources.h"
#include "variablegrouphistoryview.h"
#include "variabletablemodel.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace mlops::ui {

VariableGroupEditor::VariableGroupEditor(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent,
                                         std::shared_ptr<pipeline::PipelineService> pipelines)
    : QWidget(parent), m_groups(std::move(groups)), m_pipelines(std::move(pipelines)), m_undoStack(new QUndoStack(this)),
      m_variables(new VariableTableModel(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_errorBanner(new QFrame(this)), m_errorLabel(new QLabel(m_errorBanner)),
      m_reloadButton(new QPushButton(tr("&Reload"), m_errorBanner)), m_tabs(new QTabWidget(this)),
      m_nameEdit(new QLineEdit(this)), m_descriptionEdit(new QLineEdit(this)), m_table(new QTableView(this)),
      m_addButton(new QPushButton(tr("&Add"), this)), m_removeButton(new QPushButton(tr("De&lete"), this)),
      m_secretButton(new QPushButton(tr("Lock / unlock"), this)), m_saveButton(new QPushButton(tr("&Save"), this)),
      m_revertButton(new QPushButton(tr("Discard changes"), this)), m_history(new VariableGroupHistoryView(m_groups, this)),
      m_usedBy(new QLabel(this))
{
    ensureUiResources();
    setObjectName(QStringLiteral("variableGroupEditor"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_subtitle->setObjectName(QStringLiteral("editorSubtitle"));
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_nameEdit->setObjectName(QStringLiteral("groupNameEdit"));
    m_descriptionEdit->setObjectName(QStringLiteral("groupDescriptionEdit"));
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_addButton->setObjectName(QStringLiteral("addVariableButton"));
    m_removeButton->setObjectName(QStringLiteral("removeVariableButton"));
    m_secretButton->setObjectName(QStringLiteral("toggleSecretButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_history->setObjectName(QStringLiteral("historyView"));
    m_undoStack->setObjectName(QStringLiteral("editorUndoStack"));
    m_usedBy->setObjectName(QStringLiteral("groupUsedByLabel"));
    m_usedBy->setWordWrap(true);
    m_usedBy->setTextFormat(Qt::PlainText);
    m_usedBy->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    m_errorBanner->setStyleSheet(QStringLiteral("#errorBanner { background: #fde7e9; border: 1px solid #e8a9ad; border-radius: 3px; }"
                                                "#errorLabel { color: #a4262c; }"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    m_errorBanner->hide();
    m_reloadButton->hide();

    m_nameEdit->setPlaceholderText(tr("e.g. devopsforai-aml-vg"));
    m_descriptionEdit->setPlaceholderText(tr("What these variables are for (optional)"));

    m_table->setModel(m_variables);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(VariableTableModel::NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(VariableTableModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VariableTableModel::SecretColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->resizeSection(VariableTableModel::NameColumn, 240);

    m_addButton->setToolTip(tr("Add a variable"));
    m_removeButton->setToolTip(tr("Delete the selected variables"));
    m_secretButton->setIcon(QIcon(QStringLiteral(":/icons/lock.png")));
    m_secretButton->setToolTip(tr("Make the selected variable secret, or plain again"));
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_saveButton->setDefault(true);

    // Variables tab
    auto *variablesTab = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Variable group &name"), m_nameEdit);
    form->addRow(tr("&Description"), m_descriptionEdit);
    form->addRow(tr("Used by"), m_usedBy);
    m_form = form;
    auto *variablesHeader = new QHBoxLayout;
    auto *variablesLabel = new QLabel(tr("Variables"), this);
    QFont sectionFont = variablesLabel->font();
    sectionFont.setBold(true);
    variablesLabel->setFont(sectionFont);
    variablesHeader->addWidget(variablesLabel);
    variablesHeader->addStretch(1);
    variablesHeader->addWidget(m_addButton);
    variablesHeader->addWidget(m_secretButton);
    variablesHeader->addWidget(m_removeButton);
    auto *secretNote = new QLabel(tr("Secret values are stored in the OS keychain and cannot be read back; type a new value to replace one."), this);
    secretNote->setWordWrap(true);
    secretNote->setForegroundRole(QPalette::PlaceholderText);
    auto *variablesLayout = new QVBoxLayout(variablesTab);
    variablesLayout->addLayout(form);
    variablesLayout->addSpacing(8);
    variablesLayout->addLayout(variablesHeader);
    variablesLayout->addWidget(m_table, 1);
    variablesLayout->addWidget(secretNote);
    m_tabs->addTab(variablesTab, tr("Variables"));
    m_tabs->addTab(m_history, tr("History"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    m_variables->setUndoStack(m_undoStack);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &VariableGroupEditor::onNameEdited);
    connect(m_descriptionEdit, &QLineEdit::textEdited, this, &VariableGroupEditor::onDescriptionEdited);
    connect(m_addButton, &QPushButton::clicked, this, &VariableGroupEditor::addVariable);
    connect(m_removeButton, &QPushButton::clicked, this, &VariableGroupEditor::removeSelectedVariables);
    connect(m_secretButton, &QPushButton::clicked, this, &VariableGroupEditor::toggleSecretOfCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &VariableGroupEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &VariableGroupEditor::revert);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (m_loaded.id != 0)
            openGroup(m_loaded.id);
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        updateButtons();
        updateTitle();
        Q_EMIT modifiedChanged(isModified());
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &VariableGroupEditor::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VariableGroupEditor::updateButtons);
    connect(m_history, &VariableGroupHistoryView::restored, this, [this](const library::VariableGroup &group) {
        load(group, false);
        Q_EMIT saved(group);
    });
    connect(m_history, &VariableGroupHistoryView::statusMessage, this, &VariableGroupEditor::statusMessage);
    connect(&m_usedByWatcher, &QFutureWatcherBase::finished, this, &VariableGroupEditor::showUsedBy);

    newGroup();
}

VariableGroupEditor::~VariableGroupEditor()
{
    // The stack is destroyed with the children, after this object's members; it must
    // not call back into a half-destroyed editor.
    m_undoStack->disconnect(this);
    m_history->disconnect(this);
    // A "Used by" scan still running finishes in its thread; its result is dropped.
    m_usedByWatcher.disconnect(this);
}

void VariableGroupEditor::newGroup()
{
    load(library::VariableGroup(), false);
}

bool VariableGroupEditor::openGroup(qint64 id)
{
    const auto group = m_groups->get(id);
    if (!group) {
        showError(group.error());
        return false;
    }
    load(*group, false);
    return true;
}

void VariableGroupEditor::loadUnsaved(const library::VariableGroup &group)
{
    library::VariableGroup copy = group;
    copy.id = 0;
    copy.revision = 0;
    load(copy, true);
}

void VariableGroupEditor::load(const library::VariableGroup &group, bool unsaved)
{
    m_loaded = group;
    m_unsaved = unsaved;
    m_undoStack->clear();
    setNameText(group.name);
    setDescriptionText(group.description);
    m_nameEdit->setCursorPosition(0);
    m_descriptionEdit->setCursorPosition(0);
    m_variables->setVariables(group.variables);
    m_history->setGroupId(group.id);
    m_tabs->setTabEnabled(1, group.id != 0);  // no history before the first save
    refreshUsedBy();
    clearError();
    m_undoStack->setClean();
    updateTitle();
    updateButtons();
    Q_EMIT modifiedChanged(isModified());
}

QString VariableGroupEditor::groupName() const
{
    return m_nameEdit->text();
}

bool VariableGroupEditor::isModified() const
{
    return m_unsaved || !m_undoStack->isClean();
}

library::VariableGroup VariableGroupEditor::currentGroup() const
{
    library::VariableGroup group = m_loaded;
    group.name = m_nameEdit->text();
    group.description = m_descriptionEdit->text();
    group.variables = m_variables->variables();
    return group;
}

QString VariableGroupEditor::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorLabel->text();
}

bool VariableGroupEditor::save()
{
    const library::VariableGroup group = currentGroup();
    const bool creating = group.id == 0;
    const Result<library::VariableGroup> result = [&] {
        const BusyCursor busy;  // secrets go to the keychain: a short, visible block
        return creating ? m_groups->create(group) : m_groups->update(group);
    }();
    if (!result) {
        showError(result.error());
        return false;
    }
    load(*result, false);
    Q_EMIT statusMessage(creating ? tr("Created variable group %1").arg(result->name)
                                  : tr("Saved variable group %1").arg(result->name));
    Q_EMIT saved(*result);
    return true;
}

void VariableGroupEditor::revert()
{
    if (m_loaded.id != 0)
        openGroup(m_loaded.id);
    else
        newGroup();
}

void VariableGroupEditor::showError(const Error &error)
{
    QString text;
    switch (error.code) {
    case ErrorCode::Conflict:
        text = tr("Someone else saved this variable group after you opened it (for example with the mlops command "
                  "line). Your changes are still here: copy what you need, then press Reload to load the saved version.")
               + QStringLiteral("\n") + error.message;
        break;
    case ErrorCode::Unavailable:
        text = tr("The OS keychain is not available, so secret values cannot be stored. Start a Secret Service "
                  "(for example gnome-keyring) and save again. Nothing you typed was lost.")
               + QStringLiteral("\n") + error.message;
        break;
    case ErrorCode::AlreadyExists:
        text = tr("Not saved: %1").arg(error.message) + QStringLiteral("\n") + tr("Choose another name.");
        break;
    default:
        text = tr("Not saved: %1").arg(error.message);
        break;
    }
    m_errorLabel->setText(text);
    m_reloadButton->setVisible(error.code == ErrorCode::Conflict && m_loaded.id != 0);
    m_errorBanner->show();
}

void VariableGroupEditor::clearError()
{
    m_errorLabel->clear();
    m_errorBanner->hide();
    m_reloadButton->hide();
}

void VariableGroupEditor::setNameText(const QString &text)
{
    m_lastName = text;
    if (m_nameEdit->text() != text)
        m_nameEdit->setText(text);
    updateTitle();
}

void VariableGroupEditor::setDescriptionText(const QString &text)
{
    m_lastDescription = text;
    if (m_descriptionEdit->text() != text)
        m_descriptionEdit->setText(text);
}

void VariableGroupEditor::onNameEdited(const QString &text)
{
    m_undoStack->push(new EditGroupTextCommand(EditGroupTextCommand::Field::Name, m_lastName, text,
                                               [this](const QString &value) { setNameText(value); }));
}

void VariableGroupEditor::onDescriptionEdited(const QString &text)
{
    m_undoStack->push(new EditGroupTextCommand(EditGroupTextCommand::Field::Description, m_lastDescription, text,
                                               [this](const QString &value) { setDescriptionText(value); }));
}

void VariableGroupEditor::focusName()
{
    showVariablesTab();
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

void VariableGroupEditor::addVariable()
{
    showVariablesTab();
    const int row = m_variables->rowCount();
    m_undoStack->push(new AddVariableCommand(m_variables, row, library::Variable()));
    const QModelIndex index = m_variables->index(row, VariableTableModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(index);
}

bool VariableGroupEditor::removeSelectedVariables()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (rows.isEmpty())
        return false;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    if (rows.size() > 1)
        m_undoStack->beginMacro(tr("Delete %n variable(s)", nullptr, int(rows.size())));
    for (int row : rows)
        m_undoStack->push(new RemoveVariableCommand(m_variables, row));
    if (rows.size() > 1)
        m_undoStack->endMacro();
    return true;
}

void VariableGroupEditor::toggleSecretOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const bool secret = m_variables->variable(current.row()).isSecret;
    m_variables->setData(m_variables->index(current.row(), VariableTableModel::SecretColumn),
                         secret ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void VariableGroupEditor::showVariablesTab()
{
    m_tabs->setCurrentIndex(0);
}

void VariableGroupEditor::showHistoryTab()
{
    m_tabs->setCurrentIndex(1);
}

void VariableGroupEditor::updateTitle()
{
    const QString name = m_nameEdit->text().trimmed();
    QString title = m_loaded.id == 0 ? (name.isEmpty() ? tr("New variable group") : name) : name;
    if (isModified())
        title += QStringLiteral(" \u2022");  // • unsaved
    m_title->setText(title);
    if (m_loaded.id == 0) {
        m_subtitle->setText(m_unsaved ? tr("Not saved yet. Review it and press Ctrl+S to create it.")
                                      : tr("Not saved yet. Give it a name, add variables and press Ctrl+S."));
    } else {
        m_subtitle->setText(tr("Version %1 · modified %2 by %3")
                                .arg(m_loaded.revision)
                                .arg(QLocale().toString(m_loaded.modifiedAt.toLocalTime(), QLocale::ShortFormat),
                                     m_loaded.modifiedBy));
    }
}

void VariableGroupEditor::updateButtons()
{
    const bool hasCurrent = m_table->currentIndex().isValid();
    m_removeButton->setEnabled(hasCurrent);
    m_secretButton->setEnabled(hasCurrent);
    m_saveButton->setEnabled(isModified());
    m_revertButton->setEnabled(isModified());
    m_history->setRestoreBlockedReason(isModified() ? tr("Save or undo your changes first.") : QString());
}

void VariableGroupEditor::refreshUsedBy()
{
    const bool shown = m_pipelines && m_loaded.id != 0;
    m_form->setRowVisible(m_usedBy, shown);
    if (!shown) {
        m_usedByWatcher.setFuture(QFuture<Result<QList<library::ConnectionUse>>>());
        return;
    }
    m_usedBy->setText(tr("Looking for pipelines that use this group…"));
    m_usedBy->setToolTip(QString());
    // Expanding every pipeline's YAML is file work: a worker thread (the service is thread-safe).
    std::shared_ptr<pipeline::PipelineService> service = m_pipelines;
    const QString name = m_loaded.name;
    m_usedByWatcher.setFuture(QtConcurrent::run([service, name] { return service->usesOfGroup(name); }));
}

void VariableGroupEditor::showUsedBy()
{
    if (m_usedByWatcher.future().resultCount() == 0)
        return;
    const Result<QList<library::ConnectionUse>> uses = m_usedByWatcher.result();
    if (!uses.ok()) {
        m_usedBy->setText(tr("Could not find out which pipelines use this group: %1").arg(uses.error().message));
        m_usedBy->setToolTip(QString());
    } else if (uses->isEmpty()) {
        m_usedBy->setText(tr("No pipeline uses this group yet. A pipeline uses it with “- group: %1” in its "
                             "variables.").arg(m_loaded.name));
        m_usedBy->setToolTip(QString());
    } else {
        QStringList names;
        QStringList places;
        for (const library::ConnectionUse &use : *uses) {
            if (!names.contains(use.name))
                names.append(use.name);
            places.append(use.detail.isEmpty() ? use.name : tr("%1 — %2").arg(use.name, use.detail));
        }
        m_usedBy->setText(tr("%n pipeline(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
        m_usedBy->setToolTip(places.join(QLatin1Char('\n')));
    }
    Q_EMIT usedByUpdated();
}

}  // namespace mlops::ui
