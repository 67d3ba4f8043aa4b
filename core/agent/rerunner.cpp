#include "core/agent/rerunner.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlops::agent {

namespace {

// The values as the run was queued with them (RunSession stores strings; other JSON is
// written back as compact JSON text).
QMap<QString, QString> textMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            map.insert(it.key(), value.toString());
        else if (value.isBool())
            map.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (value.isDouble())
            map.insert(it.key(), QString::number(value.toDouble()));
        else if (value.isArray())
            map.insert(it.key(), QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        else if (value.isObject())
            map.insert(it.key(), QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return map;
}

}  // namespace

bool Rerunner::canRerunFailedJobs(const runs::Run &run)
{
    return run.state == runs::RunState::Completed && run.result &&
           (*run.result == runs::RunResult::Failed || *run.result == runs::RunResult::Canceled);
}

Result<RunRequest> Rerunner::request(const std::shared_ptr<store::Workspace> &workspace, qint64 runId, RerunScope scope)
{
    Result<runs::Run> found = runs::RunStore(workspace).run(runId);
    if (!found.ok())
        return found.error();
    const runs::Run &run = *found;
    if (run.state != runs::RunState::Completed)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("run %1 is still %2; re-run it once it has completed").arg(runId).arg(runs::wireName(run.state)));
    if (scope == RerunScope::FailedJobs && !canRerunFailedJobs(run))
        return makeError(ErrorCode::Conflict, QStringLiteral("run %1 %2; only a failed or canceled run has failed jobs to re-run")
                                                  .arg(runId)
                                                  .arg(run.result ? runs::wireName(*run.result) : QStringLiteral("has no result")));

    RunRequest request;
    request.pipelineName = run.pipelineName;
    request.parameters = textMap(run.parameters);
    request.variables = textMap(run.variables);
    request.repositories = run.launch.repositories;
    request.sourceBranch = run.sourceBranch;
    request.sourceVersion = run.sourceVersion;
    request.rerunOf = runId;
    request.failedJobsOnly = scope == RerunScope::FailedJobs;
    request.stagesToSkip = run.launch.stagesToSkip;
    if (!run.launch.pipelineFile.isEmpty()) {
        if (!QFileInfo(run.launch.pipelineFile).isFile())
            return makeError(ErrorCode::NotFound, QStringLiteral("the pipeline file %1 of run %2 no longer exists")
                                                      .arg(run.launch.pipelineFile)
                                                      .arg(runId));
        request.pipelineFile = run.launch.pipelineFile;
    } else if (run.pipelineId) {
        Result<pipeline::PipelineDefinition> definition = pipeline::PipelineService(workspace).get(*run.pipelineId);
        if (!definition.ok())
            return makeError(ErrorCode::NotFound, QStringLiteral("the pipeline '%1' of run %2 is no longer registered")
                                                      .arg(run.pipelineName)
                                                      .arg(runId));
        request.pipelineId = definition->id;
        request.pipelineName = definition->name;
    } else {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("run %1 ran a YAML file but was queued before runs kept their file; run the file "
                                        "again with 'mlops pipeline run FILE'")
                             .arg(runId));
    }
    return request;
}

Result<runs::Run> Rerunner::queue(const std::shared_ptr<store::Workspace> &workspace, qint64 runId, RerunScope scope,
                                  const QString &agentProgram, const QString &requestedBy)
{
    Result<RunRequest> built = request(workspace, runId, scope);
    if (!built.ok())
        return built.error();
    built.value().requestedBy = requestedBy;
    return RunSession::queue(workspace, *built, agentProgram);
}

}  // namespace mlops::agent
