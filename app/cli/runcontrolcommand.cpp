#include "runcontrolcommand.h"

#include "clicontext.h"
#include "runcommand.h"

#include "core/agent/rerunner.h"
#include "core/agent/runcanceller.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace mlops::cli {

namespace {

const QString kCancel = QStringLiteral("cancel");
const QString kRerun = QStringLiteral("rerun");

}  // namespace

QList<CommandSpec> RunControlCommand::commands(const QString &group)
{
    CommandSpec cancel{group, kCancel, QStringLiteral("Cancels a run: asks its agent process to stop it."),
                       {QStringLiteral("ID")}, {}, {}};
    cancel.details = QStringLiteral("The agent cancels the running steps (their process trees are killed) and completes\n"
                                    "the run as canceled; a run that no agent has taken yet is canceled at once.");
    CommandSpec rerun{group, kRerun,
                      QStringLiteral("Queues a completed run again: same pipeline, parameters, variables, repositories."),
                      {QStringLiteral("ID")}, {}, {}};
    rerun.options = {
        OptionSpec{QStringLiteral("failed-jobs"), {}, {},
                   QStringLiteral("run only the jobs that did not succeed (the run must have failed or been canceled); "
                                  "the others are taken over with their outputs and artifacts")},
        OptionSpec{QStringLiteral("follow"), {}, {},
                   QStringLiteral("wait for the new run, printing the step logs; exit 0 succeeded, 3 failed, 4 canceled")},
    };
    rerun.details = QStringLiteral("The new run is linked to ID ('mlops run show' says \"Re-run of run ID\").");
    return {cancel, rerun};
}

bool RunControlCommand::handles(const QString &commandName) { return commandName == kCancel || commandName == kRerun; }

int RunControlCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    const qint64 runId = arguments.positionals.at(0).toLongLong();
    if (command.name == kCancel)
        return cancel(context, runId);
    return rerun(context, runId, arguments);
}

int RunControlCommand::cancel(CliContext &context, qint64 runId)
{
    Result<agent::CancelOutcome> canceled = agent::RunCanceller::cancel(context.sharedWorkspace(), runId);
    if (!canceled.ok())
        return context.fail(canceled.error());
    const bool queued = canceled->kind == agent::CancelOutcome::Kind::CanceledWhileQueued;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("id"), runId},
                                      {QStringLiteral("canceled"), queued ? QStringLiteral("queued") : QStringLiteral("requested")},
                                      {QStringLiteral("agentPid"), queued ? QJsonValue() : QJsonValue(double(canceled->agentPid))}});
    } else if (queued) {
        context.out() << "Run " << runId << " was canceled before an agent took it.\n";
    } else {
        context.out() << "Asked the agent of run " << runId << " (process " << canceled->agentPid
                      << ") to cancel it. Follow it with 'mlops run show " << runId << "'.\n";
    }
    return CliContext::kExitSuccess;
}

int RunControlCommand::rerun(CliContext &context, qint64 runId, const ParsedArguments &arguments)
{
    const bool failedJobs = arguments.isSet(QStringLiteral("failed-jobs"));
    Result<runs::Run> queued =
        agent::Rerunner::queue(context.sharedWorkspace(), runId,
                               failedJobs ? agent::RerunScope::FailedJobs : agent::RerunScope::AllJobs,
                               QCoreApplication::applicationFilePath());
    if (!queued.ok())
        return context.fail(queued.error());
    const QString what = failedJobs ? QStringLiteral("failed jobs") : QStringLiteral("all jobs");
    if (!arguments.isSet(QStringLiteral("follow"))) {
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("id"), queued->id},
                                          {QStringLiteral("pipeline"), queued->pipelineName},
                                          {QStringLiteral("rerunOf"), runId},
                                          {QStringLiteral("failedJobsOnly"), failedJobs}});
        else
            context.out() << "Run " << queued->id << " of " << queued->pipelineName << " queued: a re-run of run " << runId
                          << " (" << what << "). Follow it with 'mlops run show " << queued->id << "'.\n";
        return CliContext::kExitSuccess;
    }
    if (!context.json())
        context.out() << "Run " << queued->id << " of " << queued->pipelineName << " queued: a re-run of run " << runId
                      << " (" << what << ").\n";
    return RunCommand::followRun(context, *queued);
}

}  // namespace mlops::cli
