#pragma once
// VarGroupCommand: `mlops vargroup list|show|create|set|unset|delete|export|import|
// history|clone|compare` — variable groups of the Library through
// library::VariableGroupService (every rule lives there). Secret values are read
// from standard input (`set … --secret` without VALUE) and never printed.

#include "commandgroup.h"

namespace mlops::library {
struct VariableGroup;
}

namespace mlops::cli {

class VarGroupCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

private:
    int list(CliContext &context, const ParsedArguments &arguments);
    int show(CliContext &context, const ParsedArguments &arguments);
    int create(CliContext &context, const ParsedArguments &arguments);
    int set(CliContext &context, const ParsedArguments &arguments);
    int unset(CliContext &context, const ParsedArguments &arguments);
    int remove(CliContext &context, const ParsedArguments &arguments);
    int exportGroup(CliContext &context, const ParsedArguments &arguments);
    int importGroup(CliContext &context, const ParsedArguments &arguments);
    int history(CliContext &context, const ParsedArguments &arguments);
    int clone(CliContext &context, const ParsedArguments &arguments);
    int compare(CliContext &context, const ParsedArguments &arguments);

    // Prints `message` (table) or the group (json) after a change.
    static int printChanged(CliContext &context, const library::VariableGroup &group, const QString &message);
};

}  // namespace mlops::cli
