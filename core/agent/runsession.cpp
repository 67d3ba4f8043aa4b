#include "core/agent/runsession.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/compiler/pipelinecompiler.h"

#include "core/runs/logreader.h"
#include "core/runs/logstore.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/auditlog.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <utility>
#include <map>

namespace mlops::agent {

namespace {

QJsonObject jsonOf(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Refuses a stagesToSkip name that is not a stage of the pipeline the request runs.
Result<void> checkStagesToSkip(const std::shared_ptr<store::Workspace> &workspace, const RunRequest &request)
{
    if (request.stagesToSkip.isEmpty())
        return {};
    pipeline::CompileOptions options;
    options.parameters = request.parameters;
    options.variables = request.variables;
    options.repositories = request.repositories;
    QString entryFile = request.pipelineFile;
    pipeline::CompileResult compiled;
    if (entryFile.isEmpty() && request.pipelineId) {
        Result<pipeline::PipelineDefinition> definition = pipeline::PipelineService(workspace).get(*request.pipelineId);
        if (!definition.ok())
            return definition.error();
        entryFile = definition->entryFile();
        compiled = pipeline::PipelineService::compile(*definition, options);
    } else if (!entryFile.isEmpty()) {
        if (!options.repositories.contains(QStringLiteral("self")))
            options.repositories.insert(QStringLiteral("self"), QFileInfo(entryFile).absolutePath());
        compiled = pipeline::PipelineCompiler::compileFile(entryFile, options);
    } else {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("stages to skip need a pipeline: the run names no pipeline or file"));
    }
    if (!compiled.plan) {
        QStringList messages;
        for (const Diagnostic &diagnostic : compiled.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                messages.append(diagnostic.toString());
        }
        return makeError(ErrorCode::InvalidInput, QStringLiteral("cannot check the stages to skip of %1: the pipeline does not compile: %2")
                                                      .arg(entryFile, messages.join(QStringLiteral("; "))));
    }
    QStringList stages;
    for (const pipeline::PlanStage &stage : compiled.plan->stages)
        stages.append(stage.name);
    for (const QString &name : request.stagesToSkip) {
        if (!stages.contains(name, Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("stage to skip '%1' is not a stage of pipeline '%2' (its stages: %3)")
                                                          .arg(name, request.pipelineName, stages.join(QStringLiteral(", "))));
    }
    return {};
}

}  // namespace

Result<runs::Run> RunSession::queue(const std::shared_ptr<store::Workspace> &workspace, const RunRequest &request,
                                    const QString &agentProgram)
{
    Result<void> stagesChecked = checkStagesToSkip(workspace, request);
    if (!stagesChecked.ok())
        return stagesChecked.error();
    runs::RunStore store(workspace);
    runs::NewRun newRun;
    newRun.pipelineId = request.pipelineId;
    newRun.pipelineName = request.pipelineName;
    newRun.parameters = jsonOf(request.parameters);
    newRun.variables = jsonOf(request.variables);
    // Like the audit log: the OS user ($USER may be unset, e.g. in services and CI).
    newRun.requestedBy = request.requestedBy.isEmpty() ? store::AuditLog::osUser() : request.requestedBy;
    if (!request.reason.isEmpty())
        newRun.reason = request.reason;
    newRun.sourceBranch = request.sourceBranch;
    newRun.sourceVersion = request.sourceVersion;
    newRun.launch.pipelineFile = request.pipelineFile;
    newRun.launch.repositories = request.repositories;
    newRun.launch.rerunOf = request.rerunOf;
    newRun.launch.failedJobsOnly = request.rerunOf > 0 && request.failedJobsOnly;
    newRun.launch.stagesToSkip = request.stagesToSkip;
    Result<runs::Run> created = store.createRun(newRun);
    if (!created.ok())
        return created;

    QStringList arguments{QStringLiteral("--workspace"), workspace->directory(), QStringLiteral("agent"),
                          QStringLiteral("run"), QStringLiteral("--run-id"), QString::number(created->id)};
    if (!request.pipelineFile.isEmpty())
        arguments << QStringLiteral("--file") << request.pipelineFile;
    for (auto it = request.repositories.cbegin(); it != request.repositories.cend(); ++it)
        arguments << QStringLiteral("--repository") << it.key() + QLatin1Char('=') + it.value();
    const QString logDirectory = QDir(workspace->directory()).filePath(QStringLiteral("logs/%1").arg(created->id));
    QDir().mkpath(logDirectory);
    QProcess agent;
    agent.setProgram(agentProgram);
    agent.setArguments(arguments);
    agent.setStandardInputFile(QProcess::nullDevice());
    agent.setStandardOutputFile(QDir(logDirectory).filePath(QStringLiteral("agent.out")));
    agent.setStandardErrorFile(QDir(logDirectory).filePath(QStringLiteral("agent.out")), QIODevice::Append);
    qint64 pid = 0;
    if (!agent.startDetached(&pid)) {
        const QString message = QStringLiteral("cannot start the agent %1: %2").arg(agentProgram, agent.errorString());
        (void)store.startRun(created->id, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks());
        (void)store.completeRun(created->id, runs::RunResult::Failed, message);
        return makeError(ErrorCode::Io, message);
    }
    return created;
}

Result<runs::Run> RunSession::wait(const std::shared_ptr<store::Workspace> &workspace, qint64 runId,
                                   const RecordCallback &onStepLines)
{
    runs::RunStore store(workspace);
    runs::LogStore logs(workspace->directory());
    std::map<QString, std::unique_ptr<runs::LogReader>> readers;  // record id → its log
    QHash<QString, qint64> linesShown;
    QSet<QString> completed;
    QElapsedTimer sinceRecovery;
    sinceRecovery.start();
    QElapsedTimer pending;
    pending.start();
    for (;;) {
        Result<runs::RunDetails> details = store.runDetails(runId);
        if (!details.ok())
            return details.error();
        const QList<runs::TimelineRecord> records = orderedTimeline(details->timeline);
        for (const runs::TimelineRecord &record : records) {
            if (record.type != runs::RecordType::Step || record.state == runs::RunState::Pending ||
                completed.contains(record.id))
                continue;
            const bool done = record.state == runs::RunState::Completed;
            QList<QByteArray> lines;
            if (!record.logPath.isEmpty()) {
                auto it = readers.find(record.id);
                if (it == readers.end()) {
                    Result<std::unique_ptr<runs::LogReader>> opened = runs::LogReader::open(logs.absolutePath(record.logPath));
                    if (opened.ok())
                        it = readers.emplace(record.id, std::move(opened.value())).first;
                }
                // A big log is passed on kLinesPerCall lines at a time (memory stays bounded).
                constexpr qint64 kLinesPerCall = 10000;
                const bool refreshed = it != readers.end() && it->second->refresh().ok();
                for (qint64 first = linesShown.value(record.id); refreshed && first < it->second->lineCount();
                     first = linesShown.value(record.id)) {
                    Result<QList<QByteArray>> read =
                        it->second->readLines(first, std::min(it->second->lineCount() - first, kLinesPerCall));
                    if (!read.ok() || read->isEmpty())
                        break;
                    if (!lines.isEmpty() && onStepLines)
                        onStepLines(record, std::exchange(lines, {}), false);
                    lines.clear();
                    for (const QByteArray &line : *read)
                        lines.append(runs::LogReader::textOf(line));
                    linesShown.insert(record.id, first + read->size());
                }
            }
            if (done) {
                completed.insert(record.id);
                readers.erase(record.id);
            }
            if (onStepLines && (done || !lines.isEmpty()))
                onStepLines(record, lines, done);
        }
        if (details->run.state == runs::RunState::Completed)
            return details->run;
        if (sinceRecovery.elapsed() > 2000) {
            (void)store.recoverAbandonedRuns();
            sinceRecovery.restart();
        }
        if (details->run.state == runs::RunState::Pending && pending.elapsed() > 60000) {
            (void)store.startRun(runId, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks());
            (void)store.completeRun(runId, runs::RunResult::Failed,
                                    QStringLiteral("no agent took the run within a minute"));
        }
        QThread::msleep(100);
    }
}

QList<runs::TimelineRecord> RunSession::orderedTimeline(const QList<runs::TimelineRecord> &timeline)
{
    QList<runs::TimelineRecord> result;
    result.reserve(timeline.size());
    std::function<void(const QString &)> addChildren = [&](const QString &parentId) {
        QList<runs::TimelineRecord> children;
        for (const runs::TimelineRecord &record : timeline) {
            if (record.parentId == parentId)
                children.append(record);
        }
        std::stable_sort(children.begin(), children.end(),
                         [](const runs::TimelineRecord &a, const runs::TimelineRecord &b) { return a.order < b.order; });
        for (const runs::TimelineRecord &child : std::as_const(children)) {
            result.append(child);
            addChildren(child.id);
        }
    };
    addChildren(QString());
    return result;
}

int RunSession::exitCode(const runs::Run &run)
{
    if (!run.result)
        return 3;
    switch (*run.result) {
    case runs::RunResult::Succeeded:
    case runs::RunResult::SucceededWithIssues:
    case runs::RunResult::Skipped:
        return 0;
    case runs::RunResult::Canceled:
        return 4;
    case runs::RunResult::Failed:
    case runs::RunResult::Abandoned:
        return 3;
    }
    return 3;
}

}  // namespace mlops::agent
