#pragma once
// VariableGroupEditor: the details pane of Pipelines › Library — one variable group's
// name, description and variables (name, value, secret), plus its History tab.
//
// Every edit is a command on undoStack(); the stack is clean exactly when what is shown
// equals what was loaded or last saved. save() calls VariableGroupService::create() or
// update() and on failure shows the core's message inline, keeping everything typed;
// a Conflict (someone else, e.g. the CLI, saved first) offers "Reload".
// Secret values are write-only: loaded secrets show "********" and can only be replaced.
//
// "Used by" (a line under the description) names the registered pipelines whose YAML
// uses the group (PipelineService::usesOfGroup, run on a worker thread after each load
// or save); hidden for a new group and when no PipelineService is given.
//
// Threads: GUI thread. Saving may block briefly while the OS keychain stores a secret
// (a busy cursor is shown); see ARCHITECTURE.md.

#include "core/common/result.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroup.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;
class QFrame;
class QFormLayout;

namespace mlops::library {
class VariableGroupService;
}
namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::ui {

class VariableGroupHistoryView;
class VariableTableModel;

class VariableGroupEditor : public QWidget {
    Q_OBJECT
public:
    // `pipelines` may be null: then there is no "Used by" line.
    explicit VariableGroupEditor(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent = nullptr,
                                 std::shared_ptr<pipeline::PipelineService> pipelines = {});
    ~VariableGroupEditor() override;

    // An empty, unsaved group.
    void newGroup();
    // Loads the stored group `id`; on failure shows the error and returns false.
    bool openGroup(qint64 id);
    // Shows `group` as an unsaved new group (e.g. from an import): Save creates it.
    void loadUnsaved(const library::VariableGroup &group);

    // Creates or updates the group; true when saved. On failure the message is shown
    // in the editor and nothing typed is lost.
    bool save();
    // Discards unsaved edits and reads the stored group again (or clears a new one).
    void revert();

    qint64 groupId() const { return m_loaded.id; }
    QString groupName() const;
    bool isModified() const;
    // The group as currently typed (id and revision of the loaded one).
    library::VariableGroup currentGroup() const;
    // The message of the last failed save/open, empty after success.
    QString errorText() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    VariableTableModel *variableModel() const { return m_variables; }
    VariableGroupHistoryView *historyView() const { return m_history; }
    QTableView *variablesView() const { return m_table; }
    // The "Used by" line (its text says which pipelines use the group, once known).
    QLabel *usedByLabel() const { return m_usedBy; }

    void focusName();
    void addVariable();
    // Removes the selected variables (true when there was a selection).
    bool removeSelectedVariables();
    void toggleSecretOfCurrent();
    void showVariablesTab();
    void showHistoryTab();

Q_SIGNALS:
    void saved(const mlops::library::VariableGroup &group);
    void modifiedChanged(bool modified);
    void statusMessage(const QString &message);
    // The "Used by" line was filled in for the loaded group.
    void usedByUpdated();

private:
    void load(const library::VariableGroup &group, bool unsaved);
    void setNameText(const QString &text);
    void setDescriptionText(const QString &text);
    void onNameEdited(const QString &text);
    void onDescriptionEdited(const QString &text);
    void showError(const Error &error);
    void clearError();
    void updateTitle();
    void updateButtons();
    void refreshUsedBy();
    void showUsedBy();

    std::shared_ptr<library::VariableGroupService> m_groups;
    std::shared_ptr<pipeline::PipelineService> m_pipelines;
    library::VariableGroup m_loaded;
    bool m_unsaved = false;  // loaded from outside the store (import) and not saved yet
    QString m_lastName;
    QString m_lastDescription;

    QUndoStack *m_undoStack;
    VariableTableModel *m_variables;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_errorBanner;
    QLabel *m_errorLabel;
    QPushButton *m_reloadButton;
    QTabWidget *m_tabs;
    QLineEdit *m_nameEdit;
    QLineEdit *m_descriptionEdit;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_secretButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    VariableGroupHistoryView *m_history;
    QFormLayout *m_form = nullptr;
    QLabel *m_usedBy;
    QFutureWatcher<Result<QList<library::ConnectionUse>>> m_usedByWatcher;
};

}  // namespace mlops::ui
