// A helper process for the core/runs tests, standing in for an agent.
//   runshelper DIR agent          — creates a run in progress (this pid), a job and a step
//                                   record in progress, a pending step, writes log lines,
//                                   prints "ready <run id>" and keeps logging until killed
//   runshelper DIR writer N       — creates a run and appends N log lines "line <i>" to
//                                   logs/<run>/rec.log, updating record "rec" (warningCount
//                                   = lines written so far) every 100 lines; prints
//                                   "run <id>" first
//   runshelper LOGPATH spew       — appends lines to LOGPATH, prints "ready" after 1000,
//                                   and keeps appending until killed
#include "core/runs/logstore.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QThread>
#include <QUuid>

#include <cstdio>

using namespace mlops;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "runshelper: %s\n", qPrintable(what));
    return 1;
}

runs::TimelineRecord record(qint64 runId, const QString &id, runs::RecordType type, const QString &parent, int order,
                            runs::RunState state)
{
    runs::TimelineRecord r;
    r.id = id;
    r.runId = runId;
    r.parentId = parent;
    r.type = type;
    r.name = id;
    r.displayName = id;
    r.order = order;
    r.state = state;
    if (state == runs::RunState::InProgress)
        r.startedAt = QDateTime::currentDateTimeUtc();
    return r;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: runshelper DIR agent | DIR writer N | LOGPATH spew"));
    const QString mode = args.at(2);

    if (mode == QLatin1String("spew")) {
        auto writer = runs::LogWriter::open(args.at(1));
        if (!writer.ok())
            return fail(writer.error().message);
        for (qint64 i = 0;; ++i) {
            if (Result<void> r = (*writer)->appendLine(QByteArray("spew line ") + QByteArray::number(i)); !r.ok())
                return fail(r.error().message);
            if (i == 999) {
                std::printf("ready\n");
                std::fflush(stdout);
            }
        }
    }

    auto ws = store::Workspace::open(args.at(1));
    if (!ws.ok())
        return fail(ws.error().message);
    runs::RunStore store(*ws);
    runs::LogStore logs((*ws)->directory());
    runs::NewRun n;
    n.pipelineName = QStringLiteral("helper");
    auto run = store.createRun(n);
    if (!run.ok())
        return fail(run.error().message);
    const qint64 runId = run->id;

    if (mode == QLatin1String("agent")) {
        if (auto s = store.startRun(runId, runs::ProcessProbe::currentPid(), runs::ProcessProbe::currentStartTicks()); !s.ok())
            return fail(s.error().message);
        runs::TimelineRecord job = record(runId, QStringLiteral("job-%1").arg(runId), runs::RecordType::Job, {}, 1,
                                          runs::RunState::InProgress);
        runs::TimelineRecord step = record(runId, QStringLiteral("step-%1").arg(runId), runs::RecordType::Step, job.id, 1,
                                           runs::RunState::InProgress);
        step.logPath = runs::LogStore::relativeLogPath(runId, step.id);
        step.issues.append(runs::Issue{runs::IssueType::Warning, QStringLiteral("an earlier warning"), {}, 0, 0, {}});
        step.warningCount = 1;
        runs::TimelineRecord next = record(runId, QStringLiteral("next-%1").arg(runId), runs::RecordType::Step, job.id, 2,
                                           runs::RunState::Pending);
        if (Result<void> r = store.upsertTimelineRecords({job, step, next}); !r.ok())
            return fail(r.error().message);
        auto writer = logs.openWriter(runId, step.id);
        if (!writer.ok())
            return fail(writer.error().message);
        for (int i = 0; i < 10; ++i)
            (void)(*writer)->appendLine(QByteArray("agent line ") + QByteArray::number(i));
        std::printf("ready %lld\n", static_cast<long long>(runId));
        std::fflush(stdout);
        for (int i = 10;; ++i) {
            (void)(*writer)->appendLine(QByteArray("agent line ") + QByteArray::number(i));
            QThread::msleep(5);
        }
    }

    if (mode == QLatin1String("writer") && args.size() == 4) {
        const int count = args.at(3).toInt();
        std::printf("run %lld\n", static_cast<long long>(runId));
        std::fflush(stdout);
        runs::TimelineRecord rec = record(runId, QStringLiteral("rec-%1").arg(runId), runs::RecordType::Step, {}, 1,
                                          runs::RunState::InProgress);
        rec.logPath = runs::LogStore::relativeLogPath(runId, QStringLiteral("rec"));
        if (Result<void> r = store.upsertTimelineRecord(rec); !r.ok())
            return fail(r.error().message);
        auto writer = logs.openWriter(runId, QStringLiteral("rec"));
        if (!writer.ok())
            return fail(writer.error().message);
        for (int i = 0; i < count; ++i) {
            if (Result<void> r = (*writer)->appendLine(QByteArray("line ") + QByteArray::number(i)); !r.ok())
                return fail(r.error().message);
            if ((i + 1) % 100 == 0) {
                rec.warningCount = i + 1;
                if (Result<void> r = store.upsertTimelineRecord(rec); !r.ok())
                    return fail(r.error().message);
            }
        }
        rec.state = runs::RunState::Completed;
        rec.result = runs::RunResult::Succeeded;
        rec.warningCount = count;
        if (Result<void> r = store.upsertTimelineRecord(rec); !r.ok())
            return fail(r.error().message);
        if (auto c = store.completeRun(runId, runs::RunResult::Succeeded); !c.ok())
            return fail(c.error().message);
        return 0;
    }
    return fail(QStringLiteral("unknown mode %1").arg(mode));
}
