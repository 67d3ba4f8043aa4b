#pragma once
// AgentCommand: `mlops agent run --run-id N [--file F] [--repository a=DIR]` — the
// process that executes one queued run (agent::AgentProcess), started by `mlops
// pipeline run` and by the GUI. Its own bin folder is put in front of PATH so steps find
// `mlops`. Exit codes: 0 the run succeeded (also with issues), 3 failed, 4 canceled,
// 1/2 when the run could not be taken at all.

#include "commandgroup.h"

namespace mlops::cli {

class AgentCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;
};

}  // namespace mlops::cli
