#pragma once
// Orchestrator: runs a compiled Plan locally as one run of the workspace
// (LANGUAGE.md §11, §12, §14, §16). Stages and jobs form a DAG (dependsOn); a stage starts
// when its dependencies completed and its condition holds (default succeeded() over its
// dependencies), a job likewise within its stage; up to maxParallelJobs jobs run at once,
// each on its own thread through JobRunner. `$[ ]` variables are evaluated when their
// stage/job starts, with `dependencies.<job>.result/outputs['step.var']`,
// `stageDependencies.<stage>.<job>.…` and (stage level) `dependencies.<stage>.outputs
// ['job.step.var']`. Results are Azure's: skipped, failed, canceled, succeededWithIssues
// (job continueOnError turns a failed job into succeededWithIssues). A `$[ ]` matrix is
// evaluated when its job starts (RuntimeMatrix: one job instance per leg); deployment jobs
// run their lifecycle hooks through DeploymentJobRunner. Build.SourceVersion is the run's
// commit, else the repository folder's HEAD, else (no git work tree) git's null id.
//
// The run record must exist (RunStore::createRun); run() starts it (this process as its
// agent), writes the timeline as it goes (stage/job/step: pending → inProgress →
// completed), completes the run and returns its result. Folders: <workspace>/runs/<run>/
// {s, a, b, TestResults, _temp}.
//
// Every job that ran leaves its output variables in runs::JobOutputStore (values that hold
// a secret withheld), for a later re-run of the failed jobs.
//
// Threads: run() blocks the calling thread; cancel() may be called from any thread (also
// a signal handler's notifier) and makes running steps' process groups be killed.
// Failure: an Error only when the run cannot be started or its variables not resolved
// (then the run is completed as failed with that message).

#include "core/agent/variable.h"
#include "core/common/result.h"
#include "core/pipeline/plan/plan.h"
#include "core/runs/runtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

class RerunPlan;

struct OrchestratorOptions {
    int maxParallelJobs = 0;              // 0 = the number of cores
    double secondsPerMinute = 60.0;       // test hook: scales timeoutInMinutes
    int killGraceMs = 5000;               // SIGTERM → SIGKILL on timeout/cancel
    qint64 maxStepLogBytes = 0;           // a step log's size limit (StepLog); 0 = the default, 4 GiB
    QString pipelineName;                 // Build.DefinitionName
    QString repositoryDirectory;          // `checkout: self` source; empty = none
    QMap<QString, QString> queueVariables;  // --var name=value (override the plan's)
    QStringList prependPaths;             // put in front of PATH (the agent's bin folder)
    QMap<QString, QString> baseEnvironment;  // empty = this process's environment
    // Variables of a `- group:` reference; an error fails the run naming the group.
    std::function<Result<QList<Variable>>(const QString &groupName)> resolveGroup;
    // A re-run of the failed jobs of another run: its kept jobs are not run but taken over
    // (records, outputs) and its artifacts copied first (RerunPlan). Empty = a normal run.
    std::shared_ptr<const RerunPlan> rerun;
    // Stages (by name, case-insensitive) recorded as skipped, with their jobs, without
    // evaluating their condition (Azure's stagesToSkip); their dependents see them skipped.
    QStringList stagesToSkip;
};

class Orchestrator {
public:
    Orchestrator(std::shared_ptr<store::Workspace> workspace, OrchestratorOptions options);
    ~Orchestrator();
    Orchestrator(const Orchestrator &) = delete;
    Orchestrator &operator=(const Orchestrator &) = delete;

    Result<runs::RunResult> run(qint64 runId, const pipeline::Plan &plan);
    void cancel() { m_cancel.store(true); }
    bool isCanceled() const { return m_cancel.load(); }

private:
    struct Private;
    std::shared_ptr<store::Workspace> m_workspace;
    OrchestratorOptions m_options;
    std::atomic<bool> m_cancel{false};
};

}  // namespace mlops::agent
