#include "testresultstore.h"

#include "core/store/database.h"
#include "core/store/workspace.h"
#include "runstore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace mlops::runs {

using store::Database;

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QDateTime timeFrom(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); }

}  // namespace

TestResultStore::TestResultStore(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<qint64> TestResultStore::addTestRun(qint64 runId, const QString &name, const QList<TestCaseResult> &cases)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a test run of run %1 needs a name").arg(runId));
    return m_workspace->database().write<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        if (Result<void> exists = RunStore::requireRun(db, runId); !exists.ok())
            return exists.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO test_runs (run_id, name, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(runId);
        q.addBindValue(name);
        q.addBindValue(nowText());
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("adding test run %1").arg(name));
        const qint64 id = q.lastInsertId().toLongLong();
        QSqlQuery c(db);
        c.prepare(QStringLiteral("INSERT INTO test_results (test_run_id, name, class_name, outcome, duration_ms, message, stack)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const TestCaseResult &t : cases) {
            for (const QVariant &v : {QVariant(id), text(t.name), text(t.className), QVariant(wireName(t.outcome)),
                                      QVariant(t.durationMs), text(t.message), text(t.stack)})
                c.addBindValue(v);
            if (!c.exec())
                return Database::queryError(c, QStringLiteral("adding test case %1").arg(t.name));
        }
        return id;
    });
}

namespace {

const QString kSummaryColumns = QStringLiteral(
    "COUNT(c.id), COALESCE(SUM(c.outcome = 'passed'), 0), COALESCE(SUM(c.outcome = 'failed'), 0),"
    " COALESCE(SUM(c.outcome = 'skipped'), 0), COALESCE(SUM(c.duration_ms), 0)");

void fillCounts(TestRunSummary &s, const QSqlQuery &q, int first)
{
    s.total = q.value(first).toInt();
    s.passed = q.value(first + 1).toInt();
    s.failed = q.value(first + 2).toInt();
    s.skipped = q.value(first + 3).toInt();
    s.durationMs = q.value(first + 4).toLongLong();
}

}  // namespace

Result<QList<TestRunSummary>> TestResultStore::testRuns(qint64 runId) const
{
    QSqlDatabase db = m_workspace->database().connection();
    if (Result<void> exists = RunStore::requireRun(db, runId); !exists.ok())
        return exists.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, t.created_at, ") + kSummaryColumns
              + QStringLiteral(" FROM test_runs t LEFT JOIN test_results c ON c.test_run_id = t.id"
                               " WHERE t.run_id = ? GROUP BY t.id ORDER BY t.id"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the test runs of run %1").arg(runId));
    QList<TestRunSummary> out;
    while (q.next()) {
        TestRunSummary s;
        s.id = q.value(0).toLongLong();
        s.runId = runId;
        s.name = q.value(1).toString();
        s.createdAt = timeFrom(q.value(2));
        fillCounts(s, q, 3);
        out.append(s);
    }
    return out;
}

Result<TestRunSummary> TestResultStore::testSummary(qint64 runId) const
{
    QSqlDatabase db = m_workspace->database().connection();
    if (Result<void> exists = RunStore::requireRun(db, runId); !exists.ok())
        return exists.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
              + QStringLiteral(" FROM test_runs t JOIN test_results c ON c.test_run_id = t.id WHERE t.run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("summing the test results of run %1").arg(runId));
    TestRunSummary s;
    s.runId = runId;
    fillCounts(s, q, 0);
    return s;
}

Result<QList<TestCaseResult>> TestResultStore::testResults(qint64 testRunId, std::optional<TestOutcome> outcome) const
{
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM test_runs WHERE id = ?"));
    exists.addBindValue(testRunId);
    if (!exists.exec())
        return Database::queryError(exists, QStringLiteral("reading test run %1").arg(testRunId));
    if (!exists.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("test run %1 does not exist").arg(testRunId));
    QSqlQuery q(db);
    QString sql = QStringLiteral("SELECT name, class_name, outcome, duration_ms, message, stack FROM test_results"
                                 " WHERE test_run_id = ?");
    if (outcome)
        sql += QStringLiteral(" AND outcome = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    q.addBindValue(testRunId);
    if (outcome)
        q.addBindValue(wireName(*outcome));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the cases of test run %1").arg(testRunId));
    QList<TestCaseResult> out;
    while (q.next()) {
        TestCaseResult t;
        t.name = q.value(0).toString();
        t.className = q.value(1).toString();
        t.outcome = testOutcomeFromString(q.value(2).toString()).value_or(TestOutcome::Failed);
        t.durationMs = q.value(3).toLongLong();
        t.message = q.value(4).toString();
        t.stack = q.value(5).toString();
        out.append(t);
    }
    return out;
}


}  // namespace mlops::runs
