// PublishTestResultsTask: the JUnit reader (table of outcomes, nested suites, times,
// malformed files), the task against a temporary workspace's TestResultStore, and one
// pipeline run (bash writes a JUnit file, PublishTestResults@2 publishes it).

#include "core/agent/orchestrator.h"
#include "core/agent/publishtestresultstask.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/runstore.h"
#include "core/runs/testresultstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::PublishTestResultsTask;
using runs::TestCaseResult;
using runs::TestOutcome;

Q_DECLARE_METATYPE(mlops::runs::TestCaseResult)
Q_DECLARE_METATYPE(mlops::runs::RunResult)

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

TestCaseResult testCase(const QString &name, const QString &className, TestOutcome outcome, qint64 ms,
                        const QString &message = {}, const QString &stack = {})
{
    return TestCaseResult{name, className, outcome, ms, message, stack};
}

const QByteArray kMixed = R"X(<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="suite" tests="4">
    <testcase name="passes" classname="pkg.A" time="0.25"/>
    <testcase name="fails" classname="pkg.A" time="1.5">
      <failure message="expected 1" type="AssertionError">trace line 1
trace line 2</failure>
    </testcase>
    <testcase name="errors" classname="pkg.B" time="0"><error type="KeyError">boom</error></testcase>
    <testcase name="skips" classname="pkg.B"><skipped message="not on linux"/></testcase>
  </testsuite>
</testsuites>
)X";

}  // namespace

