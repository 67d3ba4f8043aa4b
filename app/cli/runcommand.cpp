#include "runcommand.h"

#include "clicontext.h"
#include "runartifactscommand.h"
#include "runcontrolcommand.h"
#include "texttable.h"

#include "core/agent/runsession.h"
#include "core/agent/taskinputcheck.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/coveragestore.h"
#include "core/runs/logreader.h"
#include "core/runs/logstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace mlops::cli {

namespace {

const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kLogs = QStringLiteral("logs");

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString resultText(const std::optional<runs::RunResult> &result)
{
    return result ? runs::wireName(*result) : QString();
}

QList<runs::TimelineRecord> ordered(const QList<runs::TimelineRecord> &timeline)
{
    return agent::RunSession::orderedTimeline(timeline);
}

qint64 runIdArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void printLines(QTextStream &out, const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines)
        out << QString::fromUtf8(line) << '\n';
}

}  // namespace

QString RunCommand::name() const { return QStringLiteral("run"); }

QString RunCommand::summary() const
{
    return QStringLiteral("Pipeline runs: list, show (with the timeline), logs, artifacts, download, cancel, rerun");
}

QList<CommandSpec> RunCommand::commands() const
{
    const QString group = name();
    QList<CommandSpec> specs{
        CommandSpec{group, kList, QStringLiteral("Lists the runs, newest first."), {}, {}, {}},
        CommandSpec{group, kShow, QStringLiteral("Shows a run and its timeline (stages, jobs, steps)."),
                    {QStringLiteral("ID")}, {}, {}},
        CommandSpec{group, kLogs, QStringLiteral("Prints the step logs of a run (of one stage, job or step with --record)."),
                    {QStringLiteral("ID")},
                    {OptionSpec{QStringLiteral("record"), {}, QStringLiteral("NAME"),
                                QStringLiteral("only this stage, job or step (name or display name)")}},
                    {}},
    };
    specs += RunArtifactsCommand::commands(group);
    specs += RunControlCommand::commands(group);
    return specs;
}

CommandSpec RunCommand::pipelineRunSpec()
{
    CommandSpec spec{QStringLiteral("pipeline"), QStringLiteral("run"),
                     QStringLiteral("Runs a registered pipeline (NAME) or a YAML file (FILE) in a local agent process."),
                     {QStringLiteral("NAME|FILE")}, {}, {}};
    spec.options = {
        OptionSpec{QStringLiteral("param"), {}, QStringLiteral("NAME=VALUE"),
                   QStringLiteral("a runtime parameter value (repeatable)"), true},
        OptionSpec{QStringLiteral("var"), {}, QStringLiteral("NAME=VALUE"),
                   QStringLiteral("a variable given at queue time (repeatable)"), true},
        OptionSpec{QStringLiteral("repository"), {}, QStringLiteral("ALIAS=DIR"),
                   QStringLiteral("the local folder of a repository resource; self=DIR the pipeline's own (repeatable)"),
                   true},
        OptionSpec{QStringLiteral("skip-stage"), {}, QStringLiteral("NAME"),
                   QStringLiteral("a stage not to run: it and its jobs are recorded as skipped (repeatable)"), true},
        OptionSpec{QStringLiteral("follow"), {}, {},
                   QStringLiteral("wait for the run, printing the step logs; exit 0 succeeded, 3 failed, 4 canceled")},
    };
    spec.details = QStringLiteral("The run survives this command: it executes in its own 'mlops agent run' process.");
    return spec;
}

