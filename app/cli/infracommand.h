#pragma once
// InfraCommand: `mlops infra validate` — validates an Azure Resource Manager template
// offline (infra::TemplateValidator: structure, parameters, expressions, dependsOn, cycles)
// and prints the resources a deployment would create, in deployment order, with the
// outputs. Where it would deploy comes from --subscription/--resource-group/--location, or
// from an Azure Resource Manager service connection of the Library (--connection); only
// --connection opens the workspace.
//
// Exit codes: 0 the template is valid (warnings allowed); 1 it is not (every problem on
// stderr as file:line:column: error: message; with -o json the report on stdout says so
// too), or a usage error; 2 an internal error.

#include "commandgroup.h"

namespace mlops::cli {

class InfraCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

private:
    int validate(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