class TestPublishTestResultsTask : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    struct Fixture {
        std::shared_ptr<store::Workspace> workspace;
        qint64 runId = 0;
        QString folder;
    };

    Fixture makeFixture()
    {
        Fixture fixture;
        const QString base = m_root.filePath(QStringLiteral("case%1").arg(++m_counter));
        auto workspace = store::Workspace::open(base + QStringLiteral("/ws"));
        if (!workspace.ok())
            return fixture;
        fixture.workspace = *workspace;
        runs::RunStore store(fixture.workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("test");
        newRun.requestedBy = QStringLiteral("tester");
        auto created = store.createRun(newRun);
        if (created.ok())
            fixture.runId = created->id;
        fixture.folder = base + QStringLiteral("/src");
        QDir().mkpath(fixture.folder);
        return fixture;
    }

private Q_SLOTS:
    void parseJUnit_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QList<TestCaseResult>>("expected");
        QTest::newRow("passed failed error skipped")
            << kMixed
            << QList<TestCaseResult>{testCase(QStringLiteral("passes"), QStringLiteral("pkg.A"), TestOutcome::Passed, 250),
                                     testCase(QStringLiteral("fails"), QStringLiteral("pkg.A"), TestOutcome::Failed, 1500,
                                              QStringLiteral("expected 1"), QStringLiteral("trace line 1\ntrace line 2")),
                                     testCase(QStringLiteral("errors"), QStringLiteral("pkg.B"), TestOutcome::Failed, 0,
                                              QStringLiteral("KeyError"), QStringLiteral("boom")),
                                     testCase(QStringLiteral("skips"), QStringLiteral("pkg.B"), TestOutcome::Skipped, 0,
                                              QStringLiteral("not on linux"))};
        QTest::newRow("single testsuite root, classname from suite, times rounded")
            << QByteArray(R"(<testsuite name="S"><testcase name="t" time="0.0016"/><testcase name="u" time="2"/></testsuite>)")
            << QList<TestCaseResult>{testCase(QStringLiteral("t"), QStringLiteral("S"), TestOutcome::Passed, 2),
                                     testCase(QStringLiteral("u"), QStringLiteral("S"), TestOutcome::Passed, 2000)};
        QTest::newRow("nested suites and unknown elements")
            << QByteArray(R"(<testsuites><properties><property name="a" value="b"/></properties>
<testsuite name="outer"><testsuite name="inner"><testcase name="deep" classname="c" time="x"/>
<system-out>ignored</system-out></testsuite><testcase name="shallow"/></testsuite></testsuites>)")
            << QList<TestCaseResult>{testCase(QStringLiteral("deep"), QStringLiteral("c"), TestOutcome::Passed, 0),
                                     testCase(QStringLiteral("shallow"), QStringLiteral("outer"), TestOutcome::Passed, 0)};
        QTest::newRow("empty suite") << QByteArray("<testsuites/>") << QList<TestCaseResult>{};
    }

    void parseJUnit()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QList<TestCaseResult>, expected);
        const agent::JUnitParseResult parsed = PublishTestResultsTask::parseJUnit(xml);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.cases, expected);
    }

    void malformedXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed") << QByteArray("<testsuites>\n<testsuite name=\"s\">\n<testcase name=\"a\">\n</testsuites>") << 4;
        QTest::newRow("not junit") << QByteArray("<html>\n</html>") << 1;
        QTest::newRow("empty") << QByteArray() << 1;
    }

    void malformedXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        const agent::JUnitParseResult parsed = PublishTestResultsTask::parseJUnit(xml);
        QVERIFY(!parsed.error.isEmpty());
        QVERIFY(parsed.cases.isEmpty());
        QCOMPARE(parsed.line, line);
    }

    void publishesOneTestRunPerFileAndSkipsMalformed()
    {
        Fixture fixture = makeFixture();
        QVERIFY(fixture.runId > 0);
        writeFile(fixture.folder + QStringLiteral("/a/TEST-one.xml"), kMixed);
        writeFile(fixture.folder + QStringLiteral("/b/TEST-two.xml"),
                  "<testsuite name=\"two\"><testcase name=\"ok\" classname=\"k\" time=\"0.5\"/></testsuite>");
        writeFile(fixture.folder + QStringLiteral("/b/TEST-bad.xml"), "<testsuite>\n  <testcase name=\"x\">\n");
        writeFile(fixture.folder + QStringLiteral("/other.xml"), kMixed);
        runs::TestResultStore store(fixture.workspace);
        auto mask = [](const QString &text) { return QString(text).replace(QStringLiteral("boom"), QStringLiteral("***")); };
        Result<agent::PublishTestResultsOutcome> outcome =
            PublishTestResultsTask::run({{QStringLiteral("failTaskOnFailedTests"), QStringLiteral("true")}}, store,
                                        fixture.runId, fixture.folder, mask);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->warnings.size(), 1);
        const runs::Issue &warning = outcome->warnings.first();
        QCOMPARE(warning.type, runs::IssueType::Warning);
        QCOMPARE(warning.file, fixture.folder + QStringLiteral("/b/TEST-bad.xml"));
        QVERIFY(warning.line > 0 && warning.column > 0);
        QVERIFY2(warning.message.startsWith(QStringLiteral("%1:%2:%3:").arg(warning.file).arg(warning.line).arg(warning.column)),
                 qPrintable(warning.message));
        QVERIFY(outcome->failure.contains(QStringLiteral("2 test(s) failed")));

        auto runsList = store.testRuns(fixture.runId);
        QVERIFY(runsList.ok());
        QCOMPARE(runsList->size(), 2);
        QCOMPARE(runsList->at(0).name, QStringLiteral("TEST-one.xml"));
        QCOMPARE(runsList->at(0).total, 4);
        QCOMPARE(runsList->at(0).failed, 2);
        QCOMPARE(runsList->at(0).skipped, 1);
        QCOMPARE(runsList->at(1).name, QStringLiteral("TEST-two.xml"));
        QCOMPARE(runsList->at(1).passed, 1);
        auto failed = store.testResults(runsList->at(0).id, TestOutcome::Failed);
        QVERIFY(failed.ok());
        QCOMPARE(failed->size(), 2);
        QCOMPARE(failed->at(1).stack, QStringLiteral("***"));
    }

    void mergeWithTitle()
    {
        Fixture fixture = makeFixture();
        writeFile(fixture.folder + QStringLiteral("/r/a.xml"), kMixed);
        writeFile(fixture.folder + QStringLiteral("/r/b.xml"), "<testsuite><testcase name=\"z\"/></testsuite>");
        runs::TestResultStore store(fixture.workspace);
        Result<agent::PublishTestResultsOutcome> outcome = PublishTestResultsTask::run(
            {{QStringLiteral("testResultsFiles"), QStringLiteral("*.xml")},
             {QStringLiteral("searchFolder"), QStringLiteral("r")},
             {QStringLiteral("mergeTestResults"), QStringLiteral("true")},
             {QStringLiteral("testRunTitle"), QStringLiteral("Unit")}},
            store, fixture.runId, fixture.folder, {});
        QVERIFY(outcome.ok());
        QVERIFY(outcome->failure.isEmpty());  // failTaskOnFailedTests defaults to false
        auto runsList = store.testRuns(fixture.runId);
        QVERIFY(runsList.ok());
        QCOMPARE(runsList->size(), 1);
        QCOMPARE(runsList->at(0).name, QStringLiteral("Unit"));
        QCOMPARE(runsList->at(0).total, 5);
    }

    void noMatchingFilesWarns()
    {
        Fixture fixture = makeFixture();
        runs::TestResultStore store(fixture.workspace);
        Result<agent::PublishTestResultsOutcome> outcome =
            PublishTestResultsTask::run({}, store, fixture.runId, fixture.folder, {});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->warnings.size(), 1);
        QCOMPARE(outcome->warnings.first().message,
                 QStringLiteral("No test result files matching **/TEST-*.xml were found."));
        QCOMPARE(store.testRuns(fixture.runId)->size(), 0);
    }

    void otherFormatsFail()
    {
        Fixture fixture = makeFixture();
        runs::TestResultStore store(fixture.workspace);
        Result<agent::PublishTestResultsOutcome> outcome = PublishTestResultsTask::run(
            {{QStringLiteral("testRunner"), QStringLiteral("NUnit")}}, store, fixture.runId, fixture.folder, {});
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("'NUnit'")), qPrintable(outcome.error().message));
    }

    void pipelinePublishesAndFailsOnFailedTests_data()
    {
        QTest::addColumn<QString>("failOnFailed");
        QTest::addColumn<runs::RunResult>("expected");
        QTest::newRow("failTaskOnFailedTests true") << QStringLiteral("true") << runs::RunResult::Failed;
        QTest::newRow("failTaskOnFailedTests false") << QStringLiteral("false") << runs::RunResult::Succeeded;
    }

    void pipelinePublishesAndFailsOnFailedTests()
    {
        QFETCH(QString, failOnFailed);
        QFETCH(runs::RunResult, expected);
        const QString base = m_root.filePath(QStringLiteral("pipeline%1").arg(++m_counter));
        const QString repo = base + QStringLiteral("/repo");
        const QString yaml = QStringLiteral(R"Y(steps:
- bash: |
    mkdir -p out
    printf '<testsuite name="s"><testcase name="ok" classname="c" time="0.1"/><testcase name="bad" classname="c"><failure message="nope">at line 3</failure></testcase></testsuite>' > out/TEST-s.xml
  displayName: Write results
- task: PublishTestResults@2
  displayName: Publish results
  inputs:
    testResultsFormat: JUnit
    testRunTitle: Pipeline tests
    failTaskOnFailedTests: %1
)Y").arg(failOnFailed);
        writeFile(repo + QStringLiteral("/azure-pipelines.yml"), yaml.toUtf8());
        pipeline::CompileResult compiled =
            pipeline::PipelineCompiler::compileFile(repo + QStringLiteral("/azure-pipelines.yml"), {});
        for (const Diagnostic &diagnostic : compiled.diagnostics)
            qWarning() << diagnostic.message;
        QVERIFY(compiled.plan);
        auto workspace = store::Workspace::open(base + QStringLiteral("/ws"));
        QVERIFY(workspace.ok());
        runs::RunStore runStore(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("test");
        newRun.requestedBy = QStringLiteral("tester");
        auto created = runStore.createRun(newRun);
        QVERIFY(created.ok());
        agent::OrchestratorOptions options;
        options.repositoryDirectory = repo;
        options.pipelineName = QStringLiteral("test");
        agent::Orchestrator orchestrator(*workspace, options);
        auto result = orchestrator.run(created->id, *compiled.plan);
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);

        auto details = runStore.runDetails(created->id);
        QVERIFY(details.ok());
        bool found = false;
        for (const runs::TimelineRecord &record : details->timeline) {
            if (record.displayName == QLatin1String("Publish results")) {
                found = true;
                QCOMPARE(record.result, expected);
            }
        }
        QVERIFY(found);
        runs::TestResultStore tests(*workspace);
        auto testRuns = tests.testRuns(created->id);
        QVERIFY(testRuns.ok());
        QCOMPARE(testRuns->size(), 1);
        QCOMPARE(testRuns->at(0).name, QStringLiteral("Pipeline tests"));
        QCOMPARE(testRuns->at(0).passed, 1);
        QCOMPARE(testRuns->at(0).failed, 1);
        auto failed = tests.testResults(testRuns->at(0).id, TestOutcome::Failed);
        QVERIFY(failed.ok());
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->at(0), testCase(QStringLiteral("bad"), QStringLiteral("c"), TestOutcome::Failed, 0,
                                         QStringLiteral("nope"), QStringLiteral("at line 3")));
    }
};

QTEST_GUILESS_MAIN(TestPublishTestResultsTask)
#include "test_publishtestresultstask.moc"
