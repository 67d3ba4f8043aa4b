// Tests of CoverageStore: reports with their package/class rows, the run's totals over
// several reports, the JSON of `mlops run show`, refused input, cascade with the run.
#include "core/runs/coveragestore.h"
#include "core/runs/runstore.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::runs;

namespace {

CoverageReport sampleReport(const QString &file)
{
    CoverageReport r;
    r.tool = QStringLiteral("Cobertura");
    r.summaryFile = file;
    r.lineRate = 0.75;
    r.branchRate = 0.5;
    r.counts = {3, 4, 1, 2};
    r.entries = {CoverageEntry{QStringLiteral("ml"), {}, {}, {3, 4, 1, 2}},
                 CoverageEntry{QStringLiteral("ml"), QStringLiteral("train.py"), QStringLiteral("ml/train.py"), {2, 2, 1, 2}},
                 CoverageEntry{QStringLiteral("ml"), QStringLiteral("score.py"), QStringLiteral("ml/score.py"), {1, 2, 0, 0}}};
    return r;
}

}  // namespace

class TestCoverageStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<CoverageStore> m_coverage;

    qint64 newRun()
    {
        NewRun n;
        n.pipelineName = QStringLiteral("ci");
        return m_runs->createRun(n).value().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = *ws;
        m_runs = std::make_unique<RunStore>(m_ws);
        m_coverage = std::make_unique<CoverageStore>(m_ws);
    }

    void storesAndReadsReports()
    {
        const qint64 run = newRun();
        QVERIFY(!m_coverage->summary(run)->has_value());
        auto id = m_coverage->addReport(run, sampleReport(QStringLiteral("/src/coverage.xml")));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto reports = m_coverage->reports(run);
        QVERIFY(reports.ok());
        QCOMPARE(reports->size(), 1);
        const CoverageReport &r = reports->first();
        QCOMPARE(r.id, *id);
        QCOMPARE(r.runId, run);
        QCOMPARE(r.tool, QStringLiteral("Cobertura"));
        QCOMPARE(r.summaryFile, QStringLiteral("/src/coverage.xml"));
        QCOMPARE(r.counts, (CoverageCounts{3, 4, 1, 2}));
        QCOMPARE(r.lineRate, 0.75);
        QVERIFY(r.createdAt.isValid());
        QCOMPARE(r.entries, sampleReport(QString()).entries);
        QVERIFY(m_coverage->reports(run, false)->first().entries.isEmpty());
    }

    void summaryAddsUpReports()
    {
        const qint64 run = newRun();
        QVERIFY(m_coverage->addReport(run, sampleReport(QStringLiteral("a.xml"))).ok());
        CoverageReport second = sampleReport(QStringLiteral("b.xml"));
        second.counts = {1, 4, 0, 2};
        second.entries.clear();
        QVERIFY(m_coverage->addReport(run, second).ok());
        auto summary = m_coverage->summary(run);
        QVERIFY(summary.ok() && summary->has_value());
        QCOMPARE((*summary)->counts, (CoverageCounts{4, 8, 1, 4}));
        QCOMPARE((*summary)->lineRate, 0.5);
        QCOMPARE((*summary)->branchRate, 0.25);
        QCOMPARE((*summary)->reports.size(), 2);
        QCOMPARE((*summary)->reports.at(1).summaryFile, QStringLiteral("b.xml"));
    }

    void reportWithoutCountsKeepsItsStatedRates()
    {
        const qint64 run = newRun();
        CoverageReport r = sampleReport(QStringLiteral("rates-only.xml"));
        r.counts = {};
        r.lineRate = 0.9;
        r.branchRate = 0.4;
        QVERIFY(m_coverage->addReport(run, r).ok());
        auto summary = m_coverage->summary(run);
        QCOMPARE((*summary)->lineRate, 0.9);
        QCOMPARE((*summary)->branchRate, 0.4);
    }

    void json()
    {
        const qint64 run = newRun();
        QVERIFY(m_coverage->addReport(run, sampleReport(QStringLiteral("c.xml"))).ok());
        const QJsonObject o = CoverageStore::toJson(**m_coverage->summary(run, true));
        QCOMPARE(o.value(QStringLiteral("lineRate")).toDouble(), 0.75);
        QCOMPARE(o.value(QStringLiteral("branchRate")).toDouble(), 0.5);
        QCOMPARE(o.value(QStringLiteral("linesCovered")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("linesValid")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("branchesCovered")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("branchesValid")).toInt(), 2);
        const QJsonArray reports = o.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.at(0).toObject();
        QCOMPARE(report.value(QStringLiteral("summaryFile")).toString(), QStringLiteral("c.xml"));
        const QJsonArray packages = report.value(QStringLiteral("packages")).toArray();
        QCOMPARE(packages.size(), 1);
        const QJsonObject ml = packages.at(0).toObject();
        QCOMPARE(ml.value(QStringLiteral("name")).toString(), QStringLiteral("ml"));
        const QJsonArray classes = ml.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes.at(1).toObject().value(QStringLiteral("fileName")).toString(), QStringLiteral("ml/score.py"));
        QCOMPARE(classes.at(1).toObject().value(QStringLiteral("lineRate")).toDouble(), 0.5);
        QVERIFY(classes.at(1).toObject().value(QStringLiteral("branchRate")).isNull());  // nothing to cover
        // Without entries the reports carry no packages.
        QVERIFY(!CoverageStore::toJson(**m_coverage->summary(run, false))
                     .value(QStringLiteral("reports")).toArray().at(0).toObject().contains(QStringLiteral("packages")));
    }

    void refusedInput_data()
    {
        QTest::addColumn<bool>("knownRun");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<qint64>("linesValid");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown run") << false << QStringLiteral("Cobertura") << qint64(4) << int(ErrorCode::NotFound);
        QTest::newRow("no tool") << true << QString() << qint64(4) << int(ErrorCode::InvalidInput);
        QTest::newRow("negative") << true << QStringLiteral("Cobertura") << qint64(-1) << int(ErrorCode::InvalidInput);
    }

    void refusedInput()
    {
        QFETCH(bool, knownRun);
        QFETCH(QString, tool);
        QFETCH(qint64, linesValid);
        QFETCH(int, code);
        CoverageReport r = sampleReport(QStringLiteral("x.xml"));
        r.tool = tool;
        r.counts.linesValid = linesValid;
        auto added = m_coverage->addReport(knownRun ? newRun() : 999999, r);
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().code), code);
        QCOMPARE(m_coverage->reports(999999).error().code, ErrorCode::NotFound);
    }

    void deletedRunTakesItsCoverage()
    {
        const qint64 run = newRun();
        QVERIFY(m_coverage->addReport(run, sampleReport(QStringLiteral("d.xml"))).ok());
        QSqlDatabase db = m_ws->database().connection();
        QVERIFY(store::Database::exec(db, QStringLiteral("DELETE FROM runs WHERE id = ?"), {run}).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coverage_reports r JOIN coverage_entries e ON e.report_id = r.id"
                                      " WHERE r.run_id = %1").arg(run)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoverageStore)
#include "test_coveragestore.moc"
