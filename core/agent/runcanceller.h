#pragma once
// RunCanceller: asks a run to stop — the GUI's Cancel and `mlops run cancel` both call it.
//  - A run in progress: SIGTERM to its agent process (AgentProcess then cancels the run
//    cooperatively: the running steps' process groups are killed, the run completes as
//    canceled), sent only while ProcessProbe says that pid is still the agent that took the
//    run (a pid may have been reused).
//  - A queued run that no agent has taken yet: completed as canceled at once
//    (RunStore::cancelQueuedRun); an agent that starts later finds it completed and leaves it.
// cancel() returns as soon as the agent was asked; the run completes shortly after.
//
// Failure: NotFound for an unknown run; Conflict when the run is already completed, or
// when its agent is gone (the run is then completed as abandoned-failed through
// RunStore::recoverAbandonedRuns, and the message says so); Io when the signal cannot be
// sent. Threads: any thread.

#include "core/common/result.h"

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

struct CancelOutcome {
    enum class Kind { AgentAsked, CanceledWhileQueued };
    Kind kind = Kind::AgentAsked;
    qint64 agentPid = 0;  // the agent that was asked (AgentAsked)
};

class RunCanceller {
public:
    static Result<CancelOutcome> cancel(const std::shared_ptr<store::Workspace> &workspace, qint64 runId);
};

}  // namespace mlops::agent
