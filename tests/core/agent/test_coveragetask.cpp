// CoverageTask (PublishCodeCoverageResults@1) against a temporary workspace: inputs and
// defaults, summary patterns, the report artifact, failIfCoverageEmpty, masking, the
// file:line:column failure of a bad summary, and findFiles.

#include "core/agent/coveragetask.h"
#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::CoverageTask;
using Inputs = agent::CoverageTask::Inputs;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(MLOPS_TEST_DATA_DIR "/cobertura/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Inputs cobertura(const QString &summary, Inputs more = {})
{
    Inputs inputs{{QStringLiteral("codeCoverageTool"), QStringLiteral("Cobertura")},
                  {QStringLiteral("summaryFileLocation"), summary}};
    inputs.append(more);
    return inputs;
}

}  // namespace

Q_DECLARE_METATYPE(Inputs)

class TestCoverageTask : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    std::unique_ptr<runs::RunStore> m_runs;
    std::unique_ptr<runs::CoverageStore> m_coverage;
    std::unique_ptr<runs::ArtifactStore> m_artifacts;
    QString m_src;

    qint64 newRun()
    {
        runs::NewRun n;
        n.pipelineName = QStringLiteral("ci");
        return m_runs->createRun(n).value().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = *ws;
        m_runs = std::make_unique<runs::RunStore>(m_ws);
        m_coverage = std::make_unique<runs::CoverageStore>(m_ws);
        m_artifacts = std::make_unique<runs::ArtifactStore>(m_ws);
        m_src = m_dir.filePath(QStringLiteral("src"));
        writeFile(m_src + QStringLiteral("/a/coverage.xml"), testData(QStringLiteral("coveragepy.xml")));
        writeFile(m_src + QStringLiteral("/b/coverage.xml"), testData(QStringLiteral("nocounts.xml")));
        writeFile(m_src + QStringLiteral("/bad/coverage.xml"), testData(QStringLiteral("malformed.xml")));
        writeFile(m_src + QStringLiteral("/htmlcov/index.html"), QByteArray("<html/>"));
        writeFile(m_src + QStringLiteral("/htmlcov/style.css"), QByteArray("body{}"));
        writeFile(m_src + QStringLiteral("/extra/run.exec"), QByteArray("exec"));
        writeFile(m_src + QStringLiteral("/empty/coverage.xml"), QByteArray("<coverage line-rate='0'/>"));
    }

    void findFiles_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected");  // relative to src
        QTest::newRow("plain relative") << QStringLiteral("a/coverage.xml") << QStringList{QStringLiteral("a/coverage.xml")};
        QTest::newRow("globstar") << QStringLiteral("**/coverage.xml")
                                  << QStringList{QStringLiteral("a/coverage.xml"), QStringLiteral("b/coverage.xml"),
                                                 QStringLiteral("bad/coverage.xml"), QStringLiteral("empty/coverage.xml")};
        QTest::newRow("star in a folder") << QStringLiteral("*/cov*.xml")
                                          << QStringList{QStringLiteral("a/coverage.xml"), QStringLiteral("b/coverage.xml"),
                                                         QStringLiteral("bad/coverage.xml"), QStringLiteral("empty/coverage.xml")};
        QTest::newRow("missing") << QStringLiteral("nope.xml") << QStringList{};
        QTest::newRow("a folder is not a file") << QStringLiteral("htmlcov") << QStringList{};
        QTest::newRow("missing root") << QStringLiteral("nowhere/**/x.xml") << QStringList{};
    }

    void findFiles()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        QStringList absolute;
        for (const QString &relative : expected)
            absolute.append(m_src + QLatin1Char('/') + relative);
        QCOMPARE(CoverageTask::findFiles(pattern, m_src), absolute);
        QCOMPARE(CoverageTask::findFiles(m_src + QLatin1Char('/') + pattern, QStringLiteral("/elsewhere")), absolute);
    }

    void publishesTheFirstMatchWithItsReport()
    {
        const qint64 run = newRun();
        auto outcome = CoverageTask::run(
            cobertura(QStringLiteral("*/coverage.xml"),
                      {{QStringLiteral("reportDirectory"), QStringLiteral("htmlcov")},
                       {QStringLiteral("additionalCodeCoverageFiles"), QStringLiteral("**/*.exec")},
                       {QStringLiteral("pathToSources"), QStringLiteral("src")}}),
            *m_coverage, m_artifacts.get(), run, m_src, {});
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QVERIFY(!outcome->failure);
        QCOMPARE(outcome->warnings.size(), 1);  // four files match; the first is published
        QVERIFY(outcome->warnings.first().message.contains(QStringLiteral("4 files match")));
        QVERIFY(outcome->lines.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("lines 71.4% (5/7), branches 50.0% (3/6), 2 package(s), 3 class(es)")));
        auto summary = m_coverage->summary(run);
        QCOMPARE((*summary)->reports.first().summaryFile, m_src + QStringLiteral("/a/coverage.xml"));
        auto artifact = m_artifacts->artifact(run, CoverageTask::artifactName(run));
        QVERIFY(artifact.ok());
        QStringList paths;
        for (const runs::ArtifactFile &file : artifact->files)
            paths.append(file.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("additional/run.exec"), QStringLiteral("coverage.xml"),
                                     QStringLiteral("report/index.html"), QStringLiteral("report/style.css")}));
    }

    void withoutAnArtifactStoreOnlyTheSummaryIsStored()
    {
        const qint64 run = newRun();
        auto outcome = CoverageTask::run(cobertura(QStringLiteral("b/coverage.xml")), *m_coverage, nullptr, run, m_src, {});
        QVERIFY(outcome.ok());
        QCOMPARE((*m_coverage->summary(run))->counts, (runs::CoverageCounts{1, 4, 0, 4}));
        QVERIFY(m_artifacts->artifacts(run)->isEmpty());
    }

    void namesAreMasked()
    {
        const qint64 run = newRun();
        auto mask = [](const QString &text) {
            QString masked = text;
            return masked.replace(QStringLiteral("train"), QStringLiteral("***"));
        };
        QVERIFY(CoverageTask::run(cobertura(QStringLiteral("a/coverage.xml")), *m_coverage, nullptr, run, m_src, mask).ok());
        const runs::CoverageReport report = m_coverage->reports(run)->first();
        QCOMPARE(report.entries.at(1).className, QStringLiteral("***.py"));
        QCOMPARE(report.entries.at(1).fileName, QStringLiteral("ml/***.py"));
    }

    void emptyCoverage_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("failIfEmpty");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file, warning") << QStringLiteral("none/*.xml") << false << QStringLiteral("No code coverage summary file matching");
        QTest::newRow("no file, failure") << QStringLiteral("none/*.xml") << true << QStringLiteral("(failIfCoverageEmpty is true)");
        QTest::newRow("nothing to cover, warning") << QStringLiteral("empty/coverage.xml") << false
                                                   << QStringLiteral("has no lines or branches to cover");
        QTest::newRow("nothing to cover, failure") << QStringLiteral("empty/coverage.xml") << true
                                                   << QStringLiteral("has no lines or branches to cover");
    }

    void emptyCoverage()
    {
        QFETCH(QString, summary);
        QFETCH(bool, failIfEmpty);
        QFETCH(QString, message);
        const qint64 run = newRun();
        auto outcome = CoverageTask::run(
            cobertura(summary, {{QStringLiteral("failIfCoverageEmpty"), failIfEmpty ? QStringLiteral("true") : QStringLiteral("false")}}),
            *m_coverage, m_artifacts.get(), run, m_src, {});
        QVERIFY(outcome.ok());
        if (failIfEmpty) {
            QVERIFY(outcome->failure);
            QVERIFY2(outcome->failure->message.contains(message), qPrintable(outcome->failure->message));
            QVERIFY(!m_coverage->summary(run)->has_value());
        } else {
            QVERIFY(!outcome->failure);
            QCOMPARE(outcome->warnings.size(), 1);
            QVERIFY2(outcome->warnings.first().message.contains(message), qPrintable(outcome->warnings.first().message));
        }
    }

    void badSummaryNamesFileLineColumn()
    {
        const qint64 run = newRun();
        auto outcome = CoverageTask::run(cobertura(QStringLiteral("bad/coverage.xml")), *m_coverage, m_artifacts.get(), run,
                                         m_src, {});
        QVERIFY(outcome.ok());
        QVERIFY(outcome->failure);
        const runs::Issue &failure = *outcome->failure;
        QCOMPARE(failure.type, runs::IssueType::Error);
        QCOMPARE(failure.file, m_src + QStringLiteral("/bad/coverage.xml"));
        QCOMPARE(failure.line, 6);
        QVERIFY(failure.column > 0);
        QVERIFY2(failure.message.startsWith(m_src + QStringLiteral("/bad/coverage.xml:6:%1: the Cobertura summary cannot be read: ")
                                                .arg(failure.column)),
                 qPrintable(failure.message));
        QVERIFY(!m_coverage->summary(run)->has_value());
        QVERIFY(m_artifacts->artifacts(run)->isEmpty());
    }

    void refusedInputs_data()
    {
        QTest::addColumn<Inputs>("inputs");
        QTest::addColumn<QString>("message");
        QTest::newRow("JaCoCo by default") << Inputs{{QStringLiteral("summaryFileLocation"), QStringLiteral("a/coverage.xml")}}
                                           << QStringLiteral("the code coverage tool 'JaCoCo' is not supported locally");
        QTest::newRow("no summary") << Inputs{{QStringLiteral("codeCoverageTool"), QStringLiteral("cobertura")}}
                                    << QStringLiteral("the required input summaryFileLocation is missing");
    }

    void refusedInputs()
    {
        QFETCH(Inputs, inputs);
        QFETCH(QString, message);
        auto outcome = CoverageTask::run(inputs, *m_coverage, m_artifacts.get(), newRun(), m_src, {});
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCoverageTask)
#include "test_coveragetask.moc"
