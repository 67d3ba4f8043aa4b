// End-to-end tests of `mlops pipeline run`, `mlops run list|show|logs` and the agent
// process: the sample's Infrastructure pipeline after `mlops init --sample`; a YAML file
// with a failing job (exit 3, the timeline in JSON); a queued run without --follow that
// its detached agent completes; SIGTERM to the agent cancels the run (queued, and followed
// with --follow on a workspace other processes create at the same time: exit 4); many
// processes creating one new workspace at once all succeed.

#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

namespace {

QString writeYaml(const QTemporaryDir &dir, const QString &name, const QByteArray &yaml)
{
    const QString path = dir.filePath(QStringLiteral("repo/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return {};
    return path;
}

// Polls `run show ID -o json` until `done` accepts it (or ten seconds pass).
QJsonObject waitForRun(const CliRunner &cli, int id, const std::function<bool(const QJsonObject &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject run;
    while (timer.elapsed() < 30000) {  // generous: ctest runs other suites alongside
        run = cli.run({QStringLiteral("run"), QStringLiteral("show"), QString::number(id), QStringLiteral("-o"),
                       QStringLiteral("json")})
                  .object();
        if (done(run))
            return run;
        QThread::msleep(100);
    }
    return run;
}

QJsonObject record(const QJsonObject &run, const QString &name)
{
    const QJsonArray timeline = run.value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &value : timeline) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

}  // namespace

class TestCliRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleInfrastructureRuns()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);
        const CliResult result = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), QStringLiteral("Infrastructure"),
                                          QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(result, 0);
        QVERIFY2(result.outText().contains(QStringLiteral("Resource group: mlops-RG")), result.describe().constData());
        // The step's own `mlops vargroup show` found the run's workspace.
        QVERIFY(result.outText().contains(QStringLiteral("WORKSPACE_SVC_CONNECTION")));
        const CliResult list = cli.run({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        CLI_EXPECT_EXIT(list, 0);
        QCOMPARE(list.array().size(), 1);
        QCOMPARE(list.array().at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    }

    void failingJobExitsThreeWithTimeline()
    {
        QTemporaryDir dir;
        const QString file = writeYaml(dir, QStringLiteral("fail.yml"), R"Y(jobs:
- job: Build
  steps:
  - bash: |
      echo building
      exit 2
- job: Test
  dependsOn: Build
  steps:
  - bash: echo testing
- job: Report
  dependsOn: Build
  condition: always()
  steps:
  - bash: echo reporting
    name: report
)Y");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        const CliResult result = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(result, 3);
        QVERIFY(result.outText().contains(QStringLiteral("Bash exited with code '2'")));
        const CliResult shown = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-o"),
                                         QStringLiteral("json")});
        CLI_EXPECT_EXIT(shown, 0);
        const QJsonObject run = shown.object();
        QCOMPARE(run.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(record(run, QStringLiteral("Build")).value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(record(run, QStringLiteral("Build")).value(QStringLiteral("type")).toString(), QStringLiteral("job"));
        QCOMPARE(record(run, QStringLiteral("Test")).value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(record(run, QStringLiteral("Report")).value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(record(run, QStringLiteral("report")).value(QStringLiteral("state")).toString(), QStringLiteral("completed"));

        const CliResult logs = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QStringLiteral("1"),
                                        QStringLiteral("--record"), QStringLiteral("Report")});
        CLI_EXPECT_EXIT(logs, 0);
        QVERIFY(logs.outText().contains(QStringLiteral("reporting")));
        QVERIFY(!logs.outText().contains(QStringLiteral("building")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("run"), QStringLiteral("logs"), QStringLiteral("1"), QStringLiteral("--record"),
                                 QStringLiteral("Nope")}),
                        1);
    }

    void queuedRunCompletesInItsOwnProcess()
    {
        QTemporaryDir dir;
        const QString file = writeYaml(dir, QStringLiteral("ok.yml"), "steps:\n- script: echo detached-$(Build.BuildId)\n");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        const CliResult queued = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file});
        CLI_EXPECT_EXIT(queued, 0);
        const QJsonObject run = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        });
        QCOMPARE(run.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        const CliResult logs = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QStringLiteral("1")});
        QVERIFY(logs.outText().contains(QStringLiteral("detached-1")));
    }

    void terminatingTheAgentCancelsTheRun()
    {
        QTemporaryDir dir;
        const QString file = writeYaml(dir, QStringLiteral("slow.yml"), "steps:\n- bash: sleep 60\n");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        // Queued without --follow: the detached agent runs it (as the GUI starts runs).
        const CliResult queued = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file});
        CLI_EXPECT_EXIT(queued, 0);
        const QJsonObject run = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("inProgress") &&
                   r.value(QStringLiteral("agentPid")).toDouble() > 0;
        });
        const qint64 agent = qint64(run.value(QStringLiteral("agentPid")).toDouble());
        if (agent <= 0) {
            // Say what the detached agent printed, so a failure here can be understood.
            QFile out(dir.filePath(QStringLiteral("ws/logs/1/agent.out")));
            const QByteArray printed = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArrayLiteral("(no agent.out)");
            QFAIL(qPrintable(QStringLiteral("the run never showed a running agent: %1\nagent printed: %2")
                                 .arg(QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact)),
                                      QString::fromUtf8(printed))));
        }
        QThread::msleep(500);  // the step has started
        QCOMPARE(::kill(pid_t(agent), SIGTERM), 0);
        const QJsonObject done = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        });
        QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("canceled"));
        // The canceled run's log stays readable.
        const CliResult logs = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QStringLiteral("1")});
        CLI_EXPECT_EXIT(logs, 0);
    }

    // `pipeline run --follow` on a workspace that does not exist yet, while other processes
    // (the polls below and three more) create the same workspace: every process waits for
    // the others (switching a new database to WAL used to fail at once with "database is
    // locked", so the run was sometimes never created); SIGTERM to the agent ends the
    // followed run with exit 4.
    void followedRunOnANewWorkspaceIsCanceled()
    {
        QTemporaryDir dir;
        const QString file = writeYaml(dir, QStringLiteral("slow.yml"), "steps:\n- bash: sleep 60\n");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        QProcess follow;
        follow.setProcessEnvironment(cli.environment());
        follow.start(CliRunner::binary(), cli.fullArguments({QStringLiteral("pipeline"), QStringLiteral("run"), file,
                                                             QStringLiteral("--follow")}));
        std::vector<std::unique_ptr<QProcess>> others;
        for (int i = 0; i < 3; ++i) {
            others.push_back(std::make_unique<QProcess>());
            others.back()->setProcessEnvironment(cli.environment());
            others.back()->start(CliRunner::binary(), cli.fullArguments({QStringLiteral("run"), QStringLiteral("list")}));
        }
        QVERIFY(follow.waitForStarted());
        const QJsonObject run = waitForRun(cli, 1, [](const QJsonObject &r) {
            return r.value(QStringLiteral("state")).toString() == QLatin1String("inProgress") &&
                   r.value(QStringLiteral("agentPid")).toDouble() > 0;
        });
        for (const auto &other : others) {
            QVERIFY(other->waitForFinished(30000));
            QVERIFY2(other->exitCode() == 0, other->readAllStandardError().constData());
        }
        const qint64 agent = qint64(run.value(QStringLiteral("agentPid")).toDouble());
        QVERIFY2(agent > 0, qPrintable(QStringLiteral("the followed run never showed a running agent; pipeline run printed: %1 %2")
                                           .arg(QString::fromUtf8(follow.readAllStandardOutput()),
                                                QString::fromUtf8(follow.readAllStandardError()))));
        QThread::msleep(500);  // the step has started
        QCOMPARE(::kill(pid_t(agent), SIGTERM), 0);
        QVERIFY(follow.waitForFinished(30000));
        QCOMPARE(follow.exitCode(), 4);
        QVERIFY(follow.readAllStandardOutput().contains("canceled"));
    }

    // Six processes open one new workspace at the same moment, ten times over: none fails.
    void processesCreatingOneWorkspaceAllSucceed()
    {
        for (int round = 0; round < 10; ++round) {
            QTemporaryDir dir;
            CliRunner cli(dir.filePath(QStringLiteral("ws")));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 6; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->setProcessEnvironment(cli.environment());
                processes.back()->start(CliRunner::binary(), cli.fullArguments({QStringLiteral("run"), QStringLiteral("list"),
                                                                                QStringLiteral("-o"), QStringLiteral("json")}));
            }
            for (const auto &process : processes) {
                QVERIFY(process->waitForFinished(60000));
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(process->readAllStandardError()))));
            }
        }
    }

    void skipStage()
    {
        QTemporaryDir dir;
        const QString file = writeYaml(dir, QStringLiteral("stages.yml"), R"Y(stages:
- stage: Build
  jobs:
  - job: Compile
    steps:
    - bash: echo compiling
- stage: Deploy
  jobs:
  - job: Ship
    steps:
    - bash: echo shipping
)Y");
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        const CliResult unknown = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file,
                                           QStringLiteral("--skip-stage"), QStringLiteral("Nope")});
        CLI_EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.errText().contains(QStringLiteral("'Nope'")), qPrintable(unknown.errText()));
        QVERIFY2(unknown.errText().contains(QStringLiteral("Build, Deploy")), qPrintable(unknown.errText()));

        const CliResult result = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--skip-stage"),
                                          QStringLiteral("Deploy"), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(result, 0);
        const QJsonObject run = cli.run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-o"),
                                         QStringLiteral("json")})
                                    .object();
        QCOMPARE(run.value(QStringLiteral("stagesToSkip")).toArray(), QJsonArray{QStringLiteral("Deploy")});
        QCOMPARE(record(run, QStringLiteral("Deploy")).value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(record(run, QStringLiteral("Ship")).value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(record(run, QStringLiteral("Compile")).value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    }

    void unknownPipelineIsAUserError()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        const CliResult result = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), QStringLiteral("NoSuchPipeline")});
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY(result.errText().contains(QStringLiteral("NoSuchPipeline")));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "test_cli_run.moc"
