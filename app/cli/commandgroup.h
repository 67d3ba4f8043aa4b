#pragma once
// CommandGroup: one word of the `mlops` command line (init, vargroup, connection) and
// the commands under it. The application parses the command line against the chosen
// CommandSpec (positional counts, options) before calling run(), so run() only sees
// well-formed arguments; everything it checks beyond that is asked of core services.

#include "argumentparser.h"
#include "commandspec.h"

#include <QList>
#include <QString>

namespace mlops::cli {

class CliContext;

class CommandGroup {
public:
    virtual ~CommandGroup() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // The commands of the group; one spec with an empty name for a top-level command.
    virtual QList<CommandSpec> commands() const = 0;
    // Runs `command` (one of commands()); returns the exit code.
    virtual int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) = 0;
};

}  // namespace mlops::cli
