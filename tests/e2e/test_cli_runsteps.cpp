// End to end through `mlops pipeline run --follow` and the agent process: a run that
// publishes Cobertura coverage, renames itself and tags itself; `mlops run show` prints
// the tags and the coverage, and `-o json` carries "tags", "number" and "coverage".

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliRunSteps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showCarriesCoverageAndTags()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("repo/ci.yml"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("repo"))));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(R"Y(steps:
- checkout: none
- bash: |
    cat > coverage.xml <<'XML'
    <coverage line-rate="0.8" branch-rate="0.25" lines-covered="8" lines-valid="10" branches-covered="1" branches-valid="4">
      <packages><package name="ml"><classes>
        <class name="train.py" filename="ml/train.py"><lines><line number="1" hits="1"/></lines></class>
      </classes></package></packages>
    </coverage>
    XML
    echo "##vso[build.updatebuildnumber]2026.11.25-e2e"
    echo "##vso[build.addbuildtag]candidate"
- task: PublishCodeCoverageResults@1
  inputs:
    codeCoverageTool: Cobertura
    summaryFileLocation: coverage.xml
)Y");
        yaml.close();
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--follow")}), 0);

        const CliResult text = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1")});
        CLI_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("Tags: candidate\n")), text.describe().constData());
        QVERIFY(text.outText().contains(QStringLiteral("Coverage: lines 80.0% (8/10), branches 25.0% (1/4)\n")));

        const CliResult shown = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-o"),
                                         QStringLiteral("json")});
        CLI_EXPECT_EXIT(shown, 0);
        const QJsonObject run = shown.object();
        QCOMPARE(run.value(QStringLiteral("number")).toString(), QStringLiteral("2026.11.25-e2e"));
        QCOMPARE(run.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("candidate")}));
        const QJsonObject coverage = run.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("lineRate")).toDouble(), 0.8);
        QCOMPARE(coverage.value(QStringLiteral("branchRate")).toDouble(), 0.25);
        QCOMPARE(coverage.value(QStringLiteral("linesCovered")).toInt(), 8);
        QCOMPARE(coverage.value(QStringLiteral("linesValid")).toInt(), 10);
        const QJsonArray reports = coverage.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        const QJsonArray packages = reports.at(0).toObject().value(QStringLiteral("packages")).toArray();
        QCOMPARE(packages.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ml"));
        QCOMPARE(packages.at(0).toObject().value(QStringLiteral("classes")).toArray().at(0).toObject()
                     .value(QStringLiteral("fileName")).toString(),
                 QStringLiteral("ml/train.py"));
    }

    void runWithoutCoverageHasNull()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("repo/plain.yml"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("repo"))));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("steps:\n- checkout: none\n- script: echo plain\n");
        yaml.close();
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--follow")}), 0);
        const CliResult shown = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-o"),
                                         QStringLiteral("json")});
        CLI_EXPECT_EXIT(shown, 0);
        QVERIFY(shown.object().contains(QStringLiteral("coverage")));
        QVERIFY(shown.object().value(QStringLiteral("coverage")).isNull());
        QCOMPARE(shown.object().value(QStringLiteral("tags")).toArray().size(), 0);
        const CliResult text = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(!text.outText().contains(QStringLiteral("Coverage:")));
        QVERIFY(!text.outText().contains(QStringLiteral("Tags:")));
    }
};

QTEST_GUILESS_MAIN(TestCliRunSteps)
#include "test_cli_runsteps.moc"