int RunCommand::runPipeline(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    agent::RunRequest request;
    const QList<std::pair<QString, QMap<QString, QString> *>> maps{
        {QStringLiteral("param"), &request.parameters},
        {QStringLiteral("var"), &request.variables},
        {QStringLiteral("repository"), &request.repositories},
    };
    for (const auto &[option, target] : maps) {
        for (const QString &assignment : arguments.values(option)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return context.usageError(command, QStringLiteral("--%1 needs NAME=VALUE, not '%2'").arg(option, assignment));
            QString value = assignment.mid(eq + 1);
            if (option == QLatin1String("repository"))
                value = QDir::cleanPath(QFileInfo(value).absoluteFilePath());
            target->insert(assignment.left(eq), value);
        }
    }
    request.stagesToSkip = arguments.values(QStringLiteral("skip-stage"));
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());

    // NAME of a registered pipeline, else a YAML file.
    const QString target = arguments.positionals.at(0);
    pipeline::CompileOptions options;
    options.parameters = request.parameters;
    options.variables = request.variables;
    options.repositories = request.repositories;
    library::VariableGroupService *groups = &context.groups();
    options.variableGroupExists = [groups](const QString &group) { return groups->findByName(group).ok(); };
    pipeline::PipelineService pipelines(context.sharedWorkspace());
    pipeline::CompileResult compiled;
    Result<pipeline::PipelineDefinition> definition = pipelines.findByName(target);
    if (definition.ok()) {
        request.pipelineId = definition->id;
        request.pipelineName = definition->name;
        compiled = pipeline::PipelineService::compile(*definition, options);
    } else if (QFileInfo(target).isFile()) {
        request.pipelineFile = QFileInfo(target).absoluteFilePath();
        request.pipelineName = QFileInfo(target).completeBaseName();
        if (!request.repositories.contains(QStringLiteral("self")))
            options.repositories.insert(QStringLiteral("self"), QFileInfo(target).absolutePath());
        compiled = pipeline::PipelineCompiler::compileFile(request.pipelineFile, options);
    } else {
        context.printError(QStringLiteral("'%1' is neither a registered pipeline nor a YAML file").arg(target));
        return CliContext::kExitUserError;
    }
    if (!compiled.plan) {
        for (const Diagnostic &diagnostic : compiled.diagnostics)
            context.err() << diagnostic.toString() << '\n';
        context.printError(QStringLiteral("the pipeline '%1' does not compile; no run was queued").arg(target));
        return CliContext::kExitUserError;
    }
    if (const Diagnostics missing = agent::TaskInputCheck::check(*compiled.plan); !missing.isEmpty()) {
        for (const Diagnostic &diagnostic : missing)
            context.err() << diagnostic.toString() << '\n';
        context.printError(QStringLiteral("a step of '%1' is missing a required task input; no run was queued").arg(target));
        return CliContext::kExitUserError;
    }

    Result<runs::Run> queued =
        agent::RunSession::queue(context.sharedWorkspace(), request, QCoreApplication::applicationFilePath());
    if (!queued.ok())
        return context.fail(queued.error());
    if (!arguments.isSet(QStringLiteral("follow"))) {
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("id"), queued->id}, {QStringLiteral("pipeline"), queued->pipelineName}});
        else
            context.out() << "Run " << queued->id << " of " << queued->pipelineName
                          << " queued. Follow it with 'mlops run show " << queued->id << "'.\n";
        return CliContext::kExitSuccess;
    }
    if (!context.json())
        context.out() << "Run " << queued->id << " of " << queued->pipelineName << " queued.\n";
    return followRun(context, *queued);
}

int RunCommand::followRun(CliContext &context, const runs::Run &queued)
{
    QSet<QString> started;
    Result<runs::Run> finished = agent::RunSession::wait(
        context.sharedWorkspace(), queued.id,
        [&](const runs::TimelineRecord &record, const QList<QByteArray> &lines, bool completed) {
            if (context.json())
                return;
            if (!started.contains(record.id)) {
                started.insert(record.id);
                context.out() << "==> " << record.displayName << '\n';
            }
            printLines(context.out(), lines);
            if (completed)
                context.out() << "<== " << record.displayName << ": " << resultText(record.result) << '\n';
            context.out().flush();
        });
    if (!finished.ok())
        return context.fail(finished.error());
    if (context.json()) {
        runs::RunStore store(context.sharedWorkspace());
        Result<runs::RunDetails> details = store.runDetails(queued.id);
        if (details.ok())
            context.printJson(runJson(*details));
    } else {
        context.out() << "Run " << finished->id << ": " << resultText(finished->result);
        if (!finished->resultMessage.isEmpty())
            context.out() << " — " << finished->resultMessage;
        context.out() << '\n';
    }
    return agent::RunSession::exitCode(*finished);
}

