#include "core/agent/runcanceller.h"

#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <cerrno>
#include <csignal>
#include <cstring>

namespace mlops::agent {

Result<CancelOutcome> RunCanceller::cancel(const std::shared_ptr<store::Workspace> &workspace, qint64 runId)
{
    runs::RunStore store(workspace);
    // Twice at most: a queued run may be taken by its agent between the read and the cancel.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<runs::Run> run = store.run(runId);
        if (!run.ok())
            return run.error();
        if (run->state == runs::RunState::Completed)
            return makeError(ErrorCode::Conflict, QStringLiteral("run %1 is already completed (%2); there is nothing to cancel")
                                                      .arg(runId)
                                                      .arg(run->result ? runs::wireName(*run->result) : QString()));
        if (run->state == runs::RunState::Pending) {
            Result<runs::Run> canceled =
                store.cancelQueuedRun(runId, QStringLiteral("Canceled before an agent took the run."));
            if (canceled.ok())
                return CancelOutcome{CancelOutcome::Kind::CanceledWhileQueued, 0};
            if (canceled.error().code != ErrorCode::Conflict)
                return canceled.error();
            continue;  // taken meanwhile: ask its agent
        }
        if (!run->agentPid)
            return makeError(ErrorCode::Conflict, QStringLiteral("run %1 is in progress but names no agent process").arg(runId));
        const qint64 pid = *run->agentPid;
        if (!runs::ProcessProbe::isAlive(pid, run->agentStartTicks)) {
            (void)store.recoverAbandonedRuns();
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the agent of run %1 (process %2) is no longer running; the run was marked failed")
                                 .arg(runId)
                                 .arg(pid));
        }
        if (::kill(pid_t(pid), SIGTERM) != 0) {
            const int error = errno;
            return makeError(ErrorCode::Io, QStringLiteral("the agent of run %1 (process %2) did not accept the signal: %3")
                                                .arg(runId)
                                                .arg(pid)
                                                .arg(QString::fromLocal8Bit(std::strerror(error))));
        }
        return CancelOutcome{CancelOutcome::Kind::AgentAsked, pid};
    }
    return makeError(ErrorCode::Conflict, QStringLiteral("run %1 changed state while it was being canceled; try again").arg(runId));
}

}  // namespace mlops::agent
