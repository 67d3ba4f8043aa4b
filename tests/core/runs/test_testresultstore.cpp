// Tests of TestResultStore: test runs with their cases, filtering by outcome, counts
// per test run and per run.
#include "core/runs/runstore.h"
#include "core/runs/testresultstore.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::runs;

class TestTestResultStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<store::Workspace> openWorkspace()
    {
        auto ws = store::Workspace::open(m_dir.path());
        if (!ws.ok())
            qFatal("%s", qPrintable(ws.error().message));
        return *ws;
    }

    static Run makeRun(RunStore &store, const QString &pipeline)
    {
        NewRun n;
        n.pipelineName = pipeline;
        auto r = store.createRun(n);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }

private Q_SLOTS:
    void testResults()
    {
        auto ws = openWorkspace();
        RunStore runs(ws);
        TestResultStore store(ws);
        const Run run = makeRun(runs, QStringLiteral("p"));
        QList<TestCaseResult> unit = {
            {QStringLiteral("test_train"), QStringLiteral("tests.TestModel"), TestOutcome::Passed, 120, {}, {}},
            {QStringLiteral("test_score"), QStringLiteral("tests.TestModel"), TestOutcome::Failed, 30,
             QStringLiteral("assert 0.71 > 0.8"), QStringLiteral("File \"t.py\", line 9\n  assert …")},
            {QStringLiteral("test_gpu"), QStringLiteral("tests.TestModel"), TestOutcome::Skipped, 0, QStringLiteral("no GPU"), {}},
        };
        QList<TestCaseResult> lint = {
            {QStringLiteral("flake8"), QStringLiteral("lint"), TestOutcome::Passed, 900, {}, {}},
        };
        auto first = store.addTestRun(run.id, QStringLiteral("unit"), unit);
        QVERIFY(first.ok());
        auto second = store.addTestRun(run.id, QStringLiteral("lint"), lint);
        QVERIFY(second.ok());
        QVERIFY(store.addTestRun(run.id, QStringLiteral("empty"), {}).ok());
        QCOMPARE(store.addTestRun(run.id, QString(), {}).error().code, ErrorCode::InvalidInput);

        auto all = store.testResults(*first);
        QVERIFY(all.ok());
        QCOMPARE(*all, unit);
        auto failed = store.testResults(*first, TestOutcome::Failed);
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->first(), unit.at(1));

        auto runsOf = store.testRuns(run.id);
        QVERIFY(runsOf.ok());
        QCOMPARE(runsOf->size(), 3);
        QCOMPARE(runsOf->at(0).name, QStringLiteral("unit"));
        QCOMPARE(runsOf->at(0).total, 3);
        QCOMPARE(runsOf->at(0).passed, 1);
        QCOMPARE(runsOf->at(0).failed, 1);
        QCOMPARE(runsOf->at(0).skipped, 1);
        QCOMPARE(runsOf->at(0).durationMs, 150);
        QCOMPARE(runsOf->at(2).total, 0);

        auto sum = store.testSummary(run.id);
        QVERIFY(sum.ok());
        QCOMPARE(sum->total, 4);
        QCOMPARE(sum->passed, 2);
        QCOMPARE(sum->failed, 1);
        QCOMPARE(sum->skipped, 1);
        QCOMPARE(sum->durationMs, 1050);
        const Run none = makeRun(runs, QStringLiteral("p"));
        QCOMPARE(store.testSummary(none.id)->total, 0);
    }

    void errors()
    {
        auto ws = openWorkspace();
        TestResultStore store(ws);
        QCOMPARE(store.addTestRun(12345, QStringLiteral("t"), {}).error().code, ErrorCode::NotFound);
        QCOMPARE(store.testResults(12345).error().code, ErrorCode::NotFound);
        QCOMPARE(store.testRuns(12345).error().code, ErrorCode::NotFound);
        QCOMPARE(store.testSummary(12345).error().code, ErrorCode::NotFound);
    }

    // A large result file goes in as one transaction and is counted correctly.
    void manyCases()
    {
        auto ws = openWorkspace();
        RunStore runs(ws);
        TestResultStore store(ws);
        const Run run = makeRun(runs, QStringLiteral("big"));
        QList<TestCaseResult> cases;
        for (int i = 0; i < 5000; ++i)
            cases.append({QStringLiteral("case%1").arg(i), QStringLiteral("Suite"),
                          i % 10 == 0 ? TestOutcome::Failed : TestOutcome::Passed, 2, {}, {}});
        auto id = store.addTestRun(run.id, QStringLiteral("junit.xml"), cases);
        QVERIFY(id.ok());
        auto sum = store.testSummary(run.id);
        QCOMPARE(sum->total, 5000);
        QCOMPARE(sum->failed, 500);
        QCOMPARE(sum->passed, 4500);
        QCOMPARE(sum->durationMs, 10000);
        QCOMPARE(store.testResults(*id, TestOutcome::Failed)->size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestTestResultStore)
#include "test_testresultstore.moc"
