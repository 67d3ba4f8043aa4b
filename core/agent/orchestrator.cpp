#include "core/agent/orchestrator.h"

#include "core/agent/deploymentjobrunner.h"
#include "core/agent/jobrunner.h"
#include "core/agent/orchestratorgraph.h"
#include "core/agent/rerunplan.h"
#include "core/agent/runtimematrix.h"
#include "core/agent/secretmasker.h"
#include "core/agent/taskinputcheck.h"
#include "core/agent/variablemap.h"
#include "core/pipeline/expression/expression.h"
#include "core/pipeline/expression/simpleexpressioncontext.h"
#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"
#include "core/runs/joboutputstore.h"
#include "core/runs/logstore.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/runs/testresultstore.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QUuid>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace mlops::agent {

using pipeline::ExpressionValue;
using runs::RunResult;
using runs::RunState;

using namespace orchestration;

struct Orchestrator::Private {
    Orchestrator *self = nullptr;
    qint64 runId = 0;
    const pipeline::Plan *plan = nullptr;
    runs::RunStore *store = nullptr;
    runs::LogStore *logs = nullptr;
    runs::ArtifactStore *artifacts = nullptr;
    SecretMasker masker;
    std::mutex checkoutMutex;
    std::vector<std::unique_ptr<StageSlot>> stages;
    QString runDirectory;

    void upsert(const runs::TimelineRecord &record) const { (void)store->upsertTimelineRecord(record); }

    // Adds a scope's groups and variables to `map`; `$[ ]` values evaluated in `context`.
    Result<void> applyScope(VariableMap &map, const pipeline::PlanVariables &scope,
                            pipeline::SimpleExpressionContext &context, const OrchestratorOptions &options)
    {
        for (const pipeline::PlanVariableGroupRef &group : scope.groups) {
            if (!options.resolveGroup)
                return makeError(ErrorCode::Unsupported,
                                 QStringLiteral("variable group '%1' cannot be resolved here").arg(group.name));
            Result<QList<Variable>> variables = options.resolveGroup(group.name);
            if (!variables.ok())
                return makeError(variables.error().code,
                                 QStringLiteral("variable group '%1': %2").arg(group.name, variables.error().message));
            for (const Variable &variable : *variables) {
                if (variable.isSecret)
                    masker.addSecret(variable.value);
                map.set(variable);
            }
        }
        for (const pipeline::PlanVariable &variable : scope.variables) {
            QString value = variable.value;
            if (variable.isRuntimeExpression) {
                context.setNamedValue(QStringLiteral("variables"), variablesValue(map));
                auto evaluated = pipeline::Expression::evaluate(
                    variable.value, pipeline::ExpressionParseOptions::forRuntimeVariable(), context);
                if (!evaluated.ok())
                    return makeError(ErrorCode::InvalidInput, QStringLiteral("variable '%1': $[ %2 ]: %3")
                                                                  .arg(variable.name, variable.value,
                                                                       evaluated.error().message));
                value = evaluated->toDisplayString();
            }
            map.set(variable.name, value, false, variable.readOnly);
        }
        return {};
    }

    QMap<QString, RunResult> stageResults() const
    {
        QMap<QString, RunResult> results;
        for (const auto &stage : stages) {
            if (stage->phase == Phase::Done)
                results.insert(stage->stage->name, stage->result);
        }
        return results;
    }

    ExpressionValue stageDependencies() const
    {
        QList<ExpressionValue::Member> members;
        for (const auto &stage : stages) {
            if (stage->phase != Phase::Done)
                continue;
            QList<ExpressionValue::Member> jobs;
            for (const JobView &job : doneJobs(stage->jobs))
                jobs.append({job.name, jobValue(job)});
            members.append({stage->stage->name, ExpressionValue::object(jobs)});
        }
        return ExpressionValue::object(members);
    }