QJsonObject RunCommand::runJson(const runs::RunDetails &details)
{
    const runs::Run &run = details.run;
    QJsonArray timeline;
    for (const runs::TimelineRecord &record : ordered(details.timeline)) {
        QJsonArray issues;
        for (const runs::Issue &issue : record.issues)
            issues.append(QJsonObject{{QStringLiteral("type"), runs::wireName(issue.type)},
                                      {QStringLiteral("message"), issue.message}});
        timeline.append(QJsonObject{
            {QStringLiteral("id"), record.id},
            {QStringLiteral("parentId"), record.parentId},
            {QStringLiteral("type"), runs::wireName(record.type)},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("displayName"), record.displayName},
            {QStringLiteral("state"), runs::wireName(record.state)},
            {QStringLiteral("result"), resultText(record.result)},
            {QStringLiteral("startedAt"), timeText(record.startedAt)},
            {QStringLiteral("finishedAt"), timeText(record.finishedAt)},
            {QStringLiteral("errorCount"), record.errorCount},
            {QStringLiteral("warningCount"), record.warningCount},
            {QStringLiteral("issues"), issues},
            {QStringLiteral("logPath"), record.logPath},
        });
    }
    QJsonObject object{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("pipeline"), run.pipelineName},
        {QStringLiteral("number"), run.number},
        {QStringLiteral("state"), runs::wireName(run.state)},
        {QStringLiteral("result"), resultText(run.result)},
        {QStringLiteral("message"), run.resultMessage},
        {QStringLiteral("requestedBy"), run.requestedBy},
        {QStringLiteral("agentPid"), run.agentPid ? QJsonValue(double(*run.agentPid)) : QJsonValue()},
        {QStringLiteral("queuedAt"), timeText(run.queuedAt)},
        {QStringLiteral("startedAt"), timeText(run.startedAt)},
        {QStringLiteral("finishedAt"), timeText(run.finishedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(run.tags)},
        {QStringLiteral("rerunOf"), run.launch.rerunOf > 0 ? QJsonValue(double(run.launch.rerunOf)) : QJsonValue()},
        {QStringLiteral("failedJobsOnly"), run.launch.failedJobsOnly},
        {QStringLiteral("timeline"), timeline},
    };
    if (!run.launch.stagesToSkip.isEmpty())
        object.insert(QStringLiteral("stagesToSkip"), QJsonArray::fromStringList(run.launch.stagesToSkip));
    return object;
}

int RunCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    if (command.name == kList)
        return list(context);
    if (runIdArgument(arguments.positionals.value(0)) == 0)
        return context.usageError(command, QStringLiteral("ID must be a run number, not '%1'").arg(arguments.positionals.value(0)));
    if (command.name == kShow)
        return show(context, arguments);
    if (RunArtifactsCommand::handles(command.name))
        return RunArtifactsCommand::run(context, command, arguments);
    if (RunControlCommand::handles(command.name))
        return RunControlCommand::run(context, command, arguments);
    return logs(context, arguments);
}

