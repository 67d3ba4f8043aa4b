// Pipeline resources of a run (PipelineResourceResolver) and the downloads that take them:
// - the triggering run, a run pinned with --var, the newest succeeded run; bad pinned runs;
//   downloads pinned (`download: alias`, and preferTriggeringPipeline) and left alone
//   (runVersion specific); no run of the source yet;
// - DownloadPipelineArtifact@2 runVersion latest / specific / unsupported, bad run ids,
//   the default folder of a resource's artifact;
// - a triggered run executed by the Orchestrator downloads the triggering run's artifact,
//   not the newest one.

#include "triggerfixture.h"

#include "core/agent/builtintask.h"
#include "core/agent/orchestrator.h"
#include "core/agent/pipelineresourceresolver.h"
#include "core/agent/pipelinetrigger.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::PipelineResourceResolver;
using agent::PipelineTrigger;

namespace {

const QString kCi = QStringLiteral("Model-CI");

}  // namespace

class TestPipelineResources : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    QString nextBase() { return m_root.filePath(QStringLiteral("case%1").arg(++m_counter)); }

private Q_SLOTS:
    void resolverPicksTheResourceRun()
    {
        const QString steps = QStringLiteral(
            "- download: ci\n  artifact: model\n"
            "- task: DownloadPipelineArtifact@2\n  name: preferred\n  inputs: {source: specific, pipeline: ci, artifact: model, "
            "runVersion: latest, preferTriggeringPipeline: true}\n"
            "- task: DownloadPipelineArtifact@2\n  name: fixed\n  inputs: {buildType: specific, pipeline: ci, artifact: model, "
            "buildVersionToDownload: specific, runId: '1'}\n");
        const TriggerFixture fixture(nextBase(), {
            {kCi, QStringLiteral("steps:\n- bash: echo train\n")},
            {QStringLiteral("Other"), QStringLiteral("steps:\n- bash: echo other\n")},
            {QStringLiteral("Deploy"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"), steps)},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        const qint64 first = fixture.completedRun(spec);
        const qint64 second = fixture.completedRun(spec);
        spec.result = runs::RunResult::Failed;
        (void)fixture.completedRun(spec);  // the newest CI run failed: not a candidate
        TriggerRunSpec other;
        other.pipeline = QStringLiteral("Other");
        const qint64 otherRun = fixture.completedRun(other);

        pipeline::PipelineService pipelines(fixture.workspace);
        const pipeline::CompileResult compiled =
            pipeline::PipelineService::compile(pipelines.findByName(QStringLiteral("Deploy")).value());
        QVERIFY(compiled.plan);
        PipelineResourceResolver resolver(fixture.workspace);
        const auto stepsOf = [](const pipeline::Plan &plan) { return plan.stages.constFirst().jobs.constFirst().steps; };

        // Triggered by the first run: both resource downloads take it; the fixed one stays.
        runs::Run triggered;
        triggered.id = 100;
        triggered.variables = QJsonObject{{QStringLiteral("RESOURCES.PIPELINE.CI.RUNID"), QString::number(first)},
                                          {QStringLiteral("Resources.TriggeringAlias"), QStringLiteral("ci")}};
        Result<agent::ResolvedResources> resolved = resolver.resolve(triggered, *compiled.plan);
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
        QCOMPARE(resolved->resources.size(), 1);
        QVERIFY(resolved->resources.constFirst().pinned);
        QCOMPARE(resolved->variables.value(QStringLiteral("resources.pipeline.ci.runID")), QString::number(first));
        QVERIFY(resolved->notes.constFirst().contains(QStringLiteral("the run that triggered this one")));
        QList<pipeline::PlanStep> pinned = stepsOf(resolved->plan);
        QCOMPARE(pinned.size(), 3);
        QCOMPARE(TriggerFixture::inputOf(pinned.at(0), QStringLiteral("runVersion")), QStringLiteral("specific"));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(0), QStringLiteral("runId")), QString::number(first));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(1), QStringLiteral("runVersion")), QStringLiteral("specific"));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(1), QStringLiteral("runId")), QString::number(first));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(2), QStringLiteral("buildVersionToDownload")), QStringLiteral("specific"));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(2), QStringLiteral("runId")), QStringLiteral("1"));

        // Queued by hand: the newest succeeded run; preferTriggeringPipeline stays "latest".
        runs::Run manual;
        manual.id = 101;
        resolved = resolver.resolve(manual, *compiled.plan);
        QVERIFY(resolved.ok());
        QVERIFY(!resolved->resources.constFirst().pinned);
        QCOMPARE(resolved->variables.value(QStringLiteral("resources.pipeline.ci.runID")), QString::number(second));
        pinned = stepsOf(resolved->plan);
        QCOMPARE(TriggerFixture::inputOf(pinned.at(0), QStringLiteral("runId")), QString::number(second));
        QCOMPARE(TriggerFixture::inputOf(pinned.at(1), QStringLiteral("runVersion")), QStringLiteral("latest"));
        QVERIFY(TriggerFixture::inputOf(pinned.at(1), QStringLiteral("runId")).isEmpty());

        // A run pinned with --var must exist, belong to the source and be completed.
        runs::Run bad;
        bad.variables = QJsonObject{{QStringLiteral("resources.pipeline.ci.runID"), QStringLiteral("999")}};
        Result<agent::ResolvedResources> failed = resolver.resolve(bad, *compiled.plan);
        QCOMPARE(failed.error().code, ErrorCode::NotFound);
        QCOMPARE(failed.error().message, QStringLiteral("variable resources.pipeline.ci.runID: run 999 does not exist"));
        bad.variables = QJsonObject{{QStringLiteral("resources.pipeline.ci.runID"), QString::number(otherRun)}};
        failed = resolver.resolve(bad, *compiled.plan);
        QCOMPARE(failed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(failed.error().message.contains(QStringLiteral("is a run of 'Other', not of 'Model-CI'")),
                 qPrintable(failed.error().message));
        bad.variables = QJsonObject{{QStringLiteral("resources.pipeline.ci.runID"), QStringLiteral("abc")}};
        QVERIFY(resolver.resolve(bad, *compiled.plan).error().message.contains(QStringLiteral("'abc' is not a run number")));
    }

    void resolverWithoutRunsLeavesTheDownloads()
    {
        const TriggerFixture fixture(nextBase(), {
            {QStringLiteral("Deploy"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"),
                                                QStringLiteral("- download: ci\n  artifact: model\n"))},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        pipeline::PipelineService pipelines(fixture.workspace);
        const pipeline::CompileResult compiled =
            pipeline::PipelineService::compile(pipelines.findByName(QStringLiteral("Deploy")).value());
        QVERIFY(compiled.plan);
        Result<agent::ResolvedResources> resolved = PipelineResourceResolver(fixture.workspace).resolve(runs::Run{}, *compiled.plan);
        QVERIFY(resolved.ok());
        QVERIFY(!resolved->resources.constFirst().run);
        QVERIFY(resolved->variables.isEmpty());
        QCOMPARE(resolved->notes, QStringList{QStringLiteral("Pipeline resource 'ci': Model-CI has no succeeded run yet")});
        QVERIFY(TriggerFixture::inputOf(resolved->plan.stages.constFirst().jobs.constFirst().steps.constFirst(), QStringLiteral("runId")).isEmpty());
    }

    void downloadArtifactRunVersions_data()
    {
        QTest::addColumn<QString>("runVersion");  // "" = absent
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("expected");    // the downloaded content, or a piece of the error
        QTest::newRow("latest with the artifact") << QStringLiteral("latest") << QString() << QStringLiteral("v2");
        QTest::newRow("absent = latest") << QString() << QString() << QStringLiteral("v2");
        QTest::newRow("specific") << QStringLiteral("specific") << QStringLiteral("1") << QStringLiteral("v1");
        QTest::newRow("specific, not a number") << QStringLiteral("specific") << QStringLiteral("abc")
                                                << QStringLiteral("runVersion specific needs runId, a run number of Model-CI, not 'abc'");
        QTest::newRow("specific, no such run") << QStringLiteral("specific") << QStringLiteral("4242")
                                               << QStringLiteral("run 4242 does not exist");
        QTest::newRow("specific, no such artifact") << QStringLiteral("specific") << QStringLiteral("3")
                                                    << QStringLiteral("run 3 published no artifact named 'model' (its artifacts: none;");
        QTest::newRow("latestFromBranch") << QStringLiteral("latestFromBranch") << QString()
                                          << QStringLiteral("runVersion 'latestFromBranch' is not supported locally");
    }

    void downloadArtifactRunVersions()
    {
        QFETCH(QString, runVersion);
        QFETCH(QString, runId);
        QFETCH(QString, expected);
        const TriggerFixture fixture(nextBase(), {{kCi, QStringLiteral("steps:\n- bash: echo train\n")}});
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        spec.artifact = "v1";
        QCOMPARE(fixture.completedRun(spec), 1);
        spec.artifact = "v2";
        QCOMPARE(fixture.completedRun(spec), 2);
        spec.artifact.clear();
        QCOMPARE(fixture.completedRun(spec), 3);  // the newest succeeded run has no artifact

        agent::BuiltinTask::Inputs inputs{{QStringLiteral("buildType"), QStringLiteral("specific")},
                                          {QStringLiteral("pipeline"), QStringLiteral("ci")},
                                          {QStringLiteral("artifact"), QStringLiteral("model")}};
        if (!runVersion.isEmpty())
            inputs.append({QStringLiteral("buildVersionToDownload"), runVersion});
        if (!runId.isEmpty())
            inputs.append({QStringLiteral("pipelineId"), runId});
        const QString workspace = QDir(fixture.workspace->directory()).filePath(QStringLiteral("runs/9"));
        runs::ArtifactStore artifacts(fixture.workspace);
        Result<QStringList> lines = agent::BuiltinTask::downloadArtifact(
            inputs, artifacts, 9, workspace, [](const QString &alias) { return alias == QLatin1String("ci") ? kCi : QString(); });
        if (expected.startsWith(QLatin1Char('v'))) {
            QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().message));
            // A pipeline resource's artifact lands in Pipeline.Workspace/<alias>/<artifact>.
            QFile file(workspace + QStringLiteral("/ci/model/model.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), expected);
        } else {
            QVERIFY(!lines.ok());
            QVERIFY2(lines.error().message.contains(expected), qPrintable(lines.error().message));
        }
    }

    // The whole path in one process: a triggered run's `download: ci` takes the triggering
    // run's artifact although a newer succeeded run has one too; a specific runId that
    // does not exist fails its step with a message naming the run.
    void triggeredRunDownloadsTheTriggeringRunsArtifact()
    {
        const QString steps = QStringLiteral(
            "- download: ci\n  artifact: model\n"
            "- bash: cat \"$(Pipeline.Workspace)/ci/model/model.json\"; echo; echo \"resource run $(resources.pipeline.ci.runID) "
            "of $(resources.pipeline.ci.pipelineName), reason $(Build.Reason)\"\n  name: show\n");
        const TriggerFixture fixture(nextBase(), {
            {kCi, QStringLiteral("steps:\n- bash: echo train\n")},
            {QStringLiteral("Deploy"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"), steps)},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        spec.artifact = R"({"name": "m", "version": 1})";
        const qint64 first = fixture.completedRun(spec);
        spec.artifact = R"({"name": "m", "version": 2})";
        (void)fixture.completedRun(spec);

        Result<agent::TriggerEvaluation> evaluation = PipelineTrigger(fixture.workspace).evaluate(first);
        QVERIFY(evaluation.ok());
        QVERIFY2(evaluation->runs.size() == 1, qPrintable(evaluation->notes.join(QLatin1Char('\n'))));
        const agent::RunRequest &request = evaluation->runs.constFirst().request;
        runs::RunStore store(fixture.workspace);
        runs::NewRun newRun;
        newRun.pipelineId = request.pipelineId;
        newRun.pipelineName = request.pipelineName;
        newRun.reason = request.reason;
        for (auto it = request.variables.cbegin(); it != request.variables.cend(); ++it)
            newRun.variables.insert(it.key(), it.value());
        const runs::Run run = store.createRun(newRun).value();

        pipeline::PipelineService pipelines(fixture.workspace);
        const pipeline::CompileResult compiled =
            pipeline::PipelineService::compile(pipelines.findByName(QStringLiteral("Deploy")).value());
        QVERIFY(compiled.plan);
        Result<agent::ResolvedResources> resolved = PipelineResourceResolver(fixture.workspace).resolve(run, *compiled.plan);
        QVERIFY(resolved.ok());
        agent::OrchestratorOptions options;
        options.pipelineName = run.pipelineName;
        options.repositoryDirectory = fixture.repo;
        for (auto it = request.variables.cbegin(); it != request.variables.cend(); ++it)
            options.queueVariables.insert(it.key(), it.value());
        for (auto it = resolved->variables.cbegin(); it != resolved->variables.cend(); ++it)
            options.queueVariables.insert(it.key(), it.value());
        agent::Orchestrator orchestrator(fixture.workspace, options);
        Result<runs::RunResult> result = orchestrator.run(run.id, resolved->plan);
        QVERIFY(result.ok());
        QCOMPARE(*result, runs::RunResult::Succeeded);
        QFile downloaded(QDir(fixture.workspace->directory()).filePath(QStringLiteral("runs/%1/ci/model/model.json").arg(run.id)));
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), QByteArray(R"({"name": "m", "version": 1})"));
        QString log;
        const QList<runs::TimelineRecord> timeline = store.timeline(run.id).value();
        for (const runs::TimelineRecord &record : timeline) {
            if (record.name == QLatin1String("show") && !record.logPath.isEmpty()) {
                QFile file(QDir(fixture.workspace->directory()).filePath(record.logPath));
                QVERIFY(file.open(QIODevice::ReadOnly));
                log = QString::fromUtf8(file.readAll());
            }
        }
        QVERIFY2(log.contains(QStringLiteral("resource run %1 of Model-CI, reason ResourceTrigger").arg(first)), qPrintable(log));

        // runVersion specific with a run that does not exist: the step fails naming it.
        const QString missingSteps = QStringLiteral(
            "- task: DownloadPipelineArtifact@2\n  inputs: {buildType: specific, pipeline: ci, artifact: model, "
            "buildVersionToDownload: specific, runId: '4242'}\n");
        QFile yaml(QDir(fixture.repo).filePath(QStringLiteral("deploy.yml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        yaml.write(TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"), missingSteps).toUtf8());
        yaml.close();
        const pipeline::CompileResult missing =
            pipeline::PipelineService::compile(pipelines.findByName(QStringLiteral("Deploy")).value());
        QVERIFY(missing.plan);
        runs::NewRun manual;
        manual.pipelineName = QStringLiteral("Deploy");
        const qint64 manualId = store.createRun(manual).value().id;
        agent::Orchestrator second(fixture.workspace, options);
        result = second.run(manualId, *missing.plan);
        QVERIFY(result.ok());
        QCOMPARE(*result, runs::RunResult::Failed);
        QStringList issues;
        const QList<runs::TimelineRecord> failedTimeline = store.timeline(manualId).value();
        for (const runs::TimelineRecord &record : failedTimeline) {
            for (const runs::Issue &issue : record.issues)
                issues.append(issue.message);
        }
        QVERIFY2(issues.join(QLatin1Char('\n')).contains(QStringLiteral("run 4242 does not exist")),
                 qPrintable(issues.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPipelineResources)
#include "test_pipelineresources.moc"
