#pragma once
// WorkspaceCommand: `mlops init [--sample]` — creates or opens the workspace and
// prints where it is; with --sample it adds the sample Library (SampleLibrary) and
// prints everything the workspace holds (variable groups with their variables,
// service connections). This is the README's headless first run.

#include "commandgroup.h"

namespace mlops::cli {

class WorkspaceCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;
};

}  // namespace mlops::cli
