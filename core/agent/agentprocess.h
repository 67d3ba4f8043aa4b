#pragma once
// AgentProcess: the body of `mlops agent run --run-id N`, the process that executes one
// queued run (ARCHITECTURE.md "Processes"): it opens the workspace, completes runs whose
// agent died (RunStore::recoverAbandonedRuns), loads the run record, compiles its
// pipeline (the registered pipeline of the run, or `pipelineFile`) with the run's
// parameters and variables, resolves `- group:` references through the Library (secret
// values from the secret store, registered for masking) and runs the Plan with the
// Orchestrator — for a re-run of failed jobs (Run::launch) with the RerunPlan of the
// original run. SIGTERM/SIGINT cancel the run (running steps' process groups are killed).
//
// Failure: an Error when the run cannot be started at all (unknown run, workspace); a
// pipeline that does not compile completes the run as failed with the diagnostics as
// its message and returns Failed. Threads: call from main(); it blocks until the run ends.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops::agent {

struct AgentRunOptions {
    QString workspaceDirectory;
    qint64 runId = 0;
    QString pipelineFile;                   // for a run of an unregistered YAML file
    QString repositoryDirectory;            // `self` for such a file; empty = its folder
    QMap<QString, QString> repositories;    // alias → folder (template@alias)
    QStringList prependPaths;               // the agent's bin folder (so steps find `mlops`)
    int maxParallelJobs = 0;
    double secondsPerMinute = 60.0;         // test hook
};

class AgentProcess {
public:
    static Result<runs::RunResult> run(const AgentRunOptions &options);
};

}  // namespace mlops::agent
