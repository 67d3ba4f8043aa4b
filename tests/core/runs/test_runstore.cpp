// Tests of RunStore: runs, state changes, tags and build numbers, timeline records,
// keyset paging, and the recovery of runs whose agent was killed.
#include "core/runs/logstore.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/migrations.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::runs;

class TestRunStore : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<store::Workspace> openWorkspace()
    {
        m_dirs.append(std::make_shared<QTemporaryDir>());
        auto ws = store::Workspace::open(m_dirs.last()->path());
        if (!ws.ok())
            qFatal("%s", qPrintable(ws.error().message));
        return *ws;
    }

    static Run makeRun(RunStore &store, const QString &pipeline, std::optional<qint64> pipelineId = {})
    {
        NewRun n;
        n.pipelineName = pipeline;
        n.pipelineId = pipelineId;
        auto r = store.createRun(n);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }

    static TimelineRecord makeRecord(qint64 runId, const QString &id, RecordType type, const QString &parent, int order)
    {
        TimelineRecord r;
        r.id = id;
        r.runId = runId;
        r.parentId = parent;
        r.type = type;
        r.name = id;
        r.displayName = QStringLiteral("Display ") + id;
        r.order = order;
        return r;
    }

    QList<std::shared_ptr<QTemporaryDir>> m_dirs;

