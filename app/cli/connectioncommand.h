#pragma once
// ConnectionCommand: `mlops connection list|show|create|delete` — service connections
// through library::ServiceConnectionService. create checks the connection with
// ServiceConnectionService::validate() and prints each field problem as
// "--flag: problem"; the client secret / access token is read from standard input
// (--secret-stdin) and never printed.

#include "commandgroup.h"

namespace mlops::cli {

class ConnectionCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

    // The command-line flag of a validate() field key ("tenantId" → "--tenant-id").
    static QString flagOf(const QString &fieldKey);

private:
    int list(CliContext &context);
    int show(CliContext &context, const ParsedArguments &arguments);
    int create(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int remove(CliContext &context, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
