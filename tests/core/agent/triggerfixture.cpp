#include "triggerfixture.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/artifactstore.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

using namespace mlops;

TriggerFixture::TriggerFixture(const QString &baseDirectory, const QMap<QString, QString> &pipelines)
{
    repo = baseDirectory + QStringLiteral("/repo");
    QDir().mkpath(repo);
    Result<std::shared_ptr<store::Workspace>> opened = store::Workspace::open(baseDirectory + QStringLiteral("/ws"));
    if (!opened.ok()) {
        m_problem = opened.error().message;
        return;
    }
    workspace = *opened;
    pipeline::PipelineService service(workspace);
    for (auto it = pipelines.cbegin(); it != pipelines.cend(); ++it) {
        const QString file = it.key().toLower() + QStringLiteral(".yml");
        QFile out(QDir(repo).filePath(file));
        if (!out.open(QIODevice::WriteOnly)) {
            m_problem = QStringLiteral("cannot write %1").arg(out.fileName());
            return;
        }
        out.write(it.value().toUtf8());
        out.close();
        Result<pipeline::PipelineDefinition> created = service.create(it.key(), repo, file);
        if (!created.ok()) {
            m_problem = created.error().message;
            return;
        }
        ids.insert(it.key(), created->id);
    }
}

qint64 TriggerFixture::completedRun(const TriggerRunSpec &spec) const
{
    runs::RunStore store(workspace);
    runs::NewRun newRun;
    if (ids.contains(spec.pipeline))
        newRun.pipelineId = ids.value(spec.pipeline);
    newRun.pipelineName = spec.pipeline;
    newRun.sourceBranch = spec.branch;
    newRun.requestedBy = QStringLiteral("tester");
    newRun.variables = spec.variables;
    if (!spec.reason.isEmpty())
        newRun.reason = spec.reason;
    Result<runs::Run> created = store.createRun(newRun);
    if (!created.ok())
        return 0;
    const qint64 id = created->id;
    if (!store.startRun(id, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks()).ok())
        return 0;
    int order = 0;
    for (auto it = spec.stages.cbegin(); it != spec.stages.cend(); ++it) {
        runs::TimelineRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.runId = id;
        record.type = runs::RecordType::Stage;
        record.name = it.key();
        record.displayName = it.key();
        record.order = order++;
        record.state = runs::RunState::Completed;
        record.result = it.value();
        if (!store.upsertTimelineRecord(record).ok())
            return 0;
    }
    if (!spec.tags.isEmpty() && !store.addTags(id, spec.tags).ok())
        return 0;
    if (!spec.artifact.isEmpty()) {
        QTemporaryDir source;
        QFile file(source.filePath(QStringLiteral("model.json")));
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(spec.artifact);
        file.close();
        if (!runs::ArtifactStore(workspace).publish(id, QStringLiteral("model"), file.fileName()).ok())
            return 0;
    }
    if (!store.completeRun(id, spec.result).ok())
        return 0;
    return id;
}

QString TriggerFixture::consumer(const QString &alias, const QString &source, const QString &trigger, const QString &steps)
{
    return QStringLiteral("trigger: none\nresources:\n  pipelines:\n  - pipeline: %1\n    source: %2\n%3steps:\n%4")
        .arg(alias, source, trigger.isEmpty() ? QString() : QStringLiteral("    trigger: ") + trigger + QLatin1Char('\n'),
             steps.isEmpty() ? QStringLiteral("- bash: echo deploy\n") : steps);
}

QString TriggerFixture::inputOf(const pipeline::PlanStep &step, const QString &name)
{
    for (const auto &input : step.inputs) {
        if (input.first.compare(name, Qt::CaseInsensitive) == 0)
            return input.second;
    }
    return {};
}
