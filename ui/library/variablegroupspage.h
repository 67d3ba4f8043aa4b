#pragma once
// VariableGroupsPage: Pipelines › Library — the variable groups of the workspace. Left:
// the searchable list (VariableGroupListModel + VariableGroupFilterModel) with New,
// Clone, Delete, Compare, Import and Export; right: the details pane (the group editor,
// or a hint). Every action calls VariableGroupService and shows what it returns,
// errors included. Global actions arrive through Page::trigger():
//  New → a new group in the editor; Find → the search box; Delete → the selected
//  variables when the variables table has focus, else the selected group (confirmed);
//  Save → the editor's save().
// Thread: GUI thread.

#include "core/library/variablegroup.h"
#include "ui/common/page.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mlops::library {
class VariableGroupService;
}
namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::ui {

class EmptyState;
class VariableGroupCompareDialog;
class VariableGroupEditor;
class VariableGroupFilterModel;
class VariableGroupListModel;

class VariableGroupsPage : public Page {
    Q_OBJECT
public:
    // `pipelines` may be null: then the editor does not say which pipelines use a group.
    explicit VariableGroupsPage(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent = nullptr,
                                std::shared_ptr<pipeline::PipelineService> pipelines = {});
    ~VariableGroupsPage() override;

    QString title() const override;
    bool supports(Action action) const override;
    void trigger(Action action) override;
    QUndoStack *undoStack() const override;

    // Reads the list again from the service, keeping the selection when possible.
    void reload();
    // Selects the group named `name` and opens it in the editor; false when absent.
    bool openGroupByName(const QString &name);
    // Opens the compare dialog (non-modal) on the two groups; returns it (owned by the page).
    VariableGroupCompareDialog *openCompare(qint64 leftId = 0, qint64 rightId = 0);

    VariableGroupEditor *editor() const { return m_editor; }
    VariableGroupListModel *listModel() const { return m_model; }
    VariableGroupFilterModel *filterModel() const { return m_filter; }
    QTableView *groupView() const { return m_view; }

    // Import / export with a file name chosen by the caller (the buttons ask with a file
    // dialog). Import loads the group into the editor as unsaved; errors are shown.
    bool importFile(const QString &fileName);
    bool exportSelected(const QString &fileName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    void selectId(qint64 id);
    void onSelectionChanged();
    bool confirmLeaveEditor();
    void newGroup();
    void cloneSelected();
    void deleteSelected();
    void importWithDialog();
    void exportWithDialog();
    void showFailure(const QString &what, const QString &message);
    void updateState();

    std::shared_ptr<library::VariableGroupService> m_groups;
    VariableGroupListModel *m_model;
    VariableGroupFilterModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QStackedWidget *m_listStack;
    EmptyState *m_listEmpty;
    EmptyState *m_noMatch;
    QStackedWidget *m_detailsStack;
    EmptyState *m_detailsHint;
    VariableGroupEditor *m_editor;
    QSplitter *m_splitter;
    QPushButton *m_newButton;
    QPushButton *m_cloneButton;
    QPushButton *m_deleteButton;
    QPushButton *m_compareButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QLabel *m_error;
    VariableGroupCompareDialog *m_compare = nullptr;
    bool m_changingSelection = false;
    bool m_loadedOnce = false;
};

}  // namespace mlops::ui
