// Stages to skip (Azure's stagesToSkip): the Orchestrator records a stage to skip and its
// jobs as Skipped without evaluating its condition; a stage depending on it evaluates its
// own condition (succeeded() is false, always() holds), an independent stage runs.
// RunSession::queue refuses an unknown stage name (naming it and the pipeline's stages)
// before creating a run, and keeps the names with the run's launch (RunLaunchCodec).

#include "core/agent/orchestrator.h"
#include "core/agent/runsession.h"
#include "core/runs/runlaunchcodec.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"
#include "pipelineharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

namespace {

const QString kPipeline = QStringLiteral(R"(stages:
- stage: Build
  jobs:
  - job: Compile
    steps:
    - script: echo compiling
- stage: Test
  dependsOn: Build
  jobs:
  - job: UnitTests
    steps:
    - script: echo testing
- stage: Report
  dependsOn: Build
  condition: always()
  jobs:
  - job: Publish
    steps:
    - script: echo reporting
- stage: Lint
  dependsOn: []
  jobs:
  - job: Check
    steps:
    - script: echo linting
)");

}  // namespace

class TestStagesToSkip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void skippedStageAndDependents_data();
    void skippedStageAndDependents();
    void launchKeepsStagesToSkip();
    void unknownStageRefused();
    void knownStageStoredWithRun();

private:
    QTemporaryDir m_root;
    int m_counter = 0;
};

void TestStagesToSkip::skippedStageAndDependents_data()
{
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QStringList>("skipped");  // stage, job names recorded as skipped
    QTest::addColumn<QStringList>("succeeded");

    QTest::newRow("none") << QStringList{} << QStringList{}
                          << QStringList{QStringLiteral("Build"), QStringLiteral("Test"), QStringLiteral("Report"),
                                         QStringLiteral("Lint")};
    QTest::newRow("build") << QStringList{QStringLiteral("Build")}
                           << QStringList{QStringLiteral("Build"), QStringLiteral("Compile"), QStringLiteral("Test"),
                                          QStringLiteral("UnitTests")}
                           << QStringList{QStringLiteral("Report"), QStringLiteral("Publish"), QStringLiteral("Lint"),
                                          QStringLiteral("Check")};
    QTest::newRow("case-insensitive leaf") << QStringList{QStringLiteral("lint")}
                                           << QStringList{QStringLiteral("Lint"), QStringLiteral("Check")}
                                           << QStringList{QStringLiteral("Build"), QStringLiteral("Test"),
                                                          QStringLiteral("Report")};
}

void TestStagesToSkip::skippedStageAndDependents()
{
    QFETCH(QStringList, skip);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, succeeded);
    QVERIFY(m_root.isValid());
    agent::OrchestratorOptions options;
    options.stagesToSkip = skip;
    const testing::PipelineOutcome outcome =
        testing::runPipeline(m_root.filePath(QStringLiteral("case%1").arg(++m_counter)), kPipeline, options);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.result, runs::RunResult::Succeeded);
    for (const QString &name : skipped) {
        const runs::TimelineRecord *record = outcome.record(name);
        QVERIFY2(record, qPrintable(name));
        QVERIFY2(record->result == runs::RunResult::Skipped, qPrintable(name));
        QVERIFY2(!record->startedAt.isValid(), qPrintable(name));
    }
    for (const QString &name : succeeded) {
        const runs::TimelineRecord *record = outcome.record(name);
        QVERIFY2(record, qPrintable(name));
        QVERIFY2(record->result == runs::RunResult::Succeeded, qPrintable(name));
    }
    QCOMPARE(outcome.logs.contains(QStringLiteral("compiling")), !skip.contains(QStringLiteral("Build")));
}

void TestStagesToSkip::launchKeepsStagesToSkip()
{
    runs::RunLaunch launch;
    launch.stagesToSkip = {QStringLiteral("Build"), QStringLiteral("Test")};
    QVERIFY(!launch.isEmpty());
    QJsonObject variables = runs::RunLaunchCodec::pack({}, launch);
    QCOMPARE(runs::RunLaunchCodec::unpack(variables), launch);
    QVERIFY(variables.isEmpty());
}

void TestStagesToSkip::unknownStageRefused()
{
    const QString base = m_root.filePath(QStringLiteral("unknown"));
    QVERIFY(QDir().mkpath(base));
    const QString file = QDir(base).filePath(QStringLiteral("azure-pipelines.yml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(kPipeline.toUtf8());
    out.close();
    auto workspace = store::Workspace::open(QDir(base).filePath(QStringLiteral("ws")));
    QVERIFY(workspace.ok());

    agent::RunRequest request;
    request.pipelineName = QStringLiteral("stages");
    request.pipelineFile = file;
    request.stagesToSkip = {QStringLiteral("Build"), QStringLiteral("Deploy")};
    Result<runs::Run> queued = agent::RunSession::queue(*workspace, request, QStringLiteral("/nonexistent/mlops"));
    QVERIFY(!queued.ok());
    QCOMPARE(queued.error().code, ErrorCode::InvalidInput);
    QVERIFY2(queued.error().message.contains(QStringLiteral("'Deploy'")), qPrintable(queued.error().message));
    QVERIFY2(queued.error().message.contains(QStringLiteral("Build, Test, Report, Lint")), qPrintable(queued.error().message));
    runs::RunQuery query;
    Result<runs::RunPage> page = runs::RunStore(*workspace).listRuns(query);
    QVERIFY(page.ok());
    QVERIFY(page->runs.isEmpty());  // refused before a run was created
}

void TestStagesToSkip::knownStageStoredWithRun()
{
    const QString base = m_root.filePath(QStringLiteral("known"));
    QVERIFY(QDir().mkpath(base));
    const QString file = QDir(base).filePath(QStringLiteral("azure-pipelines.yml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(kPipeline.toUtf8());
    out.close();
    auto workspace = store::Workspace::open(QDir(base).filePath(QStringLiteral("ws")));
    QVERIFY(workspace.ok());

    agent::RunRequest request;
    request.pipelineName = QStringLiteral("stages");
    request.pipelineFile = file;
    request.stagesToSkip = {QStringLiteral("Test")};
    // No agent can start: the run is created (then failed), its launch keeps the names.
    Result<runs::Run> queued = agent::RunSession::queue(*workspace, request, QStringLiteral("/nonexistent/mlops"));
    QVERIFY(!queued.ok());
    QCOMPARE(queued.error().code, ErrorCode::Io);
    Result<runs::Run> run = runs::RunStore(*workspace).latestRun(request.pipelineName, {runs::RunResult::Failed});
    QVERIFY(run.ok());
    QCOMPARE(run->launch.stagesToSkip, QStringList{QStringLiteral("Test")});
    QCOMPARE(run->launch.pipelineFile, file);
}

QTEST_GUILESS_MAIN(TestStagesToSkip)
#include "test_stagestoskip.moc"
