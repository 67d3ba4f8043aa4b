// Re-running the failed jobs of a run (RerunPlan through the Orchestrator, as the agent
// process does it): a job that failed the first time (a marker file decides) runs again,
// the jobs that succeeded are taken over — not run, their records and outputs kept, their
// artifacts copied — so the dependent job gets the kept job's output and artifact and the
// re-run succeeds. Also: stageDependencies of a kept job, a job with a secret output runs
// again, a failed job's own artifact is published again without a conflict, the run's
// launch facts round-trip through RunStore, Rerunner's checks and RunCanceller on a queued run.

#include "core/agent/orchestrator.h"
#include "core/agent/rerunner.h"
#include "core/agent/rerunplan.h"
#include "core/agent/runcanceller.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/artifactstore.h"
#include "core/runs/joboutputstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineCount(const QString &path) { return int(readAll(path).count('\n')); }

const runs::TimelineRecord *recordNamed(const runs::RunDetails &details, const QString &name)
{
    for (const runs::TimelineRecord &record : details.timeline) {
        if (record.name == name)
            return &record;
    }
    return nullptr;
}

QList<runs::TimelineRecord> childrenOf(const runs::RunDetails &details, const QString &parentId)
{
    QList<runs::TimelineRecord> children;
    for (const runs::TimelineRecord &record : details.timeline) {
        if (record.parentId == parentId)
            children.append(record);
    }
    return children;
}

// One workspace and one repository; runs a YAML (with MARKERS replaced by the marker
// folder) as a new run, or as the re-run of the failed jobs of an earlier run.
class Bench {
public:
    explicit Bench(const QString &yaml)
    {
        QDir().mkpath(repo());
        QDir().mkpath(markers());
        QFile file(pipelineFile());
        if (file.open(QIODevice::WriteOnly))
            file.write(QString(yaml).replace(QStringLiteral("MARKERS"), markers()).toUtf8());
        auto opened = store::Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        if (opened.ok())
            m_workspace = *opened;
    }

    QString repo() const { return m_dir.filePath(QStringLiteral("repo")); }
    QString markers() const { return m_dir.filePath(QStringLiteral("markers")); }
    QString marker(const QString &name) const { return QDir(markers()).filePath(name); }
    QString pipelineFile() const { return QDir(repo()).filePath(QStringLiteral("azure-pipelines.yml")); }
    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }

    void touch(const QString &name) const
    {
        QFile file(marker(name));
        if (file.open(QIODevice::WriteOnly))
            file.write("x\n");
    }

    // Queues and runs; rerunOf > 0: the re-run of that run's failed jobs. 0 on failure.
    qint64 run(qint64 rerunOf = 0, int maxParallelJobs = 0, QStringList *notes = nullptr)
    {
        if (!m_workspace)
            return 0;
        pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(pipelineFile(), {});
        for (const Diagnostic &diagnostic : compiled.diagnostics)
            qWarning() << diagnostic.toString();
        if (!compiled.plan)
            return 0;
        runs::RunStore store(m_workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("rerun-test");
        newRun.launch.pipelineFile = pipelineFile();
        newRun.launch.rerunOf = rerunOf;
        newRun.launch.failedJobsOnly = rerunOf > 0;
        Result<runs::Run> created = store.createRun(newRun);
        if (!created.ok())
            return 0;
        agent::OrchestratorOptions options;
        options.repositoryDirectory = repo();
        options.pipelineName = newRun.pipelineName;
        options.maxParallelJobs = maxParallelJobs;
        if (rerunOf > 0) {
            Result<agent::RerunPlan> plan = agent::RerunPlan::load(m_workspace, rerunOf);
            if (!plan.ok()) {
                qWarning() << plan.error().message;
                return 0;
            }
            if (notes)
                *notes = plan->notes();
            options.rerun = std::make_shared<const agent::RerunPlan>(std::move(plan).value());
        }
        agent::Orchestrator orchestrator(m_workspace, options);
        Result<runs::RunResult> result = orchestrator.run(created->id, *compiled.plan);
        if (!result.ok())
            qWarning() << result.error().message;
        return created->id;
    }

    runs::RunDetails details(qint64 runId) const
    {
        Result<runs::RunDetails> details = runs::RunStore(m_workspace).runDetails(runId);
        return details.ok() ? *details : runs::RunDetails{};
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
};

// Produce (an output and an artifact) and Flaky (fails until the marker "fixed" exists) run
// side by side; Consume needs both, reads Produce's output and downloads its artifact.
const QString kThreeJobs = QStringLiteral(R"Y(jobs:
- job: Produce
  steps:
  - bash: |
      echo ran >> MARKERS/produce.count
      mkdir -p "$(Build.ArtifactStagingDirectory)/model"
      echo "model of run $(Build.BuildId)" > "$(Build.ArtifactStagingDirectory)/model/model.txt"
      echo "##vso[task.setvariable variable=version;isOutput=true]v$(Build.BuildId)"
    name: setver
  - publish: $(Build.ArtifactStagingDirectory)/model
    artifact: model
- job: Flaky
  steps:
  - bash: |
      echo ran >> MARKERS/flaky.count
      test -f MARKERS/fixed
- job: Consume
  dependsOn:
  - Produce
  - Flaky
  variables:
    version: $[ dependencies.Produce.outputs['setver.version'] ]
  steps:
  - download: current
    artifact: model
  - bash: |
      echo "$(version)" > MARKERS/consumed.txt
      cat "$(Pipeline.Workspace)/model/model.txt" >> MARKERS/consumed.txt
)Y");

}  // namespace

