#include "core/agent/agentprocess.h"

#include "core/agent/orchestrator.h"
#include "core/agent/pipelineresourceresolver.h"
#include "core/agent/pipelinetrigger.h"
#include "core/agent/rerunplan.h"
#include "core/library/keychainsecretstore.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace mlops::agent {

namespace {

std::atomic<Orchestrator *> s_current{nullptr};

void onTerminate(int)
{
    if (Orchestrator *orchestrator = s_current.load())
        orchestrator->cancel();
}

QMap<QString, QString> textMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    return map;
}

}  // namespace

Result<runs::RunResult> AgentProcess::run(const AgentRunOptions &options)
{
    Result<std::shared_ptr<store::Workspace>> opened = store::Workspace::open(options.workspaceDirectory);
    if (!opened.ok())
        return opened.error();
    std::shared_ptr<store::Workspace> workspace = *opened;
    runs::RunStore store(workspace);
    (void)store.recoverAbandonedRuns();
    Result<runs::Run> found = store.run(options.runId);
    if (!found.ok())
        return found.error();
    const runs::Run run = *found;
    if (run.state != runs::RunState::Pending)
        return makeError(ErrorCode::Conflict, QStringLiteral("run %1 is not queued (it was already taken by an agent)")
                                                  .arg(options.runId));

    auto failBeforeStart = [&](const QString &message) -> Result<runs::RunResult> {
        (void)store.startRun(run.id, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks());
        (void)store.completeRun(run.id, runs::RunResult::Failed, message);
        return runs::RunResult::Failed;
    };

    // The pipeline: the registered one of the run, or the given file.
    pipeline::CompileOptions compileOptions;
    compileOptions.parameters = textMap(run.parameters);
    compileOptions.variables = textMap(run.variables);
    compileOptions.repositories = options.repositories;
    QString entryFile = options.pipelineFile;
    QString repositoryDir = options.repositoryDirectory;
    if (entryFile.isEmpty()) {
        if (!run.pipelineId)
            return failBeforeStart(QStringLiteral("run %1 names no registered pipeline and no file was given").arg(run.id));
        pipeline::PipelineService pipelines(workspace);
        Result<pipeline::PipelineDefinition> definition = pipelines.get(*run.pipelineId);
        if (!definition.ok())
            return failBeforeStart(definition.error().message);
        entryFile = definition->entryFile();
        repositoryDir = definition->repositoryDir;
    }
    if (repositoryDir.isEmpty())
        repositoryDir = compileOptions.repositories.value(QStringLiteral("self"), QFileInfo(entryFile).absolutePath());
    if (!compileOptions.repositories.contains(QStringLiteral("self")))
        compileOptions.repositories.insert(QStringLiteral("self"), repositoryDir);

    auto secrets = std::make_shared<library::KeychainSecretStore>();
    library::VariableGroupService groups(workspace, secrets);
    compileOptions.variableGroupExists = [&groups](const QString &name) { return groups.findByName(name).ok(); };
    const pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(entryFile, compileOptions);
    if (!compiled.plan) {
        QStringList messages;
        for (const Diagnostic &diagnostic : compiled.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                messages.append(diagnostic.toString());
        }
        return failBeforeStart(QStringLiteral("the pipeline does not compile: ") + messages.join(QStringLiteral("; ")));
    }
    // The run of each `resources.pipelines` entry (the triggering run, a pinned one, or
    // the newest succeeded), its variables, and the downloads that take it.
    Result<ResolvedResources> resources = PipelineResourceResolver(workspace).resolve(run, *compiled.plan);
    if (!resources.ok())
        return failBeforeStart(resources.error().message);
    for (const QString &note : std::as_const(resources->notes))
        std::fprintf(stdout, "%s\n", note.toLocal8Bit().constData());

    OrchestratorOptions orchestratorOptions;
    if (run.launch.failedJobsOnly) {  // "re-run failed jobs": the original's kept jobs are taken over
        Result<RerunPlan> rerun = RerunPlan::load(workspace, run.launch.rerunOf);
        if (!rerun.ok())
            return failBeforeStart(QStringLiteral("cannot re-run the failed jobs of run %1: %2")
                                       .arg(run.launch.rerunOf)
                                       .arg(rerun.error().message));
        for (const QString &note : rerun->notes())
            std::fprintf(stdout, "%s\n", note.toLocal8Bit().constData());
        orchestratorOptions.rerun = std::make_shared<const RerunPlan>(std::move(rerun).value());
    }
    orchestratorOptions.stagesToSkip = run.launch.stagesToSkip;
    orchestratorOptions.maxParallelJobs = options.maxParallelJobs;
    orchestratorOptions.secondsPerMinute = options.secondsPerMinute;
    orchestratorOptions.pipelineName = run.pipelineName;
    orchestratorOptions.repositoryDirectory = repositoryDir;
    orchestratorOptions.queueVariables = textMap(run.variables);
    for (auto it = resources->variables.cbegin(); it != resources->variables.cend(); ++it)
        orchestratorOptions.queueVariables.insert(it.key(), it.value());
    orchestratorOptions.prependPaths = options.prependPaths;
    orchestratorOptions.resolveGroup = [&groups](const QString &name) -> Result<QList<Variable>> {
        Result<library::VariableGroup> group = groups.findByName(name);
        if (!group.ok())
            return group.error();
        QList<Variable> variables;
        for (const library::Variable &variable : group->variables) {
            Variable resolved;
            resolved.name = variable.name;
            resolved.isSecret = variable.isSecret;
            if (variable.isSecret) {
                Result<QString> value = groups.secretValue(group->id, variable.name);
                if (!value.ok())
                    return makeError(value.error().code, QStringLiteral("secret '%1': %2").arg(variable.name, value.error().message));
                resolved.value = *value;
            } else {
                resolved.value = variable.value;
            }
            variables.append(resolved);
        }
        return variables;
    };

    Orchestrator orchestrator(workspace, orchestratorOptions);
    s_current.store(&orchestrator);
    struct sigaction action {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    struct sigaction previousTerm {}, previousInt {};
    ::sigaction(SIGTERM, &action, &previousTerm);
    ::sigaction(SIGINT, &action, &previousInt);
    Result<runs::RunResult> result = orchestrator.run(run.id, resources->plan);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    ::sigaction(SIGINT, &previousInt, nullptr);
    s_current.store(nullptr);
    // Pipeline completion triggers: the pipelines whose resources.pipelines fire on this
    // run are queued, each in its own agent (this program), after this run completed.
    if (result.ok() && QCoreApplication::instance()) {
        Result<QStringList> fired = PipelineTrigger(workspace).fire(run.id, QCoreApplication::applicationFilePath());
        const QStringList lines = fired.ok() ? *fired : QStringList{fired.error().message};
        for (const QString &line : lines)
            std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stdout);
    }
    return result;
}

}  // namespace mlops::agent
