#pragma once
// RunSession: queues a run of a pipeline and starts its agent — the separate
// `mlops agent run` process that executes it, so the run survives the GUI or CLI that
// asked for it — and follows a run until it completes (for `--follow` and the GUI).
//
// Failure: queue() returns the errors of RunStore::createRun, or Io when the agent
// cannot be started (the queued run is then completed as failed with that message).
// Threads: any thread; wait() blocks.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

struct RunRequest {
    std::optional<qint64> pipelineId;     // a registered pipeline
    QString pipelineName;                 // its name, or the file's base name
    QString pipelineFile;                 // an unregistered YAML file (absolute)
    QMap<QString, QString> parameters;    // --param
    QMap<QString, QString> variables;     // --var
    QMap<QString, QString> repositories;  // --repository alias=DIR
    QString requestedBy;
    QString reason;                       // as RunStore keeps it ("resourceTrigger", …); empty = "manual"
    QString sourceBranch;                 // Build.SourceBranch; empty = the repository's at run time
    QString sourceVersion;                // Build.SourceVersion; likewise
    qint64 rerunOf = 0;                   // the run this one re-runs (Rerunner); 0 = none
    bool failedJobsOnly = false;          // with rerunOf: only its failed jobs run (RerunPlan)
    QStringList stagesToSkip;             // stages recorded as skipped (with their jobs), not run
};

class RunSession {
public:
    // agentProgram: the `mlops` executable; the agent is started as
    // `agentProgram --workspace W agent run --run-id N [--file F] [--repository a=D]…`
    // with its output in <workspace>/logs/<run>/agent.out. The file, repositories and the
    // re-run link are kept with the run (runs::Run::launch), so that it can be re-run.
    // A stagesToSkip name that is not a stage of the compiled pipeline is refused
    // (InvalidArgument naming it and listing the stages) before the run is created.
    static Result<runs::Run> queue(const std::shared_ptr<store::Workspace> &workspace, const RunRequest &request,
                                   const QString &agentProgram);

    // New lines of a step's log (without their timestamps), as they are written; called
    // again with `completed` true (and the last lines) once the step has completed.
    using RecordCallback =
        std::function<void(const runs::TimelineRecord &record, const QList<QByteArray> &lines, bool completed)>;
    // Polls the run until it completes, streaming every step's log through `onStepLines`
    // (steps in timeline order). A run whose agent died is completed as abandoned-failed
    // (RunStore::recoverAbandonedRuns). Returns the completed run.
    static Result<runs::Run> wait(const std::shared_ptr<store::Workspace> &workspace, qint64 runId,
                                  const RecordCallback &onStepLines);

    // Timeline records in display order: each stage, then its jobs, then their steps
    // (siblings by their order).
    static QList<runs::TimelineRecord> orderedTimeline(const QList<runs::TimelineRecord> &timeline);

    // Exit code of `mlops pipeline run`: 0 succeeded (also with issues), 3 failed, 4 canceled.
    static int exitCode(const runs::Run &run);
};

}  // namespace mlops::agent
