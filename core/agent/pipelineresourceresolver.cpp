#include "core/agent/pipelineresourceresolver.h"

#include "core/agent/builtintask.h"
#include "core/agent/orchestratorgraph.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace mlops::agent {

namespace {

const QString kDownloadTask = QStringLiteral("DownloadPipelineArtifact@2");

bool isTrue(const QString &text)
{
    return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

const ResolvedPipelineResource *resourceNamed(const QList<ResolvedPipelineResource> &resources, const QString &alias)
{
    for (const ResolvedPipelineResource &resource : resources) {
        if (resource.alias.compare(alias.trimmed(), Qt::CaseInsensitive) == 0)
            return &resource;
    }
    return nullptr;
}

// The run a download step of a resource should take, or 0 to leave the step as it is.
qint64 pinnedRunOf(const pipeline::PlanStep &step, const QList<ResolvedPipelineResource> &resources,
                   const QString &triggeringAlias)
{
    if (step.task.trimmed().compare(kDownloadTask, Qt::CaseInsensitive) != 0)
        return 0;
    const QString source = BuiltinTask::input(step.inputs, {QStringLiteral("source"), QStringLiteral("buildType")});
    if (source.trimmed().compare(QLatin1String("specific"), Qt::CaseInsensitive) != 0)
        return 0;
    const QString alias = BuiltinTask::input(step.inputs, {QStringLiteral("pipeline"), QStringLiteral("definition")});
    const ResolvedPipelineResource *resource = resourceNamed(resources, alias);
    if (!resource || !resource->run)
        return 0;
    const QString runVersion = BuiltinTask::input(step.inputs, BuiltinTask::runVersionInputNames()).trimmed();
    if (runVersion.isEmpty())
        return resource->run->id;  // `download: <alias>`: the resource's version
    if (runVersion.compare(QLatin1String("specific"), Qt::CaseInsensitive) == 0)
        return 0;
    const bool preferTriggering =
        isTrue(BuiltinTask::input(step.inputs, {QStringLiteral("preferTriggeringPipeline"),
                                                QStringLiteral("specificBuildWithTriggering")}));
    if (preferTriggering && resource->pinned && resource->alias.compare(triggeringAlias, Qt::CaseInsensitive) == 0)
        return resource->run->id;
    return 0;
}

void pinStep(pipeline::PlanStep &step, qint64 runId)
{
    QStringList replaced = BuiltinTask::runVersionInputNames();
    replaced.append(BuiltinTask::runIdInputNames());
    QList<QPair<QString, QString>> inputs;
    for (const auto &input : std::as_const(step.inputs)) {
        if (!replaced.contains(input.first, Qt::CaseInsensitive))
            inputs.append(input);
    }
    inputs.append({QStringLiteral("runVersion"), QStringLiteral("specific")});
    inputs.append({QStringLiteral("runId"), QString::number(runId)});
    step.inputs = inputs;
}

}  // namespace

PipelineResourceResolver::PipelineResourceResolver(std::shared_ptr<store::Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

QString PipelineResourceResolver::variableName(const QString &alias, const QString &property)
{
    return QStringLiteral("resources.pipeline.%1.%2").arg(alias, property);
}

std::optional<QString> PipelineResourceResolver::variableValue(const QJsonObject &variables, const QString &name)
{
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
    }
    return std::nullopt;
}

QPair<QString, QString> PipelineResourceResolver::sourceOf(const runs::Run &run) const
{
    QString branch = run.sourceBranch;
    QString commit = run.sourceVersion;
    QStringList folders{QDir(m_workspace->directory()).filePath(QStringLiteral("runs/%1/s").arg(run.id))};
    if (run.pipelineId) {
        pipeline::PipelineService pipelines(m_workspace);
        if (Result<pipeline::PipelineDefinition> definition = pipelines.get(*run.pipelineId); definition.ok())
            folders.append(definition->repositoryDir);
    }
    for (const QString &folder : std::as_const(folders)) {
        if (!branch.isEmpty() && !commit.isEmpty())
            break;
        if (!QFileInfo(folder).isDir())
            continue;
        if (branch.isEmpty())
            branch = orchestration::gitOutput(folder, {QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("HEAD")});
        if (commit.isEmpty())
            commit = orchestration::gitOutput(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    }
    return {branch, commit};
}

QMap<QString, QString> PipelineResourceResolver::resourceVariables(const QString &alias, const runs::Run &resourceRun) const
{
    const QPair<QString, QString> source = sourceOf(resourceRun);
    QMap<QString, QString> variables{
        {variableName(alias, QStringLiteral("runID")), QString::number(resourceRun.id)},
        {variableName(alias, QStringLiteral("runName")),
         resourceRun.number.isEmpty() ? QString::number(resourceRun.id) : resourceRun.number},
        {variableName(alias, QStringLiteral("pipelineName")), resourceRun.pipelineName},
        {variableName(alias, QStringLiteral("projectID")), m_workspace->id()},
        {variableName(alias, QStringLiteral("projectName")), QDir(m_workspace->directory()).dirName()},
        {variableName(alias, QStringLiteral("sourceBranch")), source.first},
        {variableName(alias, QStringLiteral("sourceCommit")), source.second},
        {variableName(alias, QStringLiteral("requestedFor")), resourceRun.requestedBy},
    };
    if (resourceRun.pipelineId)
        variables.insert(variableName(alias, QStringLiteral("pipelineID")), QString::number(*resourceRun.pipelineId));
    return variables;
}

Result<ResolvedResources> PipelineResourceResolver::resolve(const runs::Run &run, const pipeline::Plan &plan) const
{
    ResolvedResources resolved;
    runs::RunStore store(m_workspace);
    const QString triggeringAlias = variableValue(run.variables, QLatin1String(kTriggeringAlias)).value_or(QString());
    for (const pipeline::PlanPipelineResource &declared : plan.pipelineResources) {
        if (declared.alias.isEmpty() || declared.source.isEmpty())
            continue;  // the compiler reports a resource without pipeline/source
        ResolvedPipelineResource resource;
        resource.alias = declared.alias;
        resource.source = declared.source;
        const QString idVariable = variableName(declared.alias, QStringLiteral("runID"));
        if (std::optional<QString> pinned = variableValue(run.variables, idVariable)) {
            bool ok = false;
            const qint64 id = pinned->trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("variable %1: '%2' is not a run number").arg(idVariable, *pinned));
            Result<runs::Run> found = store.run(id);
            if (!found.ok()) {
                if (found.error().code == ErrorCode::NotFound)
                    return makeError(ErrorCode::NotFound, QStringLiteral("variable %1: run %2 does not exist").arg(idVariable).arg(id));
                return found.error();
            }
            if (found->pipelineName.compare(declared.source, Qt::CaseInsensitive) != 0)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("variable %1: run %2 is a run of '%3', not of '%4' (the source of pipeline "
                                                "resource '%5')")
                                     .arg(idVariable)
                                     .arg(id)
                                     .arg(found->pipelineName, declared.source, declared.alias));
            if (found->state != runs::RunState::Completed)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("variable %1: run %2 of '%3' has not completed").arg(idVariable).arg(id).arg(declared.source));
            resource.run = *found;
            resource.pinned = true;
            const bool triggering = declared.alias.compare(triggeringAlias, Qt::CaseInsensitive) == 0;
            resolved.notes.append(QStringLiteral("Pipeline resource '%1': run %2 of %3 (%4)")
                                      .arg(declared.alias)
                                      .arg(id)
                                      .arg(found->pipelineName,
                                           triggering ? QStringLiteral("the run that triggered this one") : idVariable));
        } else {
            Result<runs::Run> latest = store.latestRun(declared.source, {runs::RunResult::Succeeded});
            if (latest.ok()) {
                resource.run = *latest;
                resolved.notes.append(QStringLiteral("Pipeline resource '%1': run %2 of %3 (its newest succeeded run)")
                                          .arg(declared.alias)
                                          .arg(latest->id)
                                          .arg(latest->pipelineName));
            } else if (latest.error().code == ErrorCode::NotFound) {
                resolved.notes.append(QStringLiteral("Pipeline resource '%1': %2 has no succeeded run yet")
                                          .arg(declared.alias, declared.source));
            } else {
                return latest.error();
            }
        }
        if (resource.run) {
            const QMap<QString, QString> variables = resourceVariables(resource.alias, *resource.run);
            for (auto it = variables.cbegin(); it != variables.cend(); ++it)
                resolved.variables.insert(it.key(), it.value());
        }
        resolved.resources.append(resource);
    }
    resolved.plan = pinDownloads(plan, resolved.resources, triggeringAlias);
    return resolved;
}

pipeline::Plan PipelineResourceResolver::pinDownloads(const pipeline::Plan &plan,
                                                      const QList<ResolvedPipelineResource> &resources,
                                                      const QString &triggeringAlias)
{
    pipeline::Plan pinned = plan;
    for (pipeline::PlanStage &stage : pinned.stages) {
        for (pipeline::PlanJob &job : stage.jobs) {
            for (pipeline::PlanStep &step : job.steps) {
                if (const qint64 runId = pinnedRunOf(step, resources, triggeringAlias); runId > 0)
                    pinStep(step, runId);
            }
        }
    }
    return pinned;
}

}  // namespace mlops::agent