private Q_SLOTS:
    void vocabulary_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("result");
        QTest::newRow("succeeded") << QStringLiteral("succeeded") << int(RunResult::Succeeded);
        QTest::newRow("succeededWithIssues") << QStringLiteral("succeededWithIssues") << int(RunResult::SucceededWithIssues);
        QTest::newRow("failed") << QStringLiteral("failed") << int(RunResult::Failed);
        QTest::newRow("canceled") << QStringLiteral("canceled") << int(RunResult::Canceled);
        QTest::newRow("skipped") << QStringLiteral("skipped") << int(RunResult::Skipped);
        QTest::newRow("abandoned") << QStringLiteral("abandoned") << int(RunResult::Abandoned);
    }
    void vocabulary()
    {
        QFETCH(QString, word);
        QFETCH(int, result);
        QCOMPARE(wireName(static_cast<RunResult>(result)), word);
        QCOMPARE(runResultFromString(word.toUpper()), std::optional<RunResult>(static_cast<RunResult>(result)));
        QCOMPARE(wireName(RunState::InProgress), QStringLiteral("inProgress"));
        QCOMPARE(runStateFromString(QStringLiteral("Completed")), std::optional<RunState>(RunState::Completed));
        QVERIFY(!runResultFromString(QStringLiteral("green")));
    }

    void schemaVersion()
    {
        auto ws = openWorkspace();
        QSqlDatabase db = ws->database().connection();
        QVERIFY(store::Migrations::version(db) >= 4);  // runs tables arrived in step 4
    }

    void createStartComplete()
    {
        auto ws = openWorkspace();
        RunStore store(ws);
        NewRun n;
        n.pipelineId = 7;
        n.pipelineName = QStringLiteral("model-train");
        n.number = QStringLiteral("20261125.1");
        n.parameters = QJsonObject{{QStringLiteral("modelVersion"), 3}};
        n.variables = QJsonObject{{QStringLiteral("BASE_NAME"), QStringLiteral("mlops")}};
        n.reason = QStringLiteral("individualCI");
        n.requestedBy = QStringLiteral("alice");
        n.tags = {QStringLiteral("nightly"), QStringLiteral("gpu")};
        auto created = store.createRun(n);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->state, RunState::Pending);
        QVERIFY(!created->result);
        QVERIFY(created->queuedAt.isValid());
        QVERIFY(!created->startedAt.isValid());
        QCOMPARE(created->pipelineId, std::optional<qint64>(7));
        QCOMPARE(created->parameters, n.parameters);
        QCOMPARE(created->variables, n.variables);
        QCOMPARE(created->tags, (QStringList{QStringLiteral("gpu"), QStringLiteral("nightly")}));

        auto started = store.startRun(created->id, 4242, quint64(99));
        QVERIFY(started.ok());
        QCOMPARE(started->state, RunState::InProgress);
        QVERIFY(started->startedAt.isValid());
        QCOMPARE(started->agentPid, std::optional<qint64>(4242));
        QCOMPARE(started->agentStartTicks, std::optional<quint64>(99));

        QVERIFY(store.updateBuildNumber(created->id, QStringLiteral("1.2.3")).ok());
        QVERIFY(store.addTags(created->id, {QStringLiteral("gpu"), QStringLiteral("release")}).ok());
        QVERIFY(store.removeTag(created->id, QStringLiteral("nightly")).ok());

        auto done = store.completeRun(created->id, RunResult::SucceededWithIssues, QStringLiteral("2 warnings"));
        QVERIFY(done.ok());
        QCOMPARE(done->state, RunState::Completed);
        QCOMPARE(done->result, std::optional<RunResult>(RunResult::SucceededWithIssues));
        QCOMPARE(done->resultMessage, QStringLiteral("2 warnings"));
        QCOMPARE(done->number, QStringLiteral("1.2.3"));
        QCOMPARE(done->tags, (QStringList{QStringLiteral("gpu"), QStringLiteral("release")}));
        QVERIFY(done->finishedAt >= done->startedAt);

        auto again = store.completeRun(created->id, RunResult::Failed);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(store.startRun(created->id, 1, {}).error().code, ErrorCode::Conflict);
    }

    void errors()
    {
        auto ws = openWorkspace();
        RunStore store(ws);
        QCOMPARE(store.createRun(NewRun{}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.run(12345).error().code, ErrorCode::NotFound);
        QCOMPARE(store.runDetails(12345).error().code, ErrorCode::NotFound);
        QCOMPARE(store.startRun(12345, 1, {}).error().code, ErrorCode::NotFound);
        QCOMPARE(store.updateBuildNumber(12345, QStringLiteral("x")).error().code, ErrorCode::NotFound);
        QCOMPARE(store.addTags(12345, {QStringLiteral("x")}).error().code, ErrorCode::NotFound);
        const Run run = makeRun(store, QStringLiteral("p"));
        QCOMPARE(store.updateBuildNumber(run.id, QStringLiteral("  ")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.addTags(run.id, {QString()}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.upsertTimelineRecord(makeRecord(12345, QStringLiteral("r"), RecordType::Job, {}, 1)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(store.upsertTimelineRecord(makeRecord(run.id, QString(), RecordType::Job, {}, 1)).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store.timelineRecord(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
        QCOMPARE(store.listRuns(RunQuery{{}, {}, {}, 0, 0}).error().code, ErrorCode::InvalidInput);
    }

    void timeline()
    {
        auto ws = openWorkspace();
        RunStore store(ws);
        const Run run = makeRun(store, QStringLiteral("p"));
        TimelineRecord stage = makeRecord(run.id, QStringLiteral("s1"), RecordType::Stage, {}, 1);
        TimelineRecord job = makeRecord(run.id, QStringLiteral("j1"), RecordType::Job, stage.id, 1);
        TimelineRecord step2 = makeRecord(run.id, QStringLiteral("t2"), RecordType::Step, job.id, 2);
        TimelineRecord step1 = makeRecord(run.id, QStringLiteral("t1"), RecordType::Step, job.id, 1);
        step1.logId = 3;
        step1.logPath = LogStore::relativeLogPath(run.id, step1.id);
        QVERIFY(store.upsertTimelineRecords({stage, job, step2, step1}).ok());

        step1.state = RunState::Completed;
        step1.result = RunResult::SucceededWithIssues;
        step1.startedAt = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00.123Z"), Qt::ISODateWithMs);
        step1.finishedAt = step1.startedAt.addSecs(5);
        step1.warningCount = 1;
        step1.errorCount = 1;
        step1.attempt = 2;
        step1.issues = {Issue{IssueType::Warning, QStringLiteral("deprecated input"), QStringLiteral("azure-pipelines.yml"), 12, 5, QStringLiteral("W042")},
                        Issue{IssueType::Error, QStringLiteral("exit code 1"), {}, 0, 0, {}}};
        QVERIFY(store.upsertTimelineRecord(step1).ok());

        auto details = store.runDetails(run.id);
        QVERIFY(details.ok());
        QCOMPARE(details->timeline.size(), 4);
        // Ordered by order, then insertion.
        QCOMPARE(details->timeline.at(0).id, QStringLiteral("s1"));
        auto got = store.timelineRecord(QStringLiteral("t1"));
        QVERIFY(got.ok());
        QCOMPARE(got->state, RunState::Completed);
        QCOMPARE(got->result, std::optional<RunResult>(RunResult::SucceededWithIssues));
        QCOMPARE(got->startedAt, step1.startedAt);
        QCOMPARE(got->finishedAt, step1.finishedAt);
        QCOMPARE(got->issues, step1.issues);
        QCOMPARE(got->attempt, 2);
        QCOMPARE(got->logId, std::optional<qint64>(3));
        QCOMPARE(got->logPath, step1.logPath);
        QCOMPARE(got->parentId, QStringLiteral("j1"));
        QCOMPARE(got->displayName, QStringLiteral("Display t1"));
        QCOMPARE(store.timelineRecord(QStringLiteral("s1"))->parentId, QString());

        // A record id is unique across runs.
        const Run other = makeRun(store, QStringLiteral("p"));
        TimelineRecord stolen = step1;
        stolen.runId = other.id;
        QCOMPARE(store.upsertTimelineRecord(stolen).error().code, ErrorCode::Conflict);
    }

    void paging_data()
    {
        QTest::addColumn<int>("runCount");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("onlyPipelineA");
        QTest::newRow("one page") << 5 << 10 << false;
        QTest::newRow("exact pages") << 20 << 5 << false;
        QTest::newRow("ragged pages") << 23 << 5 << false;
        QTest::newRow("page of one") << 4 << 1 << false;
        QTest::newRow("per pipeline") << 23 << 4 << true;
        QTest::newRow("empty") << 0 << 3 << false;
    }
    void paging()
    {
        QFETCH(int, runCount);
        QFETCH(int, pageSize);
        QFETCH(bool, onlyPipelineA);
        auto ws = openWorkspace();
        RunStore store(ws);
        QList<qint64> expected;
        for (int i = 0; i < runCount; ++i) {
            const bool a = i % 3 != 0;
            const Run r = makeRun(store, a ? QStringLiteral("A") : QStringLiteral("B"), a ? 1 : 2);
            if (!onlyPipelineA || a)
                expected.prepend(r.id);
        }
        QList<qint64> seen;
        RunQuery query;
        query.limit = pageSize;
        if (onlyPipelineA)
            query.pipelineId = 1;
        int pages = 0;
        for (;;) {
            auto page = store.listRuns(query);
            QVERIFY(page.ok());
            ++pages;
            QVERIFY(page->runs.size() <= pageSize);
            for (const Run &r : page->runs) {
                seen.append(r.id);
                if (onlyPipelineA)
                    QCOMPARE(r.pipelineName, QStringLiteral("A"));
            }
            if (page->nextBeforeId == 0)
                break;
            QCOMPARE(page->runs.size(), pageSize);
            query.beforeId = page->nextBeforeId;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(pages, std::max(1, int((expected.size() + pageSize - 1) / pageSize)));

        RunQuery byName;
        byName.pipelineName = QStringLiteral("a");
        byName.limit = 1000;
        auto named = store.listRuns(byName);
        QVERIFY(named.ok());
        for (const Run &r : named->runs)
            QCOMPARE(r.pipelineName, QStringLiteral("A"));
    }

    void listByStateAndLatest()
    {
        auto ws = openWorkspace();
        RunStore store(ws);
        const Run r1 = makeRun(store, QStringLiteral("deploy"));
        const Run r2 = makeRun(store, QStringLiteral("deploy"));
        const Run r3 = makeRun(store, QStringLiteral("deploy"));
        QVERIFY(store.completeRun(r1.id, RunResult::Succeeded).ok());
        QVERIFY(store.completeRun(r2.id, RunResult::Failed).ok());
        QVERIFY(store.startRun(r3.id, 1, {}).ok());
        RunQuery q;
        q.state = RunState::InProgress;
        auto page = store.listRuns(q);
        QVERIFY(page.ok());
        QCOMPARE(page->runs.size(), 1);
        QCOMPARE(page->runs.first().id, r3.id);
        QCOMPARE(store.latestRun(QStringLiteral("DEPLOY"), {RunResult::Succeeded})->id, r1.id);
        QCOMPARE(store.latestRun(QStringLiteral("deploy"), {})->id, r2.id);
        QCOMPARE(store.latestRun(QStringLiteral("deploy"), {RunResult::Canceled}).error().code, ErrorCode::NotFound);
    }

    // A real agent process is killed with SIGKILL in the middle of its run.
    void recoverKilledAgent()
    {
        auto ws = openWorkspace();
        RunStore store(ws);
        LogStore logs(ws->directory());
        QProcess agent;
        agent.start(QStringLiteral(RUNSHELPER_PATH), {ws->directory(), QStringLiteral("agent")});
        QVERIFY(agent.waitForStarted());
        QVERIFY(agent.waitForReadyRead(30000));
        const QByteArray ready = agent.readLine().trimmed();
        QVERIFY2(ready.startsWith("ready "), ready.constData());
        const qint64 runId = ready.mid(6).toLongLong();
        const qint64 pid = agent.processId();

        // While the agent lives, nothing is recovered.
        auto none = store.recoverAbandonedRuns();
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QCOMPARE(store.run(runId)->state, RunState::InProgress);

        agent.kill();  // SIGKILL
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::CrashExit);

        auto recovered = store.recoverAbandonedRuns();
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
        QCOMPARE(*recovered, QList<qint64>{runId});
        auto details = store.runDetails(runId);
        QVERIFY(details.ok());
        QCOMPARE(details->run.state, RunState::Completed);
        QCOMPARE(details->run.result, std::optional<RunResult>(RunResult::Failed));
        QCOMPARE(details->run.resultMessage,
                 QStringLiteral("The agent process (pid %1) ended without finishing the run.").arg(pid));
        QVERIFY(details->run.finishedAt.isValid());
        QCOMPARE(details->timeline.size(), 3);
        for (const TimelineRecord &r : details->timeline) {
            QCOMPARE(r.state, RunState::Completed);
            if (r.id.startsWith(QLatin1String("next-"))) {
                QCOMPARE(r.result, std::optional<RunResult>(RunResult::Skipped));
                continue;
            }
            QCOMPARE(r.result, std::optional<RunResult>(RunResult::Failed));
            QCOMPARE(r.errorCount, 1);
            QCOMPARE(r.issues.last().type, IssueType::Error);
            QCOMPARE(r.issues.last().message, details->run.resultMessage);
            if (r.type == RecordType::Step) {
                QCOMPARE(r.issues.size(), 2);  // the earlier warning is kept
                auto reader = LogReader::open(logs.absolutePath(r.logPath));
                QVERIFY(reader.ok());
                QVERIFY((*reader)->lineCount() >= 10);
                auto lines = (*reader)->readLines(0, (*reader)->lineCount());
                QVERIFY(lines.ok());
                for (qsizetype i = 0; i < lines->size(); ++i)
                    QCOMPARE(LogReader::textOf(lines->at(i)), QByteArray("agent line ") + QByteArray::number(i));
            }
        }
        // A second pass finds nothing more.
        QVERIFY(store.recoverAbandonedRuns()->isEmpty());
    }

    void recoverByProcessIdentity_data()
    {
        QTest::addColumn<int>("agent");  // 0 this process, 1 this pid with another start time, 2 no pid, 3 unused pid
        QTest::addColumn<bool>("recovered");
        QTest::newRow("alive, same process") << 0 << false;
        QTest::newRow("pid reused by another process") << 1 << true;
        QTest::newRow("no agent recorded") << 2 << true;
        QTest::newRow("no such pid") << 3 << true;
    }
    void recoverByProcessIdentity()
    {
        QFETCH(int, agent);
        QFETCH(bool, recovered);
        auto ws = openWorkspace();
        RunStore store(ws);
        const Run run = makeRun(store, QStringLiteral("p"));
        const qint64 me = ProcessProbe::currentPid();
        const std::optional<quint64> ticks = ProcessProbe::currentStartTicks();
        QVERIFY(ticks.has_value());
        QVERIFY(ProcessProbe::isAlive(me, ticks));
        QVERIFY(!ProcessProbe::isAlive(me, *ticks + 1));
        if (agent == 0)
            QVERIFY(store.startRun(run.id, me, ticks).ok());
        else if (agent == 1)
            QVERIFY(store.startRun(run.id, me, *ticks + 12345).ok());
        else if (agent == 2)
            QVERIFY(store.startRun(run.id, 0, {}).ok());
        else
            QVERIFY(store.startRun(run.id, 0x3fffffff, {}).ok());
        if (agent == 2) {
            // pid 0 is stored; no process has it.
            QVERIFY(!ProcessProbe::isAlive(0, {}));
        }
        auto result = store.recoverAbandonedRuns();
        QVERIFY(result.ok());
        QCOMPARE(result->contains(run.id), recovered);
        QCOMPARE(store.run(run.id)->state, recovered ? RunState::Completed : RunState::InProgress);
        // Completed and pending runs are never touched.
        const Run pending = makeRun(store, QStringLiteral("p"));
        QVERIFY(store.recoverAbandonedRuns().ok());
        QCOMPARE(store.run(pending.id)->state, RunState::Pending);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "test_runstore.moc"
