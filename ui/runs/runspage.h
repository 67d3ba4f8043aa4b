#pragma once
// RunsPage: "Pipelines › Runs": the runs of every pipeline, newest first (RunListModel),
// filtered by pipeline, with the selected run shown in a RunView below. An empty state
// says how to start a run. The Pipelines page starts runs with RunDialog; selectRun()
// shows one (e.g. the run just queued).
//
// The agent program (for Re-run) is found by RunAgentLocator, or given explicitly
// (tests). The workspace is shared and must outlive the page. GUI thread only.

#include "ui/common/page.h"

#include <memory>

class QComboBox;
class QStackedWidget;
class QTableView;

namespace mlops::store {
class Workspace;
}
namespace mlops::runs {
class RunStore;
}

namespace mlops::ui {

class EmptyState;
class RunListModel;
class RunView;

class RunsPage : public Page {
    Q_OBJECT
public:
    explicit RunsPage(std::shared_ptr<store::Workspace> workspace, const QString &agentProgram = {},
                      QWidget *parent = nullptr);
    ~RunsPage() override;

    QString title() const override;
    bool supports(Action action) const override;
    void trigger(Action action) override;

    // Re-reads the pipeline names and the runs (keeps the selected run when it is listed).
    void reload();
    // Shows run `runId` (reloading the list when it is not listed yet). False when unknown.
    bool selectRun(qint64 runId);
    // The `mlops` program for Re-run (RunAgentLocator::locate(program)); empty = look for it.
    void setAgentProgram(const QString &program);
    QString agentProgram() const { return m_agentProgram; }
    // Only runs of `pipelineName`; empty = all pipelines.
    void setPipelineFilter(const QString &pipelineName);

    RunListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_table; }
    RunView *runView() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadPipelineNames();
    void updateEmptyState();
    void showSelected();

    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<runs::RunStore> m_store;
    QString m_agentProgram;
    RunListModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTableView *m_table = nullptr;
    RunView *m_view = nullptr;
};

}  // namespace mlops::ui
