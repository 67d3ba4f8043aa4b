#pragma once
// RunCommand: `mlops run list|show ID|logs ID [--record NAME]` — the runs of the
// workspace, their timeline and step logs, through runs::RunStore and runs::LogStore;
// `run artifacts|download` (RunArtifactsCommand) and `run cancel|rerun`
// (RunControlCommand) are declared and dispatched here —
// and `mlops pipeline run NAME|FILE [--param k=v] [--var k=v] [--repository a=DIR]
// [--follow]` (declared here, listed under the pipeline group), which compiles the
// pipeline (diagnostics: exit 1), queues a run and starts its agent process
// (agent::RunSession). Without --follow it prints the run id and exits 0; with --follow
// it prints each step's log as the step completes and exits 0 when the run succeeded
// (also with issues), 3 when it failed, 4 when it was canceled.

#include "commandgroup.h"

#include <QJsonObject>

namespace mlops::runs {
struct Run;
struct RunDetails;
}

namespace mlops::cli {

class RunCommand final : public CommandGroup {
public:
    static constexpr int kExitRunFailed = 3;
    static constexpr int kExitRunCanceled = 4;

    QString name() const override;
    QString summary() const override;
    QList<CommandSpec> commands() const override;
    int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments) override;

    // `mlops pipeline run`: its spec (group "pipeline") and its implementation.
    static CommandSpec pipelineRunSpec();
    static int runPipeline(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);

    static QJsonObject runJson(const runs::RunDetails &details);
    // `--follow`: streams the step logs of the queued run until it completes; returns the
    // exit code of its result (0, kExitRunFailed, kExitRunCanceled) or of an error.
    static int followRun(CliContext &context, const runs::Run &queued);

private:
    int list(CliContext &context);
    int show(CliContext &context, const ParsedArguments &arguments);
    int logs(CliContext &context, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
