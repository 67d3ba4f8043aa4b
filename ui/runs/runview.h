#pragma once
// RunView: one run — a header (pipeline, number, result, duration, tags, Cancel, Re-run) and
// tabs: the timeline tree (TimelineModel) with the log of the selected step in a
// LogViewer (which follows the file while the step is in progress), the artifacts
// (RunArtifactsWidget), the summary (RunSummaryWidget), the published test results
// (RunTestsWidget) and a search over every step log (RunSearchWidget: activating a result
// selects its step in the timeline and goes to the line in the LogViewer). While the run is not completed a 1 s
// timer re-reads RunStore::runDetails; it stops once the run has completed.
//
// Cancel asks agent::RunCanceller (as `mlops run cancel`): SIGTERM to the run's agent
// process while ProcessProbe says it is still the agent that took the run, or a queued run
// canceled at once. Re-run is a button with a menu (objectName runRerunButton; actions
// runRerunAllAction — also the button's own click — and runRerunFailedAction, enabled
// only for a failed or canceled run): agent::Rerunner queues a new run linked to this one
// (same pipeline or YAML file, parameters, variables, repositories; all jobs, or only the
// failed ones) and runQueued is emitted. A re-run says so in the header
// (runHeaderRerunOf: "Re-run of #N (failed jobs)").
//
// Errors are shown in the header's message label (objectName runMessage). The workspace
// and store are shared and must outlive the view. GUI thread only.

#include "core/runs/runtypes.h"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QToolButton;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace mlops::store {
class Workspace;
}
namespace mlops::runs {
class RunStore;
}

namespace mlops::ui {

class LogViewer;
class RunArtifactsWidget;
class RunSearchWidget;
class RunSummaryWidget;
class RunTestsWidget;
class TimelineModel;

class RunView : public QWidget {
    Q_OBJECT
public:
    RunView(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<runs::RunStore> store,
            QWidget *parent = nullptr);

    // The `mlops` program used by Re-run (RunAgentLocator); empty = Re-run reports it.
    void setAgentProgram(const QString &program) { m_agentProgram = program; }

    // Shows run `runId` (0 = none). Errors go to the message label.
    void setRun(qint64 runId);
    qint64 runId() const { return m_run.id; }
    const runs::Run &run() const { return m_run; }
    // Re-reads the run and its timeline now.
    void refresh();

    TimelineModel *timelineModel() const { return m_timeline; }
    QTreeView *timelineView() const { return m_tree; }
    LogViewer *logViewer() const { return m_log; }
    RunArtifactsWidget *artifactsWidget() const { return m_artifacts; }
    RunSummaryWidget *summaryWidget() const { return m_summary; }
    RunTestsWidget *testsWidget() const { return m_tests; }
    RunSearchWidget *searchWidget() const { return m_search; }
    // Shows the Timeline tab, selects step `recordId` and goes to 1-based `lineNumber` of its
    // log (once the log is indexed that far). Returns false when the run has no such record.
    bool showLogLine(const QString &recordId, qint64 lineNumber);
    // The timeline record whose log is shown; empty when none.
    QString shownRecordId() const { return m_shownRecord; }

    void cancelRun();
    // Re-runs all jobs / only the failed jobs of the shown run.
    void rerun();
    void rerunFailedJobs();

Q_SIGNALS:
    void runQueued(qint64 runId);
    void runChanged(const mlops::runs::Run &run);

private:
    void showRecord(const QModelIndex &index);
    void updateHeader();
    void showMessage(const QString &message);
    void goToPendingLine();
    void queueRerun(bool failedJobsOnly);

    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<runs::RunStore> m_store;
    QString m_agentProgram;
    runs::Run m_run;
    QString m_shownRecord;
    bool m_shownRecordCompleted = false;
    QTimer m_timer;
    qint64 m_pendingLine = 0;  // 1-based line to go to once the shown log has it; 0 = none

    QLabel *m_pipeline = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QToolButton *m_rerun = nullptr;
    QAction *m_rerunAll = nullptr;
    QAction *m_rerunFailed = nullptr;
    QLabel *m_rerunOf = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTreeView *m_tree = nullptr;
    LogViewer *m_log = nullptr;
    RunArtifactsWidget *m_artifacts = nullptr;
    RunSummaryWidget *m_summary = nullptr;
    RunTestsWidget *m_tests = nullptr;
    RunSearchWidget *m_search = nullptr;
    QTabWidget *m_tabs = nullptr;
};

}  // namespace mlops::ui
