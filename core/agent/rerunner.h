#pragma once
// Rerunner: queues a completed run again as a new run linked to it
// (runs::RunLaunch::rerunOf) — all its jobs, or only the jobs that did not succeed
// (RerunScope::FailedJobs: the agent then loads a RerunPlan and keeps the rest). The new
// run has the same pipeline (the registered one, or the same YAML file), runtime
// parameters, queued variables, repository folders and source branch/commit (when the
// original had them); it is requested by the caller now (reason "manual").
//
// Failure: NotFound for an unknown run, a pipeline that is no longer registered or a YAML
// file that no longer exists; Conflict when the run has not completed, or, for FailedJobs,
// when it neither failed nor was canceled; Unsupported for a run of a YAML file queued
// before runs kept their file (nothing says which file to run); queue() also the errors of
// RunSession::queue. Threads: any thread.

#include "core/agent/runsession.h"
#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QString>

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

enum class RerunScope { AllJobs, FailedJobs };

class Rerunner {
public:
    // True when re-running only the failed jobs of `run` makes sense: it completed as
    // failed or canceled (an abandoned run has no reliable record of its jobs).
    static bool canRerunFailedJobs(const runs::Run &run);

    // The request that queues run `runId` again.
    static Result<RunRequest> request(const std::shared_ptr<store::Workspace> &workspace, qint64 runId, RerunScope scope);

    // request(), then RunSession::queue() with `agentProgram`; empty `requestedBy` = the OS user.
    static Result<runs::Run> queue(const std::shared_ptr<store::Workspace> &workspace, qint64 runId, RerunScope scope,
                                   const QString &agentProgram, const QString &requestedBy = {});
};

}  // namespace mlops::agent
