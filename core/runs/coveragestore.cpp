#include "coveragestore.h"

#include "core/store/database.h"
#include "core/store/workspace.h"
#include "runstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace mlops::runs {

using store::Database;

namespace {

QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

bool negative(const CoverageCounts &c)
{
    return c.linesCovered < 0 || c.linesValid < 0 || c.branchesCovered < 0 || c.branchesValid < 0;
}

CoverageCounts countsFrom(const QSqlQuery &q, int first)
{
    return CoverageCounts{q.value(first).toLongLong(), q.value(first + 1).toLongLong(),
                          q.value(first + 2).toLongLong(), q.value(first + 3).toLongLong()};
}

QJsonValue rateJson(std::optional<double> rate) { return rate ? QJsonValue(*rate) : QJsonValue(); }

void putCounts(QJsonObject &o, const CoverageCounts &c)
{
    o.insert(QStringLiteral("linesCovered"), double(c.linesCovered));
    o.insert(QStringLiteral("linesValid"), double(c.linesValid));
    o.insert(QStringLiteral("branchesCovered"), double(c.branchesCovered));
    o.insert(QStringLiteral("branchesValid"), double(c.branchesValid));
}

QJsonObject entryJson(const CoverageEntry &e)
{
    QJsonObject o{{QStringLiteral("name"), e.className.isEmpty() ? e.package : e.className},
                  {QStringLiteral("lineRate"), rateJson(e.counts.lineRate())},
                  {QStringLiteral("branchRate"), rateJson(e.counts.branchRate())}};
    if (!e.fileName.isEmpty())
        o.insert(QStringLiteral("fileName"), e.fileName);
    putCounts(o, e.counts);
    return o;
}

}  // namespace

CoverageStore::CoverageStore(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<qint64> CoverageStore::addReport(qint64 runId, const CoverageReport &report)
{
    if (report.tool.trimmed().isEmpty() || report.summaryFile.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a coverage report of run %1 needs its tool and summary file").arg(runId));
    if (negative(report.counts))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the coverage report %1 has negative counts").arg(report.summaryFile));
    for (const CoverageEntry &entry : report.entries) {
        if (negative(entry.counts))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the coverage of %1 in %2 has negative counts")
                                                          .arg(entry.className.isEmpty() ? entry.package : entry.className,
                                                               report.summaryFile));
    }
    return m_workspace->database().write<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        if (Result<void> exists = RunStore::requireRun(db, runId); !exists.ok())
            return exists.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO coverage_reports (run_id, tool, summary_file, line_rate, branch_rate,"
                                 " lines_covered, lines_valid, branches_covered, branches_valid, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(runId), text(report.tool), text(report.summaryFile), QVariant(report.lineRate),
                                  QVariant(report.branchRate), QVariant(report.counts.linesCovered),
                                  QVariant(report.counts.linesValid), QVariant(report.counts.branchesCovered),
                                  QVariant(report.counts.branchesValid),
                                  QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("adding the coverage report %1").arg(report.summaryFile));
        const qint64 id = q.lastInsertId().toLongLong();
        QSqlQuery e(db);
        e.prepare(QStringLiteral("INSERT INTO coverage_entries (report_id, position, package, class_name, file_name,"
                                 " lines_covered, lines_valid, branches_covered, branches_valid)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int position = 0;
        for (const CoverageEntry &entry : report.entries) {
            for (const QVariant &v : {QVariant(id), QVariant(position++), text(entry.package), text(entry.className),
                                      text(entry.fileName), QVariant(entry.counts.linesCovered),
                                      QVariant(entry.counts.linesValid), QVariant(entry.counts.branchesCovered),
                                      QVariant(entry.counts.branchesValid)})
                e.addBindValue(v);
            if (!e.exec())
                return Database::queryError(e, QStringLiteral("adding the coverage of %1").arg(entry.package));
        }
        return id;
    });
}

Result<QList<CoverageReport>> CoverageStore::reports(qint64 runId, bool withEntries) const
{
    QSqlDatabase db = m_workspace->database().connection();
    if (Result<void> exists = RunStore::requireRun(db, runId); !exists.ok())
        return exists.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, tool, summary_file, line_rate, branch_rate, lines_covered, lines_valid,"
                             " branches_covered, branches_valid, created_at FROM coverage_reports"
                             " WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the coverage of run %1").arg(runId));
    QList<CoverageReport> out;
    while (q.next()) {
        CoverageReport r;
        r.id = q.value(0).toLongLong();
        r.runId = runId;
        r.tool = q.value(1).toString();
        r.summaryFile = q.value(2).toString();
        r.lineRate = q.value(3).toDouble();
        r.branchRate = q.value(4).toDouble();
        r.counts = countsFrom(q, 5);
        r.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
        out.append(r);
    }
    if (!withEntries)
        return out;
    QSqlQuery e(db);
    e.prepare(QStringLiteral("SELECT package, class_name, file_name, lines_covered, lines_valid, branches_covered,"
                             " branches_valid FROM coverage_entries WHERE report_id = ? ORDER BY position"));
    for (CoverageReport &r : out) {
        e.addBindValue(r.id);
        if (!e.exec())
            return Database::queryError(e, QStringLiteral("reading the coverage report %1").arg(r.summaryFile));
        while (e.next())
            r.entries.append(CoverageEntry{e.value(0).toString(), e.value(1).toString(), e.value(2).toString(),
                                           countsFrom(e, 3)});
    }
    return out;
}

Result<std::optional<CoverageSummary>> CoverageStore::summary(qint64 runId, bool withEntries) const
{
    Result<QList<CoverageReport>> all = reports(runId, withEntries);
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return std::optional<CoverageSummary>();
    CoverageSummary summary;
    summary.reports = std::move(all).value();
    for (const CoverageReport &report : std::as_const(summary.reports))
        summary.counts += report.counts;
    // A report without line (branch) counts still states its rate: with one such report
    // that rate is the run's; otherwise the rates come from the summed counts.
    const CoverageReport &first = summary.reports.first();
    summary.lineRate = summary.counts.lineRate().value_or(summary.reports.size() == 1 ? first.lineRate : 0.0);
    summary.branchRate = summary.counts.branchRate().value_or(summary.reports.size() == 1 ? first.branchRate : 0.0);
    return std::optional<CoverageSummary>(std::move(summary));
}

QJsonObject CoverageStore::toJson(const CoverageSummary &summary)
{
    QJsonObject o{{QStringLiteral("lineRate"), summary.lineRate}, {QStringLiteral("branchRate"), summary.branchRate}};
    putCounts(o, summary.counts);
    QJsonArray reports;
    for (const CoverageReport &report : summary.reports) {
        QJsonObject r{{QStringLiteral("tool"), report.tool},
                      {QStringLiteral("summaryFile"), report.summaryFile},
                      {QStringLiteral("lineRate"), report.lineRate},
                      {QStringLiteral("branchRate"), report.branchRate}};
        putCounts(r, report.counts);
        QJsonArray packages;
        QJsonObject package;
        QJsonArray classes;
        auto flush = [&] {
            if (package.isEmpty())
                return;
            package.insert(QStringLiteral("classes"), classes);
            packages.append(package);
            package = {};
            classes = {};
        };
        for (const CoverageEntry &entry : report.entries) {
            if (entry.className.isEmpty()) {
                flush();
                package = entryJson(entry);
            } else {
                classes.append(entryJson(entry));
            }
        }
        flush();
        if (!report.entries.isEmpty())
            r.insert(QStringLiteral("packages"), packages);
        reports.append(r);
    }
    o.insert(QStringLiteral("reports"), reports);
    return o;
}

}  // namespace mlops::runs
