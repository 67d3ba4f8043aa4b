#include "agentcommand.h"

#include "clicontext.h"
#include "runcommand.h"

#include "core/agent/agentprocess.h"
#include "core/agent/runsession.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mlops::cli {

QString AgentCommand::name() const { return QStringLiteral("agent"); }

QString AgentCommand::summary() const { return QStringLiteral("The local agent: runs one queued run (started by 'pipeline run')"); }

QList<CommandSpec> AgentCommand::commands() const
{
    CommandSpec run{name(), QStringLiteral("run"), QStringLiteral("Executes the queued run N in this process."), {}, {}, {}};
    run.options = {
        OptionSpec{QStringLiteral("run-id"), {}, QStringLiteral("N"), QStringLiteral("the queued run (required)")},
        OptionSpec{QStringLiteral("file"), {}, QStringLiteral("FILE"),
                   QStringLiteral("the pipeline YAML (for a run of an unregistered file)")},
        OptionSpec{QStringLiteral("repository"), {}, QStringLiteral("ALIAS=DIR"),
                   QStringLiteral("the local folder of a repository resource (repeatable)"), true},
        OptionSpec{QStringLiteral("parallel"), {}, QStringLiteral("N"),
                   QStringLiteral("jobs run at once (default: the number of cores)")},
    };
    return {run};
}

int AgentCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    bool ok = false;
    const qint64 runId = arguments.value(QStringLiteral("run-id")).toLongLong(&ok);
    if (!ok || runId <= 0)
        return context.usageError(command, QStringLiteral("--run-id needs a run number"));
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    agent::AgentRunOptions options;
    options.workspaceDirectory = context.workspace().directory();
    options.runId = runId;
    if (arguments.isSet(QStringLiteral("file")))
        options.pipelineFile = QFileInfo(arguments.value(QStringLiteral("file"))).absoluteFilePath();
    for (const QString &assignment : arguments.values(QStringLiteral("repository"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usageError(command, QStringLiteral("--repository needs ALIAS=DIR, not '%1'").arg(assignment));
        options.repositories.insert(assignment.left(eq), QDir::cleanPath(QFileInfo(assignment.mid(eq + 1)).absoluteFilePath()));
    }
    options.repositoryDirectory = options.repositories.value(QStringLiteral("self"));
    if (arguments.isSet(QStringLiteral("parallel")))
        options.maxParallelJobs = arguments.value(QStringLiteral("parallel")).toInt();
    options.prependPaths = {QCoreApplication::applicationDirPath()};
    Result<runs::RunResult> result = agent::AgentProcess::run(options);
    if (!result.ok())
        return context.fail(result.error());
    runs::RunStore store(context.sharedWorkspace());
    Result<runs::Run> finished = store.run(runId);
    if (!finished.ok())
        return context.fail(finished.error());
    return agent::RunSession::exitCode(*finished);
}

}  // namespace mlops::cli