class TestRerun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rerunOfFailedJobsRunsOnlyTheFailedOnes()
    {
        Bench bench(kThreeJobs);
        QVERIFY(bench.workspace());
        const qint64 first = bench.run();
        QVERIFY(first > 0);
        const runs::RunDetails failed = bench.details(first);
        QCOMPARE(failed.run.result, std::optional<runs::RunResult>(runs::RunResult::Failed));
        QCOMPARE(recordNamed(failed, QStringLiteral("Produce"))->result, std::optional(runs::RunResult::Succeeded));
        QCOMPARE(recordNamed(failed, QStringLiteral("Flaky"))->result, std::optional(runs::RunResult::Failed));
        QCOMPARE(recordNamed(failed, QStringLiteral("Consume"))->result, std::optional(runs::RunResult::Skipped));
        // The job that ran left its outputs for a re-run.
        Result<runs::JobOutputs> kept =
            runs::JobOutputStore(bench.workspace()->directory()).load(first, recordNamed(failed, QStringLiteral("Produce"))->id);
        QVERIFY(kept.ok());
        QCOMPARE(kept->values.value(QStringLiteral("setver.version")), QStringLiteral("v%1").arg(first));

        bench.touch(QStringLiteral("fixed"));
        const qint64 second = bench.run(first);
        QVERIFY(second > first);
        const runs::RunDetails rerun = bench.details(second);
        QVERIFY2(rerun.run.result == runs::RunResult::Succeeded, qPrintable(rerun.run.resultMessage));
        QCOMPARE(rerun.run.launch.rerunOf, first);
        QVERIFY(rerun.run.launch.failedJobsOnly);
        // Only Flaky ran again; Produce was taken over.
        QCOMPARE(lineCount(bench.marker(QStringLiteral("produce.count"))), 1);
        QCOMPARE(lineCount(bench.marker(QStringLiteral("flaky.count"))), 2);
        // Consume got the kept job's output and its artifact (both of the first run).
        QCOMPARE(readAll(bench.marker(QStringLiteral("consumed.txt"))),
                 QStringLiteral("v%1\nmodel of run %1\n").arg(first).toUtf8());

        // The kept job's records: as in the first run, under the new run, with the old logs.
        const runs::TimelineRecord *produce = recordNamed(rerun, QStringLiteral("Produce"));
        const runs::TimelineRecord *original = recordNamed(failed, QStringLiteral("Produce"));
        QVERIFY(produce && original);
        QVERIFY(produce->id != original->id);
        QCOMPARE(produce->state, runs::RunState::Completed);
        QCOMPARE(produce->result, std::optional(runs::RunResult::Succeeded));
        QCOMPARE(produce->startedAt, original->startedAt);
        const QList<runs::TimelineRecord> steps = childrenOf(rerun, produce->id);
        QCOMPARE(steps.size(), childrenOf(failed, original->id).size());
        for (const runs::TimelineRecord &step : steps) {
            QCOMPARE(step.runId, second);
            QCOMPARE(step.state, runs::RunState::Completed);
            if (!step.logPath.isEmpty())
                QVERIFY2(step.logPath.startsWith(QStringLiteral("logs/%1/").arg(first)), qPrintable(step.logPath));
        }
        QCOMPARE(recordNamed(rerun, QStringLiteral("Flaky"))->result, std::optional(runs::RunResult::Succeeded));
        QCOMPARE(recordNamed(rerun, QStringLiteral("Consume"))->result, std::optional(runs::RunResult::Succeeded));
        // The new run has the kept job's artifact.
        Result<runs::Artifact> model = runs::ArtifactStore(bench.workspace()).artifact(second, QStringLiteral("model"));
        QVERIFY(model.ok());
        QCOMPARE(model->files.size(), 1);
        QCOMPARE(model->files.first().path, QStringLiteral("model.txt"));
    }

    // A re-run of a re-run: a job kept twice still hands its first run's output on.
    void rerunOfARerunKeepsWhatBothKept()
    {
        Bench bench(QStringLiteral(R"Y(jobs:
- job: A
  steps:
  - bash: |
      echo ran >> MARKERS/a.count
      echo "##vso[task.setvariable variable=v;isOutput=true]from-$(Build.BuildId)"
    name: out
- job: B
  steps:
  - bash: |
      echo ran >> MARKERS/b.count
      test -f MARKERS/fixed-b
- job: C
  steps:
  - bash: |
      echo ran >> MARKERS/c.count
      test -f MARKERS/fixed-c
- job: D
  dependsOn: [A, B, C]
  variables:
    v: $[ dependencies.A.outputs['out.v'] ]
  steps:
  - bash: echo "$(v)" > MARKERS/d.txt
)Y"));
        const qint64 first = bench.run();
        QCOMPARE(bench.details(first).run.result, std::optional(runs::RunResult::Failed));
        bench.touch(QStringLiteral("fixed-b"));
        const qint64 second = bench.run(first);
        QCOMPARE(bench.details(second).run.result, std::optional(runs::RunResult::Failed));
        bench.touch(QStringLiteral("fixed-c"));
        const qint64 third = bench.run(second);
        const runs::RunDetails last = bench.details(third);
        QVERIFY2(last.run.result == runs::RunResult::Succeeded, qPrintable(last.run.resultMessage));
        QCOMPARE(lineCount(bench.marker(QStringLiteral("a.count"))), 1);
        QCOMPARE(lineCount(bench.marker(QStringLiteral("b.count"))), 2);
        QCOMPARE(lineCount(bench.marker(QStringLiteral("c.count"))), 3);
        QCOMPARE(readAll(bench.marker(QStringLiteral("d.txt"))), QStringLiteral("from-%1\n").arg(first).toUtf8());
    }

    void keptOutputsReachLaterStages()
    {
        Bench bench(QStringLiteral(R"Y(stages:
- stage: Build
  jobs:
  - job: A
    steps:
    - bash: |
        echo ran >> MARKERS/a.count
        echo "##vso[task.setvariable variable=tag;isOutput=true]tag-$(Build.BuildId)"
      name: out
  - job: B
    steps:
    - bash: test -f MARKERS/fixed
- stage: Deploy
  dependsOn: Build
  jobs:
  - job: Ship
    variables:
      tag: $[ stageDependencies.Build.A.outputs['out.tag'] ]
    steps:
    - bash: echo "$(tag)" > MARKERS/shipped.txt
)Y"));
        const qint64 first = bench.run();
        QCOMPARE(bench.details(first).run.result, std::optional(runs::RunResult::Failed));
        QVERIFY(!QFile::exists(bench.marker(QStringLiteral("shipped.txt"))));
        bench.touch(QStringLiteral("fixed"));
        const qint64 second = bench.run(first);
        const runs::RunDetails rerun = bench.details(second);
        QVERIFY2(rerun.run.result == runs::RunResult::Succeeded, qPrintable(rerun.run.resultMessage));
        QCOMPARE(lineCount(bench.marker(QStringLiteral("a.count"))), 1);
        QCOMPARE(readAll(bench.marker(QStringLiteral("shipped.txt"))), QStringLiteral("tag-%1\n").arg(first).toUtf8());
        QCOMPARE(recordNamed(rerun, QStringLiteral("Build"))->result, std::optional(runs::RunResult::Succeeded));
    }

    void jobWithASecretOutputRunsAgain()
    {
        Bench bench(QStringLiteral(R"Y(jobs:
- job: Secretive
  steps:
  - bash: |
      echo ran >> MARKERS/secretive.count
      echo "##vso[task.setvariable variable=token;isOutput=true;isSecret=true]s3cr3t-value"
    name: out
- job: Flaky
  steps:
  - bash: test -f MARKERS/fixed
)Y"));
        const qint64 first = bench.run();
        const runs::RunDetails failed = bench.details(first);
        QCOMPARE(failed.run.result, std::optional(runs::RunResult::Failed));
        Result<runs::JobOutputs> saved = runs::JobOutputStore(bench.workspace()->directory())
                                             .load(first, recordNamed(failed, QStringLiteral("Secretive"))->id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->withheld, QStringList{QStringLiteral("out.token")});
        QVERIFY(saved->values.isEmpty());
        QVERIFY(!readAll(runs::JobOutputStore(bench.workspace()->directory())
                             .filePath(first, recordNamed(failed, QStringLiteral("Secretive"))->id))
                     .contains("s3cr3t-value"));

        bench.touch(QStringLiteral("fixed"));
        QStringList notes;
        const qint64 second = bench.run(first, 0, &notes);
        QCOMPARE(bench.details(second).run.result, std::optional(runs::RunResult::Succeeded));
        QCOMPARE(lineCount(bench.marker(QStringLiteral("secretive.count"))), 2);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("out.token")), qPrintable(notes.first()));
    }

    // One job after the other: the artifact the failing job published before it failed is
    // not taken over, so its second attempt publishes it again.
    void failedJobsOwnArtifactIsPublishedAgain()
    {
        Bench bench(QStringLiteral(R"Y(jobs:
- job: Good
  steps:
  - bash: echo good > "$(Build.ArtifactStagingDirectory)/good.txt"
  - publish: $(Build.ArtifactStagingDirectory)/good.txt
    artifact: good
- job: Flaky
  dependsOn: Good
  steps:
  - bash: |
      mkdir -p "$(Build.ArtifactStagingDirectory)/partial"
      echo "attempt $(Build.BuildId)" > "$(Build.ArtifactStagingDirectory)/partial/p.txt"
  - publish: $(Build.ArtifactStagingDirectory)/partial
    artifact: partial
  - bash: test -f MARKERS/fixed
)Y"));
        const qint64 first = bench.run(0, 1);
        QCOMPARE(bench.details(first).run.result, std::optional(runs::RunResult::Failed));
        bench.touch(QStringLiteral("fixed"));
        const qint64 second = bench.run(first, 1);
        const runs::RunDetails rerun = bench.details(second);
        QVERIFY2(rerun.run.result == runs::RunResult::Succeeded, qPrintable(rerun.run.resultMessage));
        runs::ArtifactStore artifacts(bench.workspace());
        QVERIFY(artifacts.artifact(second, QStringLiteral("good")).ok());
        Result<runs::Artifact> partial = artifacts.artifact(second, QStringLiteral("partial"));
        QVERIFY(partial.ok());
        QTemporaryDir out;
        QVERIFY(artifacts.download(*partial, out.path()).ok());
        QCOMPARE(readAll(QDir(out.path()).filePath(QStringLiteral("p.txt"))),
                 QStringLiteral("attempt %1\n").arg(second).toUtf8());
    }

    void launchRoundTripsWithoutTouchingVariables()
    {
        QTemporaryDir dir;
        auto workspace = store::Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace.ok());
        runs::RunStore store(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("p");
        newRun.variables = QJsonObject{{QStringLiteral("color"), QStringLiteral("blue")}};
        newRun.launch.pipelineFile = QStringLiteral("/repo/p.yml");
        newRun.launch.repositories = {{QStringLiteral("self"), QStringLiteral("/repo")},
                                      {QStringLiteral("tools"), QStringLiteral("/tools")}};
        newRun.launch.rerunOf = 7;
        newRun.launch.failedJobsOnly = true;
        Result<runs::Run> created = store.createRun(newRun);
        QVERIFY(created.ok());
        QCOMPARE(created->launch, newRun.launch);
        QCOMPARE(created->variables, newRun.variables);
        runs::RunQuery query;
        Result<runs::RunPage> page = store.listRuns(query);
        QVERIFY(page.ok());
        QCOMPARE(page->runs.first().launch, newRun.launch);
        QCOMPARE(page->runs.first().variables, newRun.variables);

        runs::NewRun plain;
        plain.pipelineName = QStringLiteral("p");
        Result<runs::Run> other = store.createRun(plain);
        QVERIFY(other.ok());
        QVERIFY(other->launch.isEmpty());
        QVERIFY(other->variables.isEmpty());
    }

    void rerunnerChecksTheRun_data()
    {
        QTest::addColumn<runs::RunResult>("result");
        QTest::addColumn<bool>("failedJobs");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("failed, failed jobs") << runs::RunResult::Failed << true << true;
        QTest::newRow("canceled, failed jobs") << runs::RunResult::Canceled << true << true;
        QTest::newRow("succeeded, failed jobs") << runs::RunResult::Succeeded << true << false;
        QTest::newRow("abandoned, failed jobs") << runs::RunResult::Abandoned << true << false;
        QTest::newRow("succeeded, all jobs") << runs::RunResult::Succeeded << false << true;
    }

    void rerunnerChecksTheRun()
    {
        QFETCH(runs::RunResult, result);
        QFETCH(bool, failedJobs);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        auto workspace = store::Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace.ok());
        const QString file = dir.filePath(QStringLiteral("p.yml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly) && yaml.write("steps:\n- bash: echo hi\n") > 0);
        yaml.close();
        runs::RunStore store(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("p");
        newRun.parameters = QJsonObject{{QStringLiteral("size"), QStringLiteral("3")}};
        newRun.variables = QJsonObject{{QStringLiteral("color"), QStringLiteral("blue")}};
        newRun.launch.pipelineFile = file;
        newRun.launch.repositories = {{QStringLiteral("self"), dir.path()}};
        const qint64 id = store.createRun(newRun).value().id;
        const agent::RerunScope scope = failedJobs ? agent::RerunScope::FailedJobs : agent::RerunScope::AllJobs;
        // Not completed yet: no re-run.
        Result<agent::RunRequest> early = agent::Rerunner::request(*workspace, id, scope);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, ErrorCode::Conflict);
        QVERIFY(store.startRun(id, 1, std::nullopt).ok());
        QVERIFY(store.completeRun(id, result).ok());
        Result<agent::RunRequest> request = agent::Rerunner::request(*workspace, id, scope);
        QCOMPARE(request.ok(), allowed);
        if (!allowed) {
            QCOMPARE(request.error().code, ErrorCode::Conflict);
            return;
        }
        QCOMPARE(request->pipelineFile, file);
        QCOMPARE(request->pipelineName, QStringLiteral("p"));
        QCOMPARE(request->parameters.value(QStringLiteral("size")), QStringLiteral("3"));
        QCOMPARE(request->variables.value(QStringLiteral("color")), QStringLiteral("blue"));
        QCOMPARE(request->repositories.value(QStringLiteral("self")), dir.path());
        QCOMPARE(request->rerunOf, id);
        QCOMPARE(request->failedJobsOnly, failedJobs);

        // The file is gone: a clear NotFound.
        QVERIFY(QFile::remove(file));
        Result<agent::RunRequest> gone = agent::Rerunner::request(*workspace, id, scope);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(gone.error().message.contains(file));
    }

    void unknownRunsAndRunsWithoutFile()
    {
        QTemporaryDir dir;
        auto workspace = store::Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace.ok());
        QCOMPARE(agent::Rerunner::request(*workspace, 42, agent::RerunScope::AllJobs).error().code, ErrorCode::NotFound);
        QCOMPARE(agent::RerunPlan::load(*workspace, 42).error().code, ErrorCode::NotFound);
        runs::RunStore store(*workspace);
        runs::NewRun old;
        old.pipelineName = QStringLiteral("old");
        const qint64 id = store.createRun(old).value().id;
        QCOMPARE(agent::RerunPlan::load(*workspace, id).error().code, ErrorCode::Conflict);
        QVERIFY(store.startRun(id, 1, std::nullopt).ok());
        QVERIFY(store.completeRun(id, runs::RunResult::Failed).ok());
        Result<agent::RunRequest> request = agent::Rerunner::request(*workspace, id, agent::RerunScope::AllJobs);
        QCOMPARE(request.error().code, ErrorCode::Unsupported);
    }

    void cancellerCancelsAQueuedRun()
    {
        QTemporaryDir dir;
        auto workspace = store::Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace.ok());
        runs::RunStore store(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("p");
        const qint64 id = store.createRun(newRun).value().id;
        Result<agent::CancelOutcome> canceled = agent::RunCanceller::cancel(*workspace, id);
        QVERIFY(canceled.ok());
        QCOMPARE(canceled->kind, agent::CancelOutcome::Kind::CanceledWhileQueued);
        const runs::Run run = store.run(id).value();
        QCOMPARE(run.state, runs::RunState::Completed);
        QCOMPARE(run.result, std::optional(runs::RunResult::Canceled));
        // Again: already completed. Unknown: not found.
        QCOMPARE(agent::RunCanceller::cancel(*workspace, id).error().code, ErrorCode::Conflict);
        QCOMPARE(agent::RunCanceller::cancel(*workspace, id + 1).error().code, ErrorCode::NotFound);
        // An agent that starts later cannot take it.
        QCOMPARE(store.startRun(id, 1, std::nullopt).error().code, ErrorCode::Conflict);
    }

    void cancellerReportsADeadAgent()
    {
        QTemporaryDir dir;
        auto workspace = store::Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace.ok());
        runs::RunStore store(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("p");
        const qint64 id = store.createRun(newRun).value().id;
        // A pid that names no process (beyond the kernel's pid_max).
        QVERIFY(store.startRun(id, 99999999, std::nullopt).ok());
        Result<agent::CancelOutcome> canceled = agent::RunCanceller::cancel(*workspace, id);
        QVERIFY(!canceled.ok());
        QCOMPARE(canceled.error().code, ErrorCode::Conflict);
        QVERIFY(canceled.error().message.contains(QStringLiteral("no longer running")));
        QCOMPARE(store.run(id).value().result, std::optional(runs::RunResult::Failed));
    }
};

QTEST_GUILESS_MAIN(TestRerun)
#include "test_rerun.moc"
