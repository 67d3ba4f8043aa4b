// End-to-end tests of `mlops run artifacts|download|cancel|rerun` with the built binary:
// the artifacts of a run with their files and sizes (text and JSON); downloading all of
// them or one into DIR/<artifact>/, and the clear failures (unknown run, unknown artifact,
// an existing DIR/<artifact> left untouched, a DIR that cannot be written, no --out) that
// leave nothing half-written; cancelling a running run (its detached agent) and the
// refusals; re-running all jobs and only the failed ones with --follow (exit 0/3) and the
// link to the original in `run show`.

#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every entry below `dir` (relative paths, sorted): what a command left there.
QStringList entriesBelow(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

QJsonObject showRun(const CliRunner &cli, int id)
{
    return cli.run({QStringLiteral("run"), QStringLiteral("show"), QString::number(id), QStringLiteral("-o"), QStringLiteral("json")})
        .object();
}

QJsonObject waitForRun(const CliRunner &cli, int id, const std::function<bool(const QJsonObject &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject run;
    while (timer.elapsed() < 30000) {  // generous: ctest runs other suites alongside
        run = showRun(cli, id);
        if (done(run))
            return run;
        QThread::msleep(100);
    }
    return run;
}

QString resultOf(const QJsonObject &run, const QString &name)
{
    for (const QJsonValue &value : run.value(QStringLiteral("timeline")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject().value(QStringLiteral("result")).toString();
    }
    return {};
}

// Two artifacts: "model" (two files) and "report" (one).
const QByteArray kPublishing = R"Y(steps:
- bash: |
    mkdir -p "$(Build.ArtifactStagingDirectory)/model/sub" "$(Build.ArtifactStagingDirectory)/report"
    printf 12345 > "$(Build.ArtifactStagingDirectory)/model/weights.bin"
    printf '{}' > "$(Build.ArtifactStagingDirectory)/model/sub/meta.json"
    printf 'all good\n' > "$(Build.ArtifactStagingDirectory)/report/report.txt"
- publish: $(Build.ArtifactStagingDirectory)/model
  artifact: model
- publish: $(Build.ArtifactStagingDirectory)/report
  artifact: report
)Y";

}  // namespace

class TestCliRunArtifacts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;  // a workspace with run 1 of kPublishing

private Q_SLOTS:
    void initTestCase()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("repo/publish.yml")), kPublishing);
        QVERIFY(!file.isEmpty());
        m_cli = std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--follow")}), 0);
    }

    void artifactsListsFilesAndSizes()
    {
        const CliResult text = m_cli->run({QStringLiteral("run"), QStringLiteral("artifacts"), QStringLiteral("1")});
        CLI_EXPECT_OK(text);
        QVERIFY2(text.outText().contains(QStringLiteral("model")), text.describe().constData());
        QVERIFY(text.outText().contains(QStringLiteral("sub/meta.json")));
        QVERIFY(text.outText().contains(QStringLiteral("weights.bin")));
        QVERIFY(text.outText().contains(QStringLiteral("(2 files)")));

        const CliResult json = m_cli->run({QStringLiteral("run"), QStringLiteral("artifacts"), QStringLiteral("1"),
                                           QStringLiteral("-o"), QStringLiteral("json")});
        CLI_EXPECT_OK(json);
        const QJsonArray artifacts = json.array();
        QCOMPARE(artifacts.size(), 2);
        const QJsonObject model = artifacts.at(0).toObject();
        QCOMPARE(model.value(QStringLiteral("name")).toString(), QStringLiteral("model"));
        QCOMPARE(model.value(QStringLiteral("totalSize")).toInt(), 7);
        QCOMPARE(model.value(QStringLiteral("fileCount")).toInt(), 2);
        const QJsonArray files = model.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("weights.bin"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("size")).toInt(), 5);
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("sha256")).toString().size(), 64);

        const CliResult unknown = m_cli->run({QStringLiteral("run"), QStringLiteral("artifacts"), QStringLiteral("99")});
        CLI_EXPECT_EXIT(unknown, 1);
        QVERIFY(unknown.errText().contains(QStringLiteral("run 99 does not exist")));
    }

    void downloadAllAndOne()
    {
        QTemporaryDir out;
        const QString all = out.filePath(QStringLiteral("all"));  // created by the command
        const CliResult downloaded = m_cli->run({QStringLiteral("run"), QStringLiteral("download"), QStringLiteral("1"),
                                                 QStringLiteral("--out"), all});
        CLI_EXPECT_OK(downloaded);
        QCOMPARE(entriesBelow(all), (QStringList{QStringLiteral("model"), QStringLiteral("model/sub"),
                                                 QStringLiteral("model/sub/meta.json"), QStringLiteral("model/weights.bin"),
                                                 QStringLiteral("report"), QStringLiteral("report/report.txt")}));
        QCOMPARE(readAll(QDir(all).filePath(QStringLiteral("model/weights.bin"))), QByteArray("12345"));
        QCOMPARE(readAll(QDir(all).filePath(QStringLiteral("report/report.txt"))), QByteArray("all good\n"));

        const QString one = out.filePath(QStringLiteral("one"));
        const CliResult report = m_cli->run({QStringLiteral("run"), QStringLiteral("download"), QStringLiteral("1"),
                                             QStringLiteral("--artifact"), QStringLiteral("report"), QStringLiteral("--out"), one,
                                             QStringLiteral("-o"), QStringLiteral("json")});
        CLI_EXPECT_OK(report);
        QCOMPARE(entriesBelow(one), (QStringList{QStringLiteral("report"), QStringLiteral("report/report.txt")}));
        const QJsonArray listed = report.object().value(QStringLiteral("artifacts")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("folder")).toString(), QDir(one).filePath(QStringLiteral("report")));
    }

    void downloadFailuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");  // after `run download`; DIR stands for the target
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown run") << QStringList{QStringLiteral("42"), QStringLiteral("--out"), QStringLiteral("DIR")}
                                     << QStringLiteral("run 42 does not exist");
        QTest::newRow("unknown artifact")
            << QStringList{QStringLiteral("1"), QStringLiteral("--artifact"), QStringLiteral("weights"), QStringLiteral("--out"),
                           QStringLiteral("DIR")}
            << QStringLiteral("run 1 has no artifact named 'weights' (it has: model, report)");
        QTest::newRow("existing artifact folder")
            << QStringList{QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("DIR")}
            << QStringLiteral("report already exists");
        QTest::newRow("folder below a file")
            << QStringList{QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("DIR/notes.txt/sub")}
            << QStringLiteral("cannot create the folder");
        QTest::newRow("no --out") << QStringList{QStringLiteral("1")} << QStringLiteral("missing --out DIR");
    }

    void downloadFailuresWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir out;
        // What is there before: a file, and a "report" folder that must survive untouched.
        QVERIFY(!writeFile(out.filePath(QStringLiteral("notes.txt")), "mine\n").isEmpty());
        QVERIFY(!writeFile(out.filePath(QStringLiteral("report/old.txt")), "old\n").isEmpty());
        const QStringList before = entriesBelow(out.path());
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("DIR"), out.path());
        const CliResult result = m_cli->run(QStringList{QStringLiteral("run"), QStringLiteral("download")} + arguments);
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(message), result.describe().constData());
        QCOMPARE(entriesBelow(out.path()), before);
        QCOMPARE(readAll(out.filePath(QStringLiteral("report/old.txt"))), QByteArray("old\n"));
    }

    void cancelStopsARunningRun()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir.filePath(QStringLiteral("repo/slow.yml")), "steps:\n- bash: sleep 60\n");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file}), 0);
        const QJsonObject running = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("inProgress") &&
                   r.value(QStringLiteral("agentPid")).toDouble() > 0;
        });
        QVERIFY2(running.value(QStringLiteral("agentPid")).toDouble() > 0,
                 qPrintable(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("ws/logs/1/agent.out"))))));
        const CliResult canceled = cli.run({QStringLiteral("run"), QStringLiteral("cancel"), QStringLiteral("1"),
                                            QStringLiteral("-o"), QStringLiteral("json")});
        CLI_EXPECT_OK(canceled);
        QCOMPARE(canceled.object().value(QStringLiteral("canceled")).toString(), QStringLiteral("requested"));
        QCOMPARE(canceled.object().value(QStringLiteral("agentPid")).toDouble(), running.value(QStringLiteral("agentPid")).toDouble());
        const QJsonObject done = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        });
        QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("canceled"));

        // A completed run, an unknown run, an ID that is no number.
        const CliResult again = cli.run({QStringLiteral("run"), QStringLiteral("cancel"), QStringLiteral("1")});
        CLI_EXPECT_EXIT(again, 1);
        QVERIFY(again.errText().contains(QStringLiteral("already completed (canceled)")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("run"), QStringLiteral("cancel"), QStringLiteral("7")}), 1);
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("run"), QStringLiteral("cancel"), QStringLiteral("first")}), 1);
    }

    // A job that fails until a marker exists: re-running the failed jobs runs only it; the
    // kept job's output reaches the dependent job. A re-run of all jobs runs everything.
    void rerunAllAndFailedJobs()
    {
        QTemporaryDir dir;
        const QString markers = dir.filePath(QStringLiteral("markers"));
        QVERIFY(QDir().mkpath(markers));
        QByteArray yaml = R"Y(jobs:
- job: Produce
  steps:
  - bash: |
      echo ran >> MARKERS/produce.count
      echo "##vso[task.setvariable variable=version;isOutput=true]v$(Build.BuildId)"
    name: setver
- job: Flaky
  steps:
  - bash: test -f MARKERS/fixed
- job: Consume
  dependsOn:
  - Produce
  - Flaky
  variables:
    version: $[ dependencies.Produce.outputs['setver.version'] ]
  steps:
  - bash: echo "consumed $(version)"
)Y";
        yaml.replace("MARKERS", markers.toUtf8());
        const QString file = writeFile(dir.filePath(QStringLiteral("repo/flaky.yml")), yaml);
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--follow")}), 3);

        // Still failing: the failed jobs fail again (exit 3), Produce is not run.
        const CliResult stillFailing = cli.run({QStringLiteral("run"), QStringLiteral("rerun"), QStringLiteral("1"),
                                                QStringLiteral("--failed-jobs"), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(stillFailing, 3);
        QVERIFY(stillFailing.outText().contains(QStringLiteral("a re-run of run 1 (failed jobs)")));
        QCOMPARE(readAll(QDir(markers).filePath(QStringLiteral("produce.count"))), QByteArray("ran\n"));

        QVERIFY(!writeFile(QDir(markers).filePath(QStringLiteral("fixed")), "x\n").isEmpty());
        const CliResult fixed = cli.run({QStringLiteral("run"), QStringLiteral("rerun"), QStringLiteral("1"),
                                         QStringLiteral("--failed-jobs"), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(fixed, 0);
        QVERIFY2(fixed.outText().contains(QStringLiteral("consumed v1")), fixed.describe().constData());
        QCOMPARE(readAll(QDir(markers).filePath(QStringLiteral("produce.count"))), QByteArray("ran\n"));
        const QJsonObject third = showRun(cli, 3);
        QCOMPARE(third.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(third.value(QStringLiteral("rerunOf")).toInt(), 1);
        QCOMPARE(third.value(QStringLiteral("failedJobsOnly")).toBool(), true);
        QCOMPARE(resultOf(third, QStringLiteral("Produce")), QStringLiteral("succeeded"));
        const CliResult shown = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("3")});
        QVERIFY(shown.outText().contains(QStringLiteral("Re-run of run 1 (failed jobs)")));

        // A succeeded run has no failed jobs; all of its jobs can run again.
        const CliResult refused = cli.run({QStringLiteral("run"), QStringLiteral("rerun"), QStringLiteral("3"),
                                           QStringLiteral("--failed-jobs")});
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY(refused.errText().contains(QStringLiteral("only a failed or canceled run")));
        const CliResult all = cli.run({QStringLiteral("run"), QStringLiteral("rerun"), QStringLiteral("3"), QStringLiteral("-o"),
                                       QStringLiteral("json")});
        CLI_EXPECT_OK(all);
        QCOMPARE(all.object().value(QStringLiteral("rerunOf")).toInt(), 3);
        QCOMPARE(all.object().value(QStringLiteral("failedJobsOnly")).toBool(), false);
        const int fourth = all.object().value(QStringLiteral("id")).toInt();
        const QJsonObject done = waitForRun(cli, fourth, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        });
        QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(readAll(QDir(markers).filePath(QStringLiteral("produce.count"))), QByteArray("ran\nran\n"));

        CLI_EXPECT_EXIT(cli.run({QStringLiteral("run"), QStringLiteral("rerun"), QStringLiteral("99")}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRunArtifacts)
#include "test_cli_run_artifacts.moc"
