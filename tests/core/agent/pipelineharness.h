#pragma once
// Test support: compiles a pipeline YAML written into a temporary repository and runs it
// with the Orchestrator against a temporary workspace; returns the run's result, its
// details and every step log concatenated. Used by the orchestrator-level tests of the
// step features (retries, cancel timeout, PowerShell, coverage, logging commands).

#include "core/agent/orchestrator.h"
#include "core/runs/runtypes.h"

#include <QString>

#include <functional>
#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::testing {

struct PipelineOutcome {
    runs::RunResult result = runs::RunResult::Abandoned;
    runs::RunDetails details;
    QString logs;   // every log file of the run, concatenated (empty when collectLogs is off)
    QString error;  // the orchestrator's error message when run() failed
    std::shared_ptr<store::Workspace> workspace;
    qint64 runId = 0;
    qint64 elapsedMs = 0;  // constructing the Orchestrator and its run()

    // The record named `name` (step `name:` or display name, job, stage); null when none.
    const runs::TimelineRecord *record(const QString &name) const;
    // The log of the record named `name`; empty when none.
    QString logOf(const QString &name) const;
};

// How runPipeline sets up the run, where a test needs other than the defaults.
struct PipelineSetup {
    QString workspaceDirectory;                    // empty: base/ws
    QString pipelineName = QStringLiteral("test");  // the run's and the options' pipeline name
    bool collectLogs = true;                       // false: PipelineOutcome::logs stays empty
};

// Runs `yaml` from a repository under `base` (created) with a workspace in base/ws.
// `during` runs on its own thread while the run goes on (e.g. to cancel it).
PipelineOutcome runPipeline(const QString &base, const QString &yaml, agent::OrchestratorOptions options = {},
                            const std::function<void(agent::Orchestrator &)> &during = {},
                            const PipelineSetup &setup = {});

}  // namespace mlops::testing
