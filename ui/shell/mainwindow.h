#pragma once
// MainWindow: the shell of MLOps Workbench. A left navigation (NavigationPane) like the
// Azure DevOps portal, one Page per area in a stack (the page holds its list and its
// details pane), a status bar with the workspace path, and the global actions —
// Ctrl+N new, Ctrl+F find, Delete, Ctrl+S save, Ctrl+Z / Ctrl+Shift+Z undo/redo — which
// are forwarded to the current page (undo/redo through the page's QUndoStack).
// Geometry, state and the last page are restored from Settings.
//
// Ownership: shares the workspace and services; pages are Qt children.
// Thread: GUI thread.

#include <QMainWindow>
#include <QMap>

#include <memory>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace mlops::store {
class Workspace;
}
namespace mlops::library {
class VariableGroupService;
class ServiceConnectionService;
}
namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::ui {

class NavigationPane;
class ModelsPage;
class Page;
class PipelinesPage;
class RunsPage;
class ServiceConnectionsPage;
class VariableGroupsPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr const char *kPipelinesKey = "pipelines";
    static constexpr const char *kVariableGroupsKey = "variableGroups";
    static constexpr const char *kRunsKey = "runs";
    static constexpr const char *kModelsKey = "models";
    static constexpr const char *kServiceConnectionsKey = "serviceConnections";

    // `pipelines` null: a PipelineService on `workspace` is made.
    MainWindow(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<library::VariableGroupService> groups,
               std::shared_ptr<library::ServiceConnectionService> connections,
               std::shared_ptr<pipeline::PipelineService> pipelines = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the page `key`; false when there is no such page.
    bool showPage(const QString &key);
    Page *currentPage() const;
    PipelinesPage *pipelinesPage() const { return m_pipelines; }
    RunsPage *runsPage() const { return m_runs; }
    ModelsPage *modelsPage() const { return m_models; }
    // Opens the Run dialog of pipeline `pipelineId` (non-blocking); a queued run is shown
    // on the Runs page. Returns the dialog (owned by the window), or nullptr on an error.
    QDialog *openRunDialog(qint64 pipelineId);
    // The `mlops` program that runs are started with; empty = RunAgentLocator's search.
    void setAgentProgram(const QString &program);
    VariableGroupsPage *variableGroupsPage() const { return m_variableGroups; }
    ServiceConnectionsPage *serviceConnectionsPage() const { return m_serviceConnections; }
    NavigationPane *navigation() const { return m_navigation; }
    // Opens the settings dialog (modal).
    void openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // `navigationTitle` empty: the page's title().
    void addPage(const QString &area, const QString &key, Page *page, const QString &navigationTitle = {});
    void createActions();
    void updateActions();
    void trigger(int action);

    std::shared_ptr<store::Workspace> m_workspace;
    NavigationPane *m_navigation;
    QStackedWidget *m_pages;
    QMap<QString, Page *> m_pageByKey;
    PipelinesPage *m_pipelines = nullptr;
    RunsPage *m_runs = nullptr;
    ModelsPage *m_models = nullptr;
    VariableGroupsPage *m_variableGroups = nullptr;
    ServiceConnectionsPage *m_serviceConnections = nullptr;
    QLabel *m_workspaceLabel;
    QUndoGroup *m_undoGroup;
    QAction *m_newAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_saveAction = nullptr;
};

}  // namespace mlops::ui
