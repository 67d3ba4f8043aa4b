#pragma once
// PipelineCommand: `mlops pipeline create|list|show|rename|delete` — the pipelines
// registered in the workspace, through pipeline::PipelineService — and `mlops pipeline
// validate|expand FILE` for any YAML file, through pipeline::PipelineCompiler.
//
// validate prints every diagnostic as `file:line:col: error|warning: message` and exits 1
// when there is an error (0 with warnings only). expand prints the final YAML (`-o json`:
// the plan); diagnostics go to stderr and an error makes it exit 1. Variable groups are
// checked against the workspace's Library only when the workspace exists or was chosen
// (--workspace, $MLOPS_WORKSPACE).

#include "commandgroup.h"

#include "core/pipeline/compiler/pipelinecompiler.h"

#include <QJsonObject>

namespace mlops::pipeline {
struct PipelineDefinition;
}

namespace mlops::cli {

class PipelineCommand final : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

private:
    int create(CliContext &context, const ParsedArguments &arguments);
    int list(CliContext &context);
    int show(CliContext &context, const ParsedArguments &arguments);
    int rename(CliContext &context, const ParsedArguments &arguments);
    int remove(CliContext &context, const ParsedArguments &arguments);
    int validate(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);
    int expand(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);

    // The compile options from --param/--var/--repository (and the Library's groups).
    // Returns false after printing a usage error.
    bool compileOptions(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments,
                        pipeline::CompileOptions *options, int *exitCode);
    static QJsonObject definitionJson(const pipeline::PipelineDefinition &definition);
};

}  // namespace mlops::cli
