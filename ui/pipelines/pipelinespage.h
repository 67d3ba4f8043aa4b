#pragma once
// PipelinesPage: Pipelines › Pipelines — the pipelines registered in the workspace
// (PipelineService) above the YAML editor of the selected one. The list (PipelineListModel
// behind a filter proxy) has New pipeline (NewPipelineDialog), Rename and Delete (after a
// confirmation; the YAML file is kept); selecting a pipeline opens its entry file
// (repository folder + YAML path) in a PipelineEditorWidget. Leaving a pipeline with
// unsaved changes asks Save / Discard / Cancel; Cancel keeps it selected and open.
//
// Validation uses the compile function given at construction with
// CompileOptions::variableGroupExists answered by VariableGroupService (called on the
// editor's worker thread: the service is thread-safe; a lookup that fails for another
// reason than NotFound counts as "exists", so a database hiccup is not reported as a
// missing group). Without a group service, groups are not checked.
//
// Page actions: New → the dialog; Find → the filter; Delete → the selected pipeline;
// Save → the editor's file (only when it has changes). undoStack() is the editor's while
// a pipeline is open. Failures of the service are shown in a line over the list.
//
// Ownership: shares the services; widgets are Qt children. Thread: GUI thread.

#include "compilefunction.h"
#include "ui/common/page.h"

#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
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
class NewPipelineDialog;
class PipelineEditorWidget;
class PipelineListModel;

class PipelinesPage : public Page {
    Q_OBJECT
public:
    // `groups` may be null (no group check). `compile` runs on a worker thread.
    PipelinesPage(std::shared_ptr<pipeline::PipelineService> pipelines,
                  std::shared_ptr<library::VariableGroupService> groups, QWidget *parent = nullptr,
                  CompileFunction compile = defaultCompileFunction());
    ~PipelinesPage() override;

    QString title() const override;
    bool supports(Action action) const override;
    void trigger(Action action) override;
    QUndoStack *undoStack() const override;

    // Re-reads the list, keeping the selection (and the open pipeline) when it still exists.
    void reload();
    // Selects the pipeline named `name` (case-insensitive) and opens it; false when it is
    // not listed or the user kept unsaved changes of the open one.
    bool openPipelineByName(const QString &name);
    // The id of the pipeline shown in the editor, or 0.
    qint64 openPipelineId() const { return m_openId; }
    // The id of the selected pipeline, or 0.
    qint64 selectedId() const;
    // Asks about unsaved changes of the open pipeline (Save / Discard / Cancel); true when
    // it is fine to go on (close the window, delete it).
    bool confirmLeave();

    // Opens the New pipeline dialog (non-blocking; owned by the page) and returns it.
    NewPipelineDialog *openNewDialog();

    PipelineEditorWidget *editor() const { return m_editor; }
    PipelineListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    std::shared_ptr<pipeline::PipelineService> pipelineService() const { return m_pipelines; }

Q_SIGNALS:
    // "Run pipeline" was pressed for the selected pipeline (the main window opens RunDialog).
    void runRequested(qint64 pipelineId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSelectionChanged();
    void selectId(qint64 id);
    bool openId(qint64 id);
    void closeEditor();
    void renameSelected();
    void confirmDelete();
    void removePipeline(qint64 id, const QString &name);
    void showError(const QString &message);
    void updateEmptyState();
    void updateHeader();
    void updateButtons();

    std::shared_ptr<pipeline::PipelineService> m_pipelines;
    std::shared_ptr<library::VariableGroupService> m_groups;
    PipelineListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_newButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QPushButton *m_runButton = nullptr;
    QLabel *m_error;
    QStackedWidget *m_listStack;
    EmptyState *m_listEmpty;
    EmptyState *m_noMatch;
    QTableView *m_view;
    QStackedWidget *m_detailsStack;
    EmptyState *m_detailsHint;
    QWidget *m_editorPane;
    QLabel *m_editorTitle;
    QLabel *m_editorSubtitle;
    QPushButton *m_saveButton;
    PipelineEditorWidget *m_editor;
    QSplitter *m_splitter;
    QPointer<NewPipelineDialog> m_newDialog;
    qint64 m_openId = 0;
    QString m_openName;
    bool m_changingSelection = false;
};

}  // namespace mlops::ui