    // dependencies.<stage>.result / outputs['job.step.var'] for a stage's condition.
    ExpressionValue stageLevelDependencies() const
    {
        QList<ExpressionValue::Member> members;
        for (const auto &stage : stages) {
            if (stage->phase != Phase::Done)
                continue;
            QMap<QString, QString> outputs;
            for (const JobView &job : doneJobs(stage->jobs)) {
                for (auto it = job.outputs.cbegin(); it != job.outputs.cend(); ++it)
                    outputs.insert(job.name + QLatin1Char('.') + it.key(), it.value());
            }
            members.append({stage->stage->name,
                            ExpressionValue::object({{QStringLiteral("result"),
                                                      ExpressionValue::string(JobRunner::resultName(stage->result))},
                                                     {QStringLiteral("outputs"), stringObject(outputs)}})});
        }
        return ExpressionValue::object(members);
    }
};

Orchestrator::Orchestrator(std::shared_ptr<store::Workspace> workspace, OrchestratorOptions options)
    : m_workspace(std::move(workspace)), m_options(std::move(options))
{
}

Orchestrator::~Orchestrator() = default;

Result<RunResult> Orchestrator::run(qint64 runId, const pipeline::Plan &plan)
{
    runs::RunStore store(m_workspace);
    runs::LogStore logs(m_workspace->directory());
    runs::ArtifactStore artifacts(m_workspace);
    runs::TestResultStore testResultStore(m_workspace);
    runs::CoverageStore coverageStore(m_workspace);
    Private d;
    d.self = this;
    d.runId = runId;
    d.plan = &plan;
    d.store = &store;
    d.logs = &logs;
    d.artifacts = &artifacts;

    Result<runs::Run> started =
        store.startRun(runId, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks());
    if (!started.ok())
        return started.error();
    const runs::Run run = *started;
    auto failRun = [&](const Error &error) -> Result<RunResult> {
        (void)store.completeRun(runId, RunResult::Failed, d.masker.mask(error.message));
        return error;
    };
    // A task missing a required input cannot work: the run fails before any stage starts.
    if (const Diagnostics missing = TaskInputCheck::check(plan); !missing.isEmpty()) {
        QStringList messages;
        for (const Diagnostic &diagnostic : missing)
            messages.append(diagnostic.toString());
        return failRun(makeError(ErrorCode::InvalidInput, QStringLiteral("no step was run: ") + messages.join(QStringLiteral("; "))));
    }

    // Folders and predefined variables (LANGUAGE.md §14, §16).
    d.runDirectory = QDir(m_workspace->directory()).filePath(QStringLiteral("runs/%1").arg(runId));
    const QDir runDir(d.runDirectory);
    const QString sources = runDir.filePath(QStringLiteral("s"));
    const QString staging = runDir.filePath(QStringLiteral("a"));
    const QString binaries = runDir.filePath(QStringLiteral("b"));
    const QString testResults = runDir.filePath(QStringLiteral("TestResults"));
    const QString temp = runDir.filePath(QStringLiteral("_temp"));
    for (const QString &folder : {staging, binaries, testResults, temp}) {
        if (!QDir().mkpath(folder))
            return failRun(makeError(ErrorCode::Io, QStringLiteral("cannot create the run folder %1").arg(folder)));
    }
    VariableMap base;
    auto system = [&base](const QString &name, const QString &value) { base.set(name, value, false, true); };
    const QString number = run.number.isEmpty() ? QString::number(runId) : run.number;
    system(QStringLiteral("Build.BuildId"), QString::number(runId));
    system(QStringLiteral("Build.BuildNumber"), number);
    system(QStringLiteral("Build.DefinitionName"), m_options.pipelineName.isEmpty() ? run.pipelineName : m_options.pipelineName);
    system(QStringLiteral("Build.Reason"), reasonName(run.reason));
    system(QStringLiteral("Build.RequestedFor"), run.requestedBy);
    system(QStringLiteral("Build.QueuedBy"), run.requestedBy);
    // The commit and branch of the run, else those of the repository folder now.
    const QString branch = !run.sourceBranch.isEmpty()
                               ? run.sourceBranch
                               : gitOutput(m_options.repositoryDirectory, {QStringLiteral("symbolic-ref"), QStringLiteral("-q"),
                                                                          QStringLiteral("HEAD")});
    const QString commit = !run.sourceVersion.isEmpty()
                               ? run.sourceVersion
                               : gitOutput(m_options.repositoryDirectory, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    system(QStringLiteral("Build.SourceBranch"), branch);
    system(QStringLiteral("Build.SourceBranchName"), branch.section(QLatin1Char('/'), -1));
    // A folder that is no git work tree has no commit, but Azure always has one (steps and
    // `$[ substring(variables['Build.SourceVersion'], 0, 7) ]` rely on it): such a run gets
    // git's null object id, 40 zeros — stable, and plainly "no commit".
    system(QStringLiteral("Build.SourceVersion"), commit.isEmpty() ? QString(40, QLatin1Char('0')) : commit);
    system(QStringLiteral("Build.SourcesDirectory"), sources);
    system(QStringLiteral("Build.Repository.LocalPath"), sources);
    system(QStringLiteral("Build.ArtifactStagingDirectory"), staging);
    system(QStringLiteral("Build.StagingDirectory"), staging);
    system(QStringLiteral("Build.BinariesDirectory"), binaries);
    system(QStringLiteral("System.DefaultWorkingDirectory"), sources);
    system(QStringLiteral("System.ArtifactsDirectory"), staging);
    system(QStringLiteral("System.TeamProject"), QDir(m_workspace->directory()).dirName());
    system(QStringLiteral("System.HostType"), QStringLiteral("build"));
    system(QStringLiteral("System.PipelineStartTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    system(QStringLiteral("Common.TestResultsDirectory"), testResults);
    system(QStringLiteral("Pipeline.Workspace"), d.runDirectory);
    system(QStringLiteral("Agent.BuildDirectory"), d.runDirectory);
    system(QStringLiteral("Agent.TempDirectory"), temp);
    system(QStringLiteral("Agent.WorkFolder"), QDir(m_workspace->directory()).filePath(QStringLiteral("runs")));
    system(QStringLiteral("Agent.OS"), QStringLiteral("Linux"));
    system(QStringLiteral("Agent.MachineName"), QSysInfo::machineHostName());
    system(QStringLiteral("Agent.Name"), QStringLiteral("local"));

    pipeline::SimpleExpressionContext rootContext;
    if (Result<void> applied = d.applyScope(base, plan.variables, rootContext, m_options); !applied.ok())
        return failRun(applied.error());

    QMap<QString, QString> environment = m_options.baseEnvironment;
    if (environment.isEmpty()) {
        const QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment();
        const QStringList keys = inherited.keys();
        for (const QString &key : keys)
            environment.insert(key, inherited.value(key));
    }
    // Steps that call `mlops` work on this run's workspace.
    environment.insert(QString::fromLatin1(store::Workspace::kEnvVariable), m_workspace->directory());
    // …and `mlops model register` records this run as the version's lineage.
    environment.insert(QStringLiteral("MLOPS_RUN_ID"), QString::number(runId));
    if (!m_options.prependPaths.isEmpty()) {
        const QString path = environment.value(QStringLiteral("PATH"));
        environment.insert(QStringLiteral("PATH"), m_options.prependPaths.join(QLatin1Char(':')) +
                                                       (path.isEmpty() ? QString() : QLatin1Char(':') + path));
    }

    // Timeline: every stage and job pending.
    QList<runs::TimelineRecord> records;
    int stageOrder = 0;
    for (const pipeline::PlanStage &stage : plan.stages) {
        auto slot = std::make_unique<StageSlot>();
        slot->stage = &stage;
        slot->record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        slot->record.runId = runId;
        slot->record.type = runs::RecordType::Stage;
        slot->record.name = stage.name;
        slot->record.displayName = stage.displayName.isEmpty() ? stage.name : stage.displayName;
        slot->record.order = ++stageOrder;
        records.append(slot->record);
        int jobOrder = 0;
        for (const pipeline::PlanJob &job : stage.jobs) {
            // One instance per matrix leg / parallel slice (LANGUAGE.md §14).
            QList<std::pair<QString, QList<pipeline::PlanVariable>>> legs;
            for (const auto &leg : job.strategy.matrix)
                legs.append({leg.first, leg.second});
            for (int i = 1; legs.isEmpty() && job.strategy.parallel > 1 && i <= job.strategy.parallel; ++i)
                legs.append({QStringLiteral("Job%1").arg(i), {}});
            if (legs.isEmpty())
                legs.append({QString(), {}});
            for (qsizetype i = 0; i < legs.size(); ++i) {
                auto jobSlot = std::make_unique<JobSlot>();
                jobSlot->job = &job;
                jobSlot->leg = legs.at(i).first;
                jobSlot->legVariables = legs.at(i).second;
                jobSlot->position = int(i) + 1;
                jobSlot->total = int(legs.size());
                jobSlot->record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                jobSlot->record.runId = runId;
                jobSlot->record.parentId = slot->record.id;
                jobSlot->record.type = runs::RecordType::Job;
                jobSlot->record.name = job.name;
                jobSlot->record.displayName = job.displayName.isEmpty() ? job.name : job.displayName;
                if (!jobSlot->leg.isEmpty())
                    jobSlot->record.displayName += QLatin1Char(' ') + jobSlot->leg;
                jobSlot->record.order = ++jobOrder;
                records.append(jobSlot->record);
                slot->jobs.push_back(std::move(jobSlot));
            }
        }
        d.stages.push_back(std::move(slot));
    }
    if (Result<void> written = store.upsertTimelineRecords(records); !written.ok())
        return failRun(written.error());
    if (m_options.rerun) {  // the kept jobs' artifacts, before any job may download them
        if (Result<QStringList> copied = m_options.rerun->copyArtifacts(m_workspace, runId); !copied.ok())
            return failRun(copied.error());
    }
    const runs::JobOutputStore jobOutputs(m_workspace->directory());

    const int limit = m_options.maxParallelJobs > 0 ? m_options.maxParallelJobs
                                                    : std::max(1, int(std::thread::hardware_concurrency()));
    std::mutex mutex;
    std::condition_variable finishedSignal;
    int running = 0;
    std::optional<Error> fatal;

    auto complete = [&](runs::TimelineRecord &record, RunResult result) {
        record.state = RunState::Completed;
        record.result = result;
        if (!record.startedAt.isValid() && result != RunResult::Skipped)
            record.startedAt = QDateTime::currentDateTimeUtc();
        record.finishedAt = QDateTime::currentDateTimeUtc();
        d.upsert(record);
    };
    auto conditionError = [&](runs::TimelineRecord &record, const QString &message) {
        record.issues.append(runs::Issue{runs::IssueType::Error, d.masker.mask(message), {}, 0, 0, {}});
        ++record.errorCount;
        complete(record, RunResult::Failed);
    };

    auto startStage = [&](StageSlot &stage) {
        const bool canceled = m_cancel.load();
        pipeline::SimpleExpressionContext context;
        context.setNamedValue(QStringLiteral("variables"), variablesValue(base));
        context.setNamedValue(QStringLiteral("dependencies"), d.stageLevelDependencies());
        const QMap<QString, RunResult> results = d.stageResults();
        const QStringList dependsOn = stage.stage->dependsOn;
        context.setStatusCallback([&](pipeline::StatusFunction function, const QStringList &names) {
            return statusOf(function, names, dependsOn, results, canceled);
        });
        const QString condition = stage.stage->condition.trimmed().isEmpty() ? QStringLiteral("succeeded()")
                                                                              : stage.stage->condition;
        const bool toSkip = m_options.stagesToSkip.contains(stage.stage->name, Qt::CaseInsensitive);
        // A stage to skip: its own condition is not evaluated.
        auto holds = pipeline::Expression::evaluate(toSkip ? QStringLiteral("false") : condition,
                                                    pipeline::ExpressionParseOptions::forCondition(), context);
        stage.phase = Phase::Done;
        if (!holds.ok()) {
            stage.result = RunResult::Failed;
            conditionError(stage.record, QStringLiteral("stage '%1': condition '%2': %3")
                                             .arg(stage.stage->name, condition, holds.error().message));
        } else if (!holds->toBoolean()) {
            stage.result = canceled && !toSkip ? RunResult::Canceled : RunResult::Skipped;
            complete(stage.record, stage.result);
        } else {
            stage.variables = base;
            stage.variables.set(QStringLiteral("System.StageName"), stage.stage->name, false, true);
            stage.variables.set(QStringLiteral("System.StageDisplayName"), stage.record.displayName, false, true);
            Result<void> applied = d.applyScope(stage.variables, stage.stage->variables, context, m_options);
            if (!applied.ok()) {
                stage.result = RunResult::Failed;
                conditionError(stage.record, applied.error().message);
            } else {
                stage.phase = Phase::Running;
                stage.record.state = RunState::InProgress;
                stage.record.startedAt = QDateTime::currentDateTimeUtc();
                d.upsert(stage.record);
                return;
            }
        }
        for (const auto &job : stage.jobs) {
            job->phase = Phase::Done;
            job->result = stage.result == RunResult::Canceled ? RunResult::Canceled : RunResult::Skipped;
            complete(job->record, job->result);
        }
    };

    auto startJob = [&](StageSlot &stage, JobSlot &job) {
        if (m_options.rerun) {  // a job that succeeded in the run re-run: taken over, not run
            if (std::optional<KeptJobResult> kept =
                    m_options.rerun->takeOver(stage.stage->name, job.job->name, job.record, store)) {
                job.phase = Phase::Done;
                job.result = kept->result;
                job.outputs = kept->outputs;
                return;
            }
        }
        const bool canceled = m_cancel.load();
        QMap<QString, RunResult> results;
        QList<ExpressionValue::Member> dependencies;
        for (const JobView &other : doneJobs(stage.jobs)) {
            results.insert(other.name, other.result);
            dependencies.append({other.name, jobValue(other)});
        }
        pipeline::SimpleExpressionContext context;
        context.setNamedValue(QStringLiteral("variables"), variablesValue(stage.variables));
        context.setNamedValue(QStringLiteral("dependencies"), ExpressionValue::object(dependencies));
        context.setNamedValue(QStringLiteral("stageDependencies"), d.stageDependencies());
        const QStringList dependsOn = job.job->dependsOn;
        context.setStatusCallback([&](pipeline::StatusFunction function, const QStringList &names) {
            return statusOf(function, names, dependsOn, results, canceled);
        });
        const QString condition = job.job->condition.trimmed().isEmpty() ? QStringLiteral("succeeded()")
                                                                          : job.job->condition;
        auto holds = pipeline::Expression::evaluate(condition, pipeline::ExpressionParseOptions::forCondition(), context);
        if (!holds.ok() || !holds->toBoolean()) {
            job.phase = Phase::Done;
            if (!holds.ok()) {
                job.result = RunResult::Failed;
                conditionError(job.record, QStringLiteral("job '%1': condition '%2': %3")
                                               .arg(job.job->name, condition, holds.error().message));
            } else {
                job.result = canceled ? RunResult::Canceled : RunResult::Skipped;
                complete(job.record, job.result);
            }
            return;
        }
        if (!job.job->strategy.matrixExpression.isEmpty() && job.leg.isEmpty()) {  // legs known only now
            Result<QList<RuntimeMatrix::Leg>> legs = RuntimeMatrix::evaluate(job.job->strategy.matrixExpression, context);
            if (!legs.ok() || legs->isEmpty()) {
                job.phase = Phase::Done;
                job.result = legs.ok() ? RunResult::Skipped : RunResult::Failed;
                if (legs.ok())
                    complete(job.record, job.result);
                else
                    conditionError(job.record, QStringLiteral("job '%1': %2").arg(job.job->name, legs.error().message));
                return;
            }
            for (const runs::TimelineRecord &record : RuntimeMatrix::expand(stage.jobs, job, *legs))
                d.upsert(record);
        }
        JobRunRequest request;
        request.variables = stage.variables;
        request.variables.set(QStringLiteral("System.JobName"), job.job->name, false, true);
        request.variables.set(QStringLiteral("System.PhaseName"), job.job->name, false, true);
        request.variables.set(QStringLiteral("Agent.JobName"), job.record.displayName, false, true);
        request.variables.set(QStringLiteral("System.JobDisplayName"), job.record.displayName, false, true);
        request.variables.set(QStringLiteral("System.JobId"), job.record.id, false, true);
        Result<void> applied = d.applyScope(request.variables, job.job->variables, context, m_options);
        if (!applied.ok()) {
            job.phase = Phase::Done;
            job.result = RunResult::Failed;
            conditionError(job.record, applied.error().message);
            return;
        }
        for (const pipeline::PlanVariable &variable : job.legVariables)
            request.variables.set(variable.name, variable.value);
        request.variables.set(QStringLiteral("System.JobPositionInPhase"), QString::number(job.position), false, true);
        request.variables.set(QStringLiteral("System.TotalJobsInPhase"), QString::number(job.total), false, true);
        for (auto it = m_options.queueVariables.cbegin(); it != m_options.queueVariables.cend(); ++it)
            request.variables.set(it.key(), it.value());
        request.runId = runId;
        request.jobRecordId = job.record.id;
        request.job = job.job;
        request.repositoryDirectory = m_options.repositoryDirectory;
        request.sourcesDirectory = sources;
        request.pipelineWorkspace = d.runDirectory;
        request.tempDirectory = temp;
        request.baseEnvironment = environment;
        request.secondsPerMinute = m_options.secondsPerMinute;
        request.killGraceMs = m_options.killGraceMs;
        request.maxStepLogBytes = m_options.maxStepLogBytes;
        request.resolvePipelineResource = [&plan](const QString &alias) {
            for (const pipeline::PlanPipelineResource &resource : plan.pipelineResources) {
                if (resource.alias.compare(alias, Qt::CaseInsensitive) == 0)
                    return resource.source;
            }
            return QString();
        };
        request.masker = &d.masker;
        request.cancel = &m_cancel;
        request.runStore = &store;
        request.logStore = &logs;
        request.artifactStore = &artifacts;
        request.testResultStore = &testResultStore;
        request.coverageStore = &coverageStore;
        request.checkoutMutex = &d.checkoutMutex;

        job.phase = Phase::Running;
        job.record.state = RunState::InProgress;
        job.record.startedAt = QDateTime::currentDateTimeUtc();
        d.upsert(job.record);
        ++running;
        JobSlot *slot = &job;
        job.thread = std::thread([&mutex, &finishedSignal, slot, request = std::move(request)]() mutable {
            JobRunResult result = slot->job->isDeployment ? DeploymentJobRunner(std::move(request)).run()
                                                          : JobRunner(std::move(request)).run();
            std::lock_guard<std::mutex> lock(mutex);
            slot->result = result.result;
            slot->outputs = result.outputs;
            slot->record.errorCount = result.errorCount;
            slot->record.warningCount = result.warningCount;
            slot->finished = true;
            finishedSignal.notify_all();
        });
    };

    auto allDone = [&](const std::vector<std::unique_ptr<JobSlot>> &jobs, const QStringList &names) {
        for (const QString &name : names) {
            for (const auto &job : jobs) {
                if (job->job->name.compare(name, Qt::CaseInsensitive) == 0 && job->phase != Phase::Done)
                    return false;
            }
        }
        return true;
    };
    auto stageDepsDone = [&](const StageSlot &stage) {
        for (const QString &name : stage.stage->dependsOn) {
            for (const auto &other : d.stages) {
                if (other->stage->name.compare(name, Qt::CaseInsensitive) == 0 && other->phase != Phase::Done)
                    return false;
            }
        }
        return true;
    };

    for (;;) {
        bool progress = true;
        while (progress) {
            progress = false;
            for (const auto &stage : d.stages) {
                if (stage->phase == Phase::Waiting && stageDepsDone(*stage)) {
                    startStage(*stage);
                    progress = true;
                }
                if (stage->phase != Phase::Running)
                    continue;
                bool stageDone = true;
                for (std::size_t k = 0; k < stage->jobs.size(); ++k) {  // startJob may add matrix legs
                    JobSlot *job = stage->jobs[k].get();
                    const int cap = job->job->strategy.maxParallel;
                    const auto sameJobRunning = std::count_if(stage->jobs.cbegin(), stage->jobs.cend(), [&](const auto &other) {
                        return other->job == job->job && other->phase == Phase::Running;
                    });
                    if (job->phase == Phase::Waiting && running < limit && (cap <= 0 || sameJobRunning < cap) &&
                        allDone(stage->jobs, job->job->dependsOn)) {
                        startJob(*stage, *job);
                        progress = true;
                    }
                    stageDone &= job->phase == Phase::Done;
                }
                if (stageDone) {
                    QList<RunResult> results;
                    for (const auto &job : stage->jobs)
                        results.append(job->result);
                    stage->phase = Phase::Done;
                    stage->result = aggregate(results);
                    complete(stage->record, stage->result);
                    progress = true;
                }
            }
        }
        const bool finished = std::all_of(d.stages.cbegin(), d.stages.cend(),
                                          [](const auto &stage) { return stage->phase == Phase::Done; });
        if (finished)
            break;
        if (running == 0) {
            fatal = makeError(ErrorCode::Internal, QStringLiteral("the stage/job graph cannot make progress (cycle?)"));
            break;
        }
        std::unique_lock<std::mutex> lock(mutex);
        finishedSignal.wait_for(lock, std::chrono::milliseconds(200));
        for (const auto &stage : d.stages) {
            for (const auto &job : stage->jobs) {
                if (job->phase != Phase::Running || !job->finished)
                    continue;
                lock.unlock();
                job->thread.join();
                lock.lock();
                --running;
                job->phase = Phase::Done;
                if (job->result == RunResult::Failed && job->job->continueOnError)
                    job->result = RunResult::SucceededWithIssues;
                complete(job->record, job->result);
                (void)jobOutputs.save(runId, job->record.id, RerunPlan::outputsToKeep(job->outputs, d.masker));
            }
        }
    }
    for (const auto &stage : d.stages) {
        for (const auto &job : stage->jobs) {
            if (job->thread.joinable())
                job->thread.join();
        }
    }
    if (fatal)
        return failRun(*fatal);

    QList<RunResult> results;
    for (const auto &stage : d.stages)
        results.append(stage->result);
    RunResult result = aggregate(results);
    if (m_cancel.load())
        result = RunResult::Canceled;
    if (result == RunResult::Skipped)
        result = RunResult::Succeeded;
    if (Result<runs::Run> completed = store.completeRun(runId, result); !completed.ok())
        return completed.error();
    return result;
}

}  // namespace mlops::agent
