#include "pipelineharness.h"

#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/logstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <thread>

namespace mlops::testing {

const runs::TimelineRecord *PipelineOutcome::record(const QString &name) const
{
    for (const runs::TimelineRecord &r : details.timeline) {
        if (r.name == name || r.displayName == name)
            return &r;
    }
    return nullptr;
}

QString PipelineOutcome::logOf(const QString &name) const
{
    const runs::TimelineRecord *r = record(name);
    if (!r || r->logPath.isEmpty() || !workspace)
        return {};
    QFile file(runs::LogStore(workspace->directory()).absolutePath(r->logPath));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

PipelineOutcome runPipeline(const QString &base, const QString &yaml, agent::OrchestratorOptions options,
                            const std::function<void(agent::Orchestrator &)> &during, const PipelineSetup &setup)
{
    PipelineOutcome outcome;
    const QString repo = base + QStringLiteral("/repo");
    QDir().mkpath(repo);
    QFile file(repo + QStringLiteral("/azure-pipelines.yml"));
    if (!file.open(QIODevice::WriteOnly))
        return outcome;
    file.write(yaml.toUtf8());
    file.close();
    pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(file.fileName(), {});
    for (const Diagnostic &diagnostic : compiled.diagnostics)
        qWarning() << diagnostic.message;
    if (!compiled.plan)
        return outcome;
    auto workspace = store::Workspace::open(setup.workspaceDirectory.isEmpty() ? base + QStringLiteral("/ws")
                                                                             : setup.workspaceDirectory);
    if (!workspace.ok())
        return outcome;
    outcome.workspace = *workspace;
    runs::RunStore store(*workspace);
    runs::NewRun newRun;
    newRun.pipelineName = setup.pipelineName;
    newRun.requestedBy = QStringLiteral("tester");
    auto created = store.createRun(newRun);
    if (!created.ok())
        return outcome;
    outcome.runId = created->id;
    options.repositoryDirectory = repo;
    options.pipelineName = setup.pipelineName;
    QElapsedTimer timer;
    timer.start();
    agent::Orchestrator orchestrator(*workspace, options);
    std::thread helper;
    if (during)
        helper = std::thread([&] { during(orchestrator); });
    auto result = orchestrator.run(created->id, *compiled.plan);
    if (helper.joinable())
        helper.join();
    outcome.elapsedMs = timer.elapsed();
    if (result.ok()) {
        outcome.result = *result;
    } else {
        outcome.error = result.error().message;
        qWarning() << outcome.error;
    }
    outcome.details = *store.runDetails(created->id);
    if (!setup.collectLogs)
        return outcome;
    QDirIterator it((*workspace)->directory() + QStringLiteral("/logs"), {QStringLiteral("*.log")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile log(it.next());
        if (log.open(QIODevice::ReadOnly))
            outcome.logs += QString::fromUtf8(log.readAll());
    }
    return outcome;
}

}  // namespace mlops::testing
