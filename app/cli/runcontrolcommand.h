#pragma once
// RunControlCommand: `mlops run cancel ID` (asks the run's agent process to cancel it, or
// cancels a run no agent has taken yet: agent::RunCanceller, as the GUI's Cancel) and
// `mlops run rerun ID [--failed-jobs] [--follow]` (queues a new run linked to ID with the
// same pipeline, parameters, variables and repositories — all jobs, or only those that did
// not succeed: agent::Rerunner; --follow as `pipeline run --follow`, exit 0 succeeded,
// 3 failed, 4 canceled). Part of the `run` group (RunCommand dispatches here).
// Exit codes otherwise as CliContext's: 1 for an unknown run, a run in the wrong state
// (completed, not failed, its pipeline or file gone), 2 for an internal error.

#include "commandspec.h"

#include <QList>
#include <QString>

namespace mlops::cli {

class CliContext;

class RunControlCommand {
public:
    static QList<CommandSpec> commands(const QString &group);
    static bool handles(const QString &commandName);
    // Precondition: the workspace is open and ID is a run number.
    static int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);

private:
    static int cancel(CliContext &context, qint64 runId);
    static int rerun(CliContext &context, qint64 runId, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