int RunCommand::list(CliContext &context)
{
    runs::RunStore store(context.sharedWorkspace());
    runs::RunQuery query;
    query.limit = 100;
    Result<runs::RunPage> page = store.listRuns(query);
    if (!page.ok())
        return context.fail(page.error());
    if (context.json()) {
        QJsonArray array;
        for (const runs::Run &run : page->runs) {
            array.append(QJsonObject{{QStringLiteral("id"), run.id},
                                     {QStringLiteral("pipeline"), run.pipelineName},
                                     {QStringLiteral("state"), runs::wireName(run.state)},
                                     {QStringLiteral("result"), resultText(run.result)},
                                     {QStringLiteral("queuedAt"), timeText(run.queuedAt)}});
        }
        context.printJson(array);
        return CliContext::kExitSuccess;
    }
    if (page->runs.isEmpty()) {
        context.out() << "No runs. Start one with 'mlops pipeline run NAME'.\n";
        return CliContext::kExitSuccess;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("PIPELINE"), QStringLiteral("STATE"), QStringLiteral("RESULT"),
                     QStringLiteral("QUEUED")});
    for (const runs::Run &run : page->runs)
        table.addRow({QString::number(run.id), run.pipelineName, runs::wireName(run.state), resultText(run.result),
                      run.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    table.print(context.out());
    return CliContext::kExitSuccess;
}

int RunCommand::show(CliContext &context, const ParsedArguments &arguments)
{
    runs::RunStore store(context.sharedWorkspace());
    Result<runs::RunDetails> details = store.runDetails(runIdArgument(arguments.positionals.at(0)));
    if (!details.ok())
        return context.fail(details.error());
    // Code coverage published by the run (PublishCodeCoverageResults); null when none.
    Result<std::optional<runs::CoverageSummary>> coverage =
        runs::CoverageStore(context.sharedWorkspace()).summary(details->run.id, context.json());
    if (!coverage.ok())
        return context.fail(coverage.error());
    if (context.json()) {
        QJsonObject json = runJson(*details);
        json.insert(QStringLiteral("coverage"), *coverage ? QJsonValue(runs::CoverageStore::toJson(**coverage)) : QJsonValue());
        context.printJson(json);
        return CliContext::kExitSuccess;
    }
    const runs::Run &run = details->run;
    context.out() << "Run " << run.id << " of " << run.pipelineName << ": " << runs::wireName(run.state);
    if (run.result)
        context.out() << ", " << resultText(run.result);
    if (!run.resultMessage.isEmpty())
        context.out() << " — " << run.resultMessage;
    context.out() << '\n';
    if (!run.tags.isEmpty())
        context.out() << "Tags: " << run.tags.join(QStringLiteral(", ")) << '\n';
    if (run.launch.rerunOf > 0)
        context.out() << "Re-run of run " << run.launch.rerunOf << (run.launch.failedJobsOnly ? " (failed jobs)" : " (all jobs)")
                      << '\n';
    if (*coverage) {
        const runs::CoverageSummary &c = **coverage;
        context.out() << "Coverage: lines " << QString::number(c.lineRate * 100.0, 'f', 1) << "% (" << c.counts.linesCovered
                      << '/' << c.counts.linesValid << "), branches " << QString::number(c.branchRate * 100.0, 'f', 1)
                      << "% (" << c.counts.branchesCovered << '/' << c.counts.branchesValid << ")\n";
    }
    TextTable table({QStringLiteral("RECORD"), QStringLiteral("TYPE"), QStringLiteral("STATE"), QStringLiteral("RESULT"),
                     QStringLiteral("ERRORS"), QStringLiteral("WARNINGS")});
    QHash<QString, int> depth;
    for (const runs::TimelineRecord &record : ordered(details->timeline)) {
        const int level = record.parentId.isEmpty() ? 0 : depth.value(record.parentId) + 1;
        depth.insert(record.id, level);
        table.addRow({QString(level * 2, QLatin1Char(' ')) + record.displayName, runs::wireName(record.type),
                      runs::wireName(record.state), resultText(record.result), QString::number(record.errorCount),
                      QString::number(record.warningCount)});
    }
    table.print(context.out());
    return CliContext::kExitSuccess;
}

int RunCommand::logs(CliContext &context, const ParsedArguments &arguments)
{
    const qint64 runId = runIdArgument(arguments.positionals.at(0));
    runs::RunStore store(context.sharedWorkspace());
    Result<QList<runs::TimelineRecord>> timeline = store.timeline(runId);
    if (!timeline.ok())
        return context.fail(timeline.error());
    if (Result<runs::Run> run = store.run(runId); !run.ok())
        return context.fail(run.error());
    const QList<runs::TimelineRecord> records = ordered(*timeline);
    // The records to print: all, or the named one and everything below it.
    QSet<QString> chosen;
    const QString wanted = arguments.value(QStringLiteral("record"));
    for (const runs::TimelineRecord &record : records) {
        const bool matches = wanted.isEmpty() || record.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                             record.displayName.compare(wanted, Qt::CaseInsensitive) == 0;
        if (matches || chosen.contains(record.parentId))
            chosen.insert(record.id);
    }
    if (chosen.isEmpty()) {
        context.printError(QStringLiteral("run %1 has no stage, job or step named '%2'").arg(runId).arg(wanted));
        return CliContext::kExitUserError;
    }
    runs::LogStore logs(context.workspace().directory());
    for (const runs::TimelineRecord &record : records) {
        if (!chosen.contains(record.id) || record.logPath.isEmpty())
            continue;
        Result<std::unique_ptr<runs::LogReader>> reader = runs::LogReader::open(logs.absolutePath(record.logPath));
        if (!reader.ok())
            continue;  // a step that has not written its log yet
        Result<QList<QByteArray>> lines = (*reader)->readLines(0, (*reader)->lineCount());
        if (!lines.ok())
            return context.fail(lines.error());
        context.out() << "==> " << record.displayName << " (" << resultText(record.result) << ")\n";
        for (const QByteArray &line : *lines)
            context.out() << QString::fromUtf8(line) << '\n';
    }
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
