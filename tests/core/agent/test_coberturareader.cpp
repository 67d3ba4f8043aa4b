// CoberturaReader on the report shapes of tests/core/agent/data/cobertura: coverage.py's
// (root totals, classes with method copies of lines, branches), an old Cobertura report
// without totals (counted from the lines), and files that cannot be read (position given).

#include "core/agent/coberturareader.h"

#include <QFile>
#include <QTest>

using namespace mlops;
using agent::CoberturaReader;

namespace {

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(MLOPS_TEST_DATA_DIR "/cobertura/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing test data");
}

runs::CoverageEntry entry(const char *package, const char *className, const char *fileName, runs::CoverageCounts counts)
{
    return runs::CoverageEntry{QString::fromLatin1(package), QString::fromLatin1(className), QString::fromLatin1(fileName),
                               counts};
}

}  // namespace

class TestCoberturaReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coveragePyReport()
    {
        const agent::CoberturaParseResult parsed = CoberturaReader::parse(data(QStringLiteral("coveragepy.xml")));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const runs::CoverageReport &report = parsed.report;
        QCOMPARE(report.tool, QStringLiteral("Cobertura"));
        QCOMPARE(report.counts, (runs::CoverageCounts{5, 7, 3, 6}));
        QCOMPARE(report.lineRate, 0.7143);
        QCOMPARE(report.branchRate, 0.5);
        const QList<runs::CoverageEntry> expected{
            entry("ml", "", "", {3, 5, 2, 4}),
            entry("ml", "train.py", "ml/train.py", {2, 3, 1, 2}),  // the <methods> copy of line 2 is not counted
            entry("ml", "score.py", "ml/score.py", {1, 2, 1, 2}),
            entry("ml.data", "", "", {2, 2, 1, 2}),
            entry("ml.data", "load.py", "ml/data/load.py", {2, 2, 1, 2}),
        };
        QCOMPARE(report.entries, expected);
    }

    void reportWithoutTotalsIsCounted()
    {
        const agent::CoberturaParseResult parsed = CoberturaReader::parse(data(QStringLiteral("nocounts.xml")));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.report.counts, (runs::CoverageCounts{1, 4, 0, 4}));
        QCOMPARE(parsed.report.lineRate, 0.25);  // as stated
        QCOMPARE(parsed.report.branchRate, 0.0);
        QCOMPARE(parsed.report.entries.size(), 2);
        QCOMPARE(parsed.report.entries.at(1).className, QStringLiteral("com.example.App"));
    }

    void ratesFromCountsWhenNotStated()
    {
        const agent::CoberturaParseResult parsed = CoberturaReader::parse(
            "<coverage><packages><package name='p'><classes><class filename='f.c'><lines>"
            "<line number='1' hits='1'/><line number='2' hits='1'/><line number='3' hits='1'/><line number='4' hits='0'/>"
            "</lines></class></classes></package></packages></coverage>");
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.report.lineRate, 0.75);
        QCOMPARE(parsed.report.branchRate, 0.0);
        QCOMPARE(parsed.report.entries.at(1).className, QStringLiteral("f.c"));  // no name: the file name
    }

    void unreadableFilesNameThePosition_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("mismatched tag") << QStringLiteral("malformed.xml") << 6 << QStringLiteral("");
        QTest::newRow("not Cobertura") << QStringLiteral("wrongroot.xml") << 2
                                       << QStringLiteral("the root element <testsuites> is not <coverage>");
        QTest::newRow("not a number") << QStringLiteral("badnumber.xml") << 2
                                      << QStringLiteral("the attribute line-rate=\"lots\" of <coverage> is not a number");
        QTest::newRow("empty") << QStringLiteral("empty.xml") << 1 << QStringLiteral("");
    }

    void unreadableFilesNameThePosition()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        const agent::CoberturaParseResult parsed = CoberturaReader::parse(data(file));
        QVERIFY(!parsed.error.isEmpty());
        QCOMPARE(parsed.line, line);
        QVERIFY(parsed.column >= 1);
        QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
        QVERIFY(parsed.report.entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoberturaReader)
#include "test_coberturareader.moc"
