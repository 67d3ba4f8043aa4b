#pragma once
// ModelCommand: `mlops model train|evaluate|register|list|show|versions|promote|
// rollback|compare|download` — training a candidate (registry::ModelTrainer), the
// register-if-better rule (registry::CandidateEvaluator) and the model registry
// (registry::ModelRegistry). Every rule lives in core; this class parses and prints.
//
// Exit codes: 0 success; 1 a user error (bad CSV with file:line:col, unknown model or
// version, bad stage, missing comment for Production, corrupt model.json, …);
// 2 an internal error; kExitNotBetter (5) from `evaluate` when the candidate is not
// better than the baseline and must not be registered.

#include "commandgroup.h"

namespace mlops::cli {

class ModelCommand final : public CommandGroup {
public:
    static constexpr int kExitNotBetter = 5;

    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

private:
    int train(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int evaluate(CliContext &context, const ParsedArguments &arguments);
    int registerVersion(CliContext &context, const ParsedArguments &arguments);
    int list(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int show(CliContext &context, const ParsedArguments &arguments);
    int versions(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int promote(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments, bool rollback);
    int compare(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int download(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
