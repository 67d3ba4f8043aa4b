#include "core/agent/pipelinetrigger.h"

#include "core/agent/pipelineresourceresolver.h"
#include "core/agent/pipelinetriggerfilter.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/yaml/yamlparser.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>

namespace mlops::agent {

namespace {

struct ResourceTrigger {
    QString alias;
    PipelineTriggerFilter filter;
};

// The pipeline resources of `root` (an expanded pipeline) whose source is `source`.
QList<ResourceTrigger> triggersOn(const pipeline::YamlNode &root, const QString &source)
{
    QList<ResourceTrigger> found;
    const std::optional<pipeline::YamlNode> resources = root.value(u"resources");
    const std::optional<pipeline::YamlNode> pipelines = resources ? resources->value(u"pipelines") : std::nullopt;
    if (!pipelines)
        return found;
    for (const pipeline::YamlNode &item : pipelines->items()) {
        const QString itemSource = item.value(u"source").value_or(pipeline::YamlNode()).text().trimmed();
        if (itemSource.compare(source, Qt::CaseInsensitive) != 0)
            continue;
        found.append({item.value(u"pipeline").value_or(pipeline::YamlNode()).text().trimmed(),
                      PipelineTriggerFilter::parse(item.value(u"trigger"))});
    }
    return found;
}

QString cleanFolder(const QString &folder)
{
    return folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
}

}  // namespace

PipelineTrigger::PipelineTrigger(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

QStringList PipelineTrigger::triggerChain(const runs::Run &run, bool *tooLong) const
{
    runs::RunStore store(m_workspace);
    QStringList chain;
    runs::Run current = run;
    if (tooLong)
        *tooLong = false;
    for (int length = 1;; ++length) {
        if (!chain.contains(current.pipelineName, Qt::CaseInsensitive))
            chain.append(current.pipelineName);
        if (current.reason.compare(QLatin1String(kReason), Qt::CaseInsensitive) != 0)
            break;
        const QString alias = PipelineResourceResolver::variableValue(
                                  current.variables, QLatin1String(PipelineResourceResolver::kTriggeringAlias))
                                  .value_or(QString());
        const QString id = PipelineResourceResolver::variableValue(
                               current.variables, PipelineResourceResolver::variableName(alias, QStringLiteral("runID")))
                               .value_or(QString());
        bool ok = false;
        const qint64 previous = id.toLongLong(&ok);
        if (alias.isEmpty() || !ok || previous <= 0)
            break;
        if (length >= kMaxChainLength) {
            if (tooLong)
                *tooLong = true;
            break;
        }
        Result<runs::Run> found = store.run(previous);
        if (!found.ok())
            break;
        current = *found;
    }
    return chain;
}

Result<TriggerEvaluation> PipelineTrigger::evaluate(qint64 runId) const
{
    runs::RunStore store(m_workspace);
    Result<runs::RunDetails> details = store.runDetails(runId);
    if (!details.ok())
        return details.error();
    const runs::Run &run = details->run;
    if (run.state != runs::RunState::Completed)
        return makeError(ErrorCode::Conflict, QStringLiteral("run %1 has not completed; it triggers nothing yet").arg(runId));

    TriggerEvaluation evaluation;
    pipeline::PipelineService pipelines(m_workspace);
    Result<QList<pipeline::PipelineDefinition>> all = pipelines.list();
    if (!all.ok())
        return all.error();

    PipelineResourceResolver resolver(m_workspace);
    TriggeringRun triggering;
    triggering.result = run.result;
    triggering.tags = run.tags;
    for (const runs::TimelineRecord &record : details->timeline) {
        if (record.type == runs::RecordType::Stage && record.state == runs::RunState::Completed && record.result)
            triggering.stageResults.insert(record.name, *record.result);
    }
    const QPair<QString, QString> source = resolver.sourceOf(run);
    triggering.sourceBranch = source.first;
    QString runRepository;
    if (run.pipelineId) {
        if (Result<pipeline::PipelineDefinition> own = pipelines.get(*run.pipelineId); own.ok())
            runRepository = cleanFolder(own->repositoryDir);
    }

    bool chainTooLong = false;
    const QStringList chain = triggerChain(run, &chainTooLong);
    for (const pipeline::PipelineDefinition &candidate : std::as_const(*all)) {
        // Its resources as expanded; when expansion failed, as written (to say why it is not run).
        const pipeline::CompileResult compiled = pipeline::PipelineService::compile(candidate);
        const pipeline::YamlParseResult parsed =
            compiled.expandedYaml.isEmpty()
                ? pipeline::YamlParser::parseFile(candidate.entryFile())
                : pipeline::YamlParser::parse(compiled.expandedYaml.toUtf8(), candidate.entryFile());
        const QList<ResourceTrigger> triggers = triggersOn(parsed.root, run.pipelineName);
        if (triggers.isEmpty())
            continue;
        if (chain.contains(candidate.name, Qt::CaseInsensitive)) {
            evaluation.notes.append(QStringLiteral("%1 is not triggered: it already ran in this trigger chain (%2)")
                                        .arg(candidate.name, chain.join(QStringLiteral(" ← "))));
            continue;
        }
        if (chainTooLong) {
            evaluation.notes.append(QStringLiteral("%1 is not triggered: the trigger chain is longer than %2 runs")
                                        .arg(candidate.name)
                                        .arg(kMaxChainLength));
            continue;
        }
        if (!compiled.plan) {
            QString firstError;
            for (const Diagnostic &diagnostic : compiled.diagnostics) {
                if (diagnostic.severity == Diagnostic::Severity::Error) {
                    firstError = diagnostic.toString();
                    break;
                }
            }
            evaluation.notes.append(QStringLiteral("%1 is not triggered: its YAML does not compile (%2)")
                                        .arg(candidate.name, firstError));
            continue;
        }
        QStringList reasons;
        const ResourceTrigger *fired = nullptr;
        for (const ResourceTrigger &trigger : triggers) {
            const QString mismatch = trigger.filter.mismatch(triggering);
            if (mismatch.isEmpty() && !trigger.alias.isEmpty()) {
                fired = &trigger;
                break;
            }
            reasons.append(QStringLiteral("resource '%1': %2").arg(trigger.alias, mismatch.isEmpty() ? QStringLiteral("it has no alias") : mismatch));
        }
        if (!fired) {
            evaluation.notes.append(QStringLiteral("%1 is not triggered: %2").arg(candidate.name, reasons.join(QStringLiteral("; "))));
            continue;
        }

        TriggeredRun triggered;
        triggered.pipeline = candidate;
        triggered.alias = fired->alias;
        RunRequest &request = triggered.request;
        request.pipelineId = candidate.id;
        request.pipelineName = candidate.name;
        request.reason = QLatin1String(kReason);
        request.requestedBy = run.requestedBy;
        request.variables = resolver.resourceVariables(fired->alias, run);
        request.variables.insert(QLatin1String(PipelineResourceResolver::kTriggeringAlias), fired->alias);
        request.variables.insert(QLatin1String(PipelineResourceResolver::kTriggeringCategory), QStringLiteral("pipeline"));
        if (!runRepository.isEmpty() && cleanFolder(candidate.repositoryDir) == runRepository) {
            request.sourceBranch = source.first;
            request.sourceVersion = source.second;
        }
        evaluation.runs.append(triggered);
    }
    return evaluation;
}

Result<QStringList> PipelineTrigger::fire(qint64 runId, const QString &agentProgram) const
{
    Result<TriggerEvaluation> evaluation = evaluate(runId);
    if (!evaluation.ok())
        return evaluation.error();
    QStringList lines = evaluation->notes;
    for (const TriggeredRun &triggered : std::as_const(evaluation->runs)) {
        Result<runs::Run> queued = RunSession::queue(m_workspace, triggered.request, agentProgram);
        if (queued.ok())
            lines.append(QStringLiteral("Run %1 triggered run %2 of %3 (pipeline resource '%4')")
                             .arg(runId)
                             .arg(queued->id)
                             .arg(triggered.pipeline.name, triggered.alias));
        else
            lines.append(QStringLiteral("Run %1 could not trigger %2: %3").arg(runId).arg(triggered.pipeline.name, queued.error().message));
    }
    return lines;
}

}  // namespace mlops::agent
