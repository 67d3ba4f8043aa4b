#pragma once
// ConnectionCommand: `mlops connection list|show|create|delete` — service connections
// through library::ServiceConnectionService. create checks the connection with
// ServiceConnectionService::validate() and prints each field problem as
// "--flag: problem"; the client secret / access token is read from standard input
// (--secret-stdin) and never printed.

#include "commandgroup.h"

#include "core/common/result.h"
#include "core/library/serviceconnectionservice.h"

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
    // What refers to the connection: variable groups (Library) and pipelines (catalog).
    static Result<QList<library::ConnectionUse>> usesOf(CliContext &context, const QString &connectionName);
};

}  // namespace mlops::cli
