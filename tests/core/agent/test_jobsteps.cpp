// The step features of the local agent, run end to end through the Orchestrator:
// retryCountOnTaskFailure, cancelTimeoutInMinutes, pwsh/powershell steps (missing pwsh,
// and the command line through a fake `pwsh` put on PATH), PublishCodeCoverageResults@1,
// and the logging commands that act on the run (artifact.upload, task.uploadfile,
// build.uploadlog, build.updatebuildnumber, build.addbuildtag).

#include "pipelineharness.h"

#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace mlops;
using testing::PipelineOutcome;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

namespace {

bool hasIssue(const runs::TimelineRecord *record, const QString &part)
{
    if (!record)
        return false;
    return std::any_of(record->issues.cbegin(), record->issues.cend(),
                       [&part](const runs::Issue &issue) { return issue.message.contains(part); });
}

QString blobText(const runs::ArtifactStore &artifacts, const runs::Artifact &artifact, const QString &path)
{
    for (const runs::ArtifactFile &file : artifact.files) {
        if (file.path == path) {
            QFile blob(artifacts.blobPath(file.sha256));
            return blob.open(QIODevice::ReadOnly) ? QString::fromUtf8(blob.readAll()) : QString();
        }
    }
    return {};
}

QString systemPath() { return QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")); }

}  // namespace

class TestJobSteps : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    PipelineOutcome run(const QString &yaml, agent::OrchestratorOptions options = {},
                        const std::function<void(agent::Orchestrator &)> &during = {})
    {
        return testing::runPipeline(m_root.filePath(QStringLiteral("case%1").arg(++m_counter)), yaml, options, during);
    }

    // A fake `pwsh` that prints its arguments and the .ps1 file it is given, then exits
    // with $FAKE_PWSH_EXIT (default 0).
    QString fakePwshFolder()
    {
        const QString folder = m_root.filePath(QStringLiteral("fakebin"));
        QDir().mkpath(folder);
        QFile script(folder + QStringLiteral("/pwsh"));
        if (!script.exists()) {
            if (!script.open(QIODevice::WriteOnly))
                return {};
            script.write("#!/bin/sh\n"
                         "echo \"argc=$#\"\n"
                         "for a in \"$@\"; do echo \"arg=[$a]\"; done\n"
                         "f=$(printf '%s' \"$5\" | sed -e \"s/^[.&] '//\" -e \"s/'\\$//\")\n"
                         "echo \"file=$f\"\n"
                         "sed 's/^/ps1: /' \"$f\"\n"
                         "echo\n"
                         "exit ${FAKE_PWSH_EXIT:-0}\n");
            script.close();
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        return folder;
    }

private Q_SLOTS:
    // --- retryCountOnTaskFailure -----------------------------------------------------

    void retryRunsAFailedStepUntilItSucceeds()
    {
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 0.6;  // retry pauses of 10 ms, 40 ms
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    f="$(Agent.TempDirectory)/count"
    n=`cat "$f" 2>/dev/null || echo 0`
    n=`expr $n + 1`
    echo $n > "$f"
    echo "try-$n"
    test $n -ge 3
  name: flaky
  retryCountOnTaskFailure: 3
- bash: echo after-flaky
)Y"),
                                            options);
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        const runs::TimelineRecord *flaky = outcome.record(QStringLiteral("flaky"));
        QVERIFY(flaky);
        QCOMPARE(flaky->result, runs::RunResult::Succeeded);
        const QString log = outcome.logOf(QStringLiteral("flaky"));
        for (const char *line : {"try-1", "try-2", "try-3", "Attempt 1 of 4 (retryCountOnTaskFailure: 3).",
                                 "Attempt 3 of 4", "The step failed on attempt 2 of 4; it runs again in 40 ms"})
            QVERIFY2(log.contains(QLatin1String(line)), line);
        QVERIFY(!log.contains(QStringLiteral("Attempt 4 of 4")));
        QCOMPARE(flaky->warningCount, 2);
        QVERIFY(outcome.logs.contains(QStringLiteral("after-flaky")));
    }

    void retryKeepsTheLastAttemptsResult_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<runs::RunResult>("expected");
        QTest::newRow("exhausted") << QStringLiteral("- bash: exit 4\n  name: s\n  retryCountOnTaskFailure: 2") << 3
                                   << runs::RunResult::Failed;
        QTest::newRow("exhausted, continueOnError")
            << QStringLiteral("- bash: exit 4\n  name: s\n  retryCountOnTaskFailure: 1\n  continueOnError: true") << 2
            << runs::RunResult::SucceededWithIssues;
        QTest::newRow("issues are not retried")
            << QStringLiteral("- bash: echo '##vso[task.complete result=SucceededWithIssues]meh'\n  name: s\n"
                              "  retryCountOnTaskFailure: 3")
            << 1 << runs::RunResult::SucceededWithIssues;
        QTest::newRow("task.complete Failed is retried")
            << QStringLiteral("- bash: echo '##vso[task.complete result=Failed]no'\n  name: s\n  retryCountOnTaskFailure: 1")
            << 2 << runs::RunResult::Failed;
        QTest::newRow("built-in task is retried")
            << QStringLiteral("- task: CopyFiles@2\n  name: s\n  retryCountOnTaskFailure: 2\n  inputs:\n"
                              "    SourceFolder: /nonexistent-folder\n    TargetFolder: out")
            << 3 << runs::RunResult::Failed;
    }

    void retryKeepsTheLastAttemptsResult()
    {
        QFETCH(QString, step);
        QFETCH(int, attempts);
        QFETCH(runs::RunResult, expected);
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 0.6;
        const PipelineOutcome outcome = run(QStringLiteral("steps:\n- checkout: none\n") + step + QLatin1Char('\n'), options);
        const runs::TimelineRecord *record = outcome.record(QStringLiteral("s"));
        QVERIFY(record);
        QCOMPARE(record->result, expected);
        const QString log = outcome.logOf(QStringLiteral("s"));
        QCOMPARE(int(log.count(QStringLiteral("##[section]Attempt "))), attempts);
        QVERIFY(log.contains(QStringLiteral("Attempt %1 of ").arg(attempts)));
        QCOMPARE(int(log.count(QStringLiteral("it runs again in"))), attempts - 1);
    }

    // --- cancelTimeoutInMinutes ------------------------------------------------------

    void cancelRunsCleanupStepsWithinTheCancelTimeout()
    {
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 1.0;  // cancelTimeoutInMinutes: 3 → three seconds
        options.killGraceMs = 300;
        const QString pidFile = m_root.filePath(QStringLiteral("cleanup.pid"));
        QElapsedTimer timer;
        timer.start();
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(jobs:
- job: Long
  cancelTimeoutInMinutes: 3
  steps:
  - checkout: none
  - bash: sleep 60
    name: working
  - bash: echo not-after-cancel
    name: skippedByCancel
  - bash: |
      sleep 0.5
      echo quick-cleanup-done
    condition: always()
    name: quick
  - bash: |
      echo slow-cleanup-started
      sleep 30 &
      echo $! > %1
      wait
      echo slow-cleanup-finished
    condition: canceled()
    name: slow
  - bash: echo after-the-window
    condition: always()
    name: late
)Y").arg(pidFile),
                                            options, [](agent::Orchestrator &orchestrator) {
                                                std::this_thread::sleep_for(std::chrono::milliseconds(1000));
                                                orchestrator.cancel();
                                            });
        QCOMPARE(outcome.result, runs::RunResult::Canceled);
        QVERIFY(timer.elapsed() < 25000);
        QCOMPARE(outcome.record(QStringLiteral("working"))->result, runs::RunResult::Canceled);
        QCOMPARE(outcome.record(QStringLiteral("skippedByCancel"))->result, runs::RunResult::Canceled);
        // A cleanup step is not killed by the cancel flag any more: it runs to its end.
        QCOMPARE(outcome.record(QStringLiteral("quick"))->result, runs::RunResult::Succeeded);
        QVERIFY(outcome.logs.contains(QStringLiteral("quick-cleanup-done")));
        // One that outlasts the window is stopped, and nothing starts after the window.
        QCOMPARE(outcome.record(QStringLiteral("slow"))->result, runs::RunResult::Canceled);
        QVERIFY(outcome.logs.contains(QStringLiteral("slow-cleanup-started")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("slow-cleanup-finished")));
        QVERIFY(hasIssue(outcome.record(QStringLiteral("slow")),
                         QStringLiteral("cancel timeout of 3 minute(s) (cancelTimeoutInMinutes) ran out")));
        QCOMPARE(outcome.record(QStringLiteral("late"))->result, runs::RunResult::Canceled);
        QVERIFY(!outcome.logs.contains(QStringLiteral("after-the-window")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("not-after-cancel")));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t child = pid_t(file.readAll().trimmed().toLongLong());
        QVERIFY(child > 1);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0, 5000);
    }

    void jobTimeoutGivesCleanupTheCancelTimeout()
    {
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 1.0;
        options.killGraceMs = 300;
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(jobs:
- job: Slow
  timeoutInMinutes: 1
  cancelTimeoutInMinutes: 4
  steps:
  - checkout: none
  - bash: sleep 30
  - bash: |
      sleep 1.5
      echo cleanup-outlived-the-old-one-second
    condition: always()
    name: cleanup
)Y"),
                                            options);
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(outcome.record(QStringLiteral("cleanup"))->result, runs::RunResult::Succeeded);
        QVERIFY(outcome.logs.contains(QStringLiteral("cleanup-outlived-the-old-one-second")));
    }

    // --- pwsh / powershell -----------------------------------------------------------

    void powershellStepsFailWithoutPwsh_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("pwsh") << QStringLiteral("- pwsh: Write-Host hello\n  name: ps");
        QTest::newRow("powershell") << QStringLiteral("- powershell: Write-Host hello\n  name: ps");
        QTest::newRow("PowerShell@2")
            << QStringLiteral("- task: PowerShell@2\n  name: ps\n  inputs:\n    targetType: inline\n    script: Write-Host hello");
    }

    void powershellStepsFailWithoutPwsh()
    {
        QFETCH(QString, step);
        agent::OrchestratorOptions options;
        const QString empty = m_root.filePath(QStringLiteral("emptybin"));
        QDir().mkpath(empty);
        options.baseEnvironment.insert(QStringLiteral("PATH"), empty);
        options.baseEnvironment.insert(QStringLiteral("HOME"), m_root.path());
        const PipelineOutcome outcome = run(QStringLiteral("steps:\n- checkout: none\n") + step + QLatin1Char('\n'), options);
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        const runs::TimelineRecord *ps = outcome.record(QStringLiteral("ps"));
        QVERIFY(ps);
        QCOMPARE(ps->result, runs::RunResult::Failed);
        QVERIFY(hasIssue(ps, QStringLiteral("PowerShell is not installed")));
        QVERIFY(hasIssue(ps, QStringLiteral("apt-get install -y powershell")));
        QVERIFY(outcome.logOf(QStringLiteral("ps")).contains(QStringLiteral("##[error]PowerShell is not installed")));
    }

    void pwshRunsTheScriptFileAsAzureDoes()
    {
        const QString bin = fakePwshFolder();
        QVERIFY(!bin.isEmpty());
        agent::OrchestratorOptions options;
        options.baseEnvironment.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + systemPath());
        options.baseEnvironment.insert(QStringLiteral("HOME"), m_root.path());
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(steps:
- checkout: none
- pwsh: Write-Host "hello $(Build.BuildId)"
  name: ps
- pwsh: Write-Host failing
  name: failing
  errorActionPreference: continue
  ignoreLASTEXITCODE: true
  env:
    FAKE_PWSH_EXIT: 7
)Y"),
                                            options);
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(outcome.record(QStringLiteral("ps"))->result, runs::RunResult::Succeeded);
        const QString log = outcome.logOf(QStringLiteral("ps"));
        QVERIFY2(log.contains(QStringLiteral("##[command]") + bin + QStringLiteral("/pwsh -NoLogo -NoProfile -NonInteractive -Command")),
                 qPrintable(log));
        for (const char *line : {"argc=5", "arg=[-NoLogo]", "arg=[-NoProfile]", "arg=[-NonInteractive]", "arg=[-Command]",
                                 "ps1: $ProgressPreference = 'SilentlyContinue'",
                                 "ps1: Write-Host \"hello 1\"", "ps1:     exit $LASTEXITCODE"})
            QVERIFY2(log.contains(QString::fromUtf8(line)), line);
        QVERIFY(log.contains(QStringLiteral("arg=[. '")));
        QVERIFY(log.contains(QStringLiteral(".ps1']")));
        QVERIFY(log.contains(QStringLiteral("file=") + outcome.workspace->directory() + QStringLiteral("/runs/1/_temp/")));
        // The script file starts with a byte order mark, as the task writes it.
        QVERIFY(log.contains(QStringLiteral("ps1: ") + QChar(0xFEFF) + QStringLiteral("$ErrorActionPreference")));
        // ...and is removed once the step is done.
        QVERIFY(QDir(outcome.workspace->directory() + QStringLiteral("/runs/1/_temp"))
                    .entryList({QStringLiteral("*.ps1")}, QDir::Files)
                    .isEmpty());

        const runs::TimelineRecord *failing = outcome.record(QStringLiteral("failing"));
        QCOMPARE(failing->result, runs::RunResult::Failed);
        QVERIFY(hasIssue(failing, QStringLiteral("PowerShell exited with code '7'.")));
        const QString failingLog = outcome.logOf(QStringLiteral("failing"));
        QVERIFY(failingLog.contains(QStringLiteral("ps1: ") + QChar(0xFEFF) + QStringLiteral("$ErrorActionPreference = 'Continue'")));
        QVERIFY(!failingLog.contains(QStringLiteral("LASTEXITCODE")));
    }

    // --- PublishCodeCoverageResults@1 -----------------------------------------------

    void coverageIsPublishedPerRun()
    {
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    mkdir -p build/cov report
    echo '<html/>' > report/index.html
    cat > build/cov/coverage.xml <<'XML'
    <?xml version="1.0" ?>
    <coverage line-rate="0.75" branch-rate="0.5" lines-covered="3" lines-valid="4" branches-covered="1" branches-valid="2" version="7.4">
      <packages>
        <package name="src" line-rate="0.75" branch-rate="0.5">
          <classes>
            <class name="train.py" filename="src/train.py" line-rate="0.75" branch-rate="0.5">
              <methods/>
              <lines>
                <line number="1" hits="1"/>
                <line number="2" hits="3" branch="true" condition-coverage="50% (1/2)"/>
                <line number="3" hits="0"/>
                <line number="4" hits="1"/>
              </lines>
            </class>
          </classes>
        </package>
      </packages>
    </coverage>
    XML
- task: PublishCodeCoverageResults@1
  name: coverage
  inputs:
    codeCoverageTool: Cobertura
    summaryFileLocation: $(System.DefaultWorkingDirectory)/**/coverage.xml
    reportDirectory: report
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY2(outcome.logOf(QStringLiteral("coverage")).contains(QStringLiteral("lines 75.0% (3/4), branches 50.0% (1/2)")),
                 qPrintable(outcome.logs));
        runs::CoverageStore store(outcome.workspace);
        auto summary = store.summary(outcome.runId, true);
        QVERIFY(summary.ok());
        QVERIFY(summary->has_value());
        const runs::CoverageSummary &coverage = **summary;
        QCOMPARE(coverage.counts, (runs::CoverageCounts{3, 4, 1, 2}));
        QCOMPARE(coverage.lineRate, 0.75);
        QCOMPARE(coverage.reports.size(), 1);
        QVERIFY(coverage.reports.first().summaryFile.endsWith(QStringLiteral("build/cov/coverage.xml")));
        QCOMPARE(coverage.reports.first().entries.size(), 2);
        QCOMPARE(coverage.reports.first().entries.at(1).fileName, QStringLiteral("src/train.py"));
        runs::ArtifactStore artifacts(outcome.workspace);
        auto artifact = artifacts.artifact(outcome.runId, QStringLiteral("Code Coverage Report_%1").arg(outcome.runId));
        QVERIFY(artifact.ok());
        QStringList paths;
        for (const runs::ArtifactFile &file : artifact->files)
            paths.append(file.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("coverage.xml"), QStringLiteral("report/index.html")}));
    }

    void badCoverageXmlFailsTheStepNamingTheSpot()
    {
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    printf '<coverage line-rate="0.5">\n  <packages>\n    <package name="a">\n  </packages>\n</coverage>\n' > broken.xml
- task: PublishCodeCoverageResults@1
  name: coverage
  inputs:
    codeCoverageTool: Cobertura
    summaryFileLocation: broken.xml
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        const runs::TimelineRecord *record = outcome.record(QStringLiteral("coverage"));
        QVERIFY(record);
        QCOMPARE(record->result, runs::RunResult::Failed);
        const auto issue = std::find_if(record->issues.cbegin(), record->issues.cend(),
                                        [](const runs::Issue &i) { return i.type == runs::IssueType::Error; });
        QVERIFY(issue != record->issues.cend());
        QVERIFY2(issue->message.contains(QStringLiteral("broken.xml:4:")), qPrintable(issue->message));
        QVERIFY(issue->file.endsWith(QStringLiteral("broken.xml")));
        QCOMPARE(issue->line, 4);
        QVERIFY(issue->column > 0);
        runs::CoverageStore store(outcome.workspace);
        QVERIFY(!store.summary(outcome.runId)->has_value());
    }

    // --- logging commands that act on the run ---------------------------------------

    void loggingCommandsReachTheRun()
    {
        const PipelineOutcome outcome = run(QStringLiteral(R"Y(jobs:
- job: A
  steps:
  - checkout: none
  - bash: |
      mkdir -p out/sub
      echo one > out/a.txt
      echo two > out/sub/b.txt
      echo "##vso[task.setsecret]hunter2-SECRET"
      printf 'password hunter2-SECRET here\nplain line\n' > secret.log
      echo "##vso[artifact.upload containerfolder=results;artifactname=results]$PWD/out"
      echo "##vso[task.uploadfile]$PWD/out/a.txt"
      echo "##vso[build.uploadlog]secret.log"
      echo "##vso[build.updatebuildnumber]1.2.3-local"
      echo "##vso[build.addbuildtag]nightly"
      echo "##vso[build.addbuildtag]gpu"
    name: commands
  - bash: echo "number:$(Build.BuildNumber) env:$BUILD_BUILDNUMBER"
    name: later
- job: B
  dependsOn: A
  steps:
  - checkout: none
  - bash: echo "number-in-B:$(Build.BuildNumber)"
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QCOMPARE(outcome.details.run.number, QStringLiteral("1.2.3-local"));
        QCOMPARE(outcome.details.run.tags, (QStringList{QStringLiteral("gpu"), QStringLiteral("nightly")}));
        QVERIFY2(outcome.logOf(QStringLiteral("later")).contains(QStringLiteral("number:1.2.3-local env:1.2.3-local")),
                 qPrintable(outcome.logs));
        QVERIFY(outcome.logs.contains(QStringLiteral("number-in-B:1.2.3-local")));

        runs::ArtifactStore artifacts(outcome.workspace);
        auto results = artifacts.artifact(outcome.runId, QStringLiteral("results"));
        QVERIFY(results.ok());
        QCOMPARE(results->files.size(), 2);
        QCOMPARE(results->files.at(0).path, QStringLiteral("a.txt"));
        QCOMPARE(results->files.at(1).path, QStringLiteral("sub/b.txt"));
        auto attachments = artifacts.artifact(outcome.runId, QStringLiteral("_attachments"));
        QVERIFY(attachments.ok());
        QCOMPARE(attachments->files.size(), 2);
        QCOMPARE(attachments->files.at(0).path, QStringLiteral("logs/secret.log"));
        QVERIFY2(attachments->files.at(1).path.startsWith(QStringLiteral("steps/A/02_commands/")),
                 qPrintable(attachments->files.at(1).path));
        QVERIFY(attachments->files.at(1).path.endsWith(QStringLiteral("/a.txt")));
        // An uploaded log is a log: its secrets are masked, the rest kept.
        QCOMPARE(blobText(artifacts, *attachments, QStringLiteral("logs/secret.log")),
                 QStringLiteral("password *** here\nplain line\n"));
        QVERIFY(!outcome.logs.contains(QStringLiteral("hunter2-SECRET")));
    }

    void loggingCommandsThatCannotBeCarriedOutFailTheStep_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing upload") << QStringLiteral("##vso[task.uploadfile]no-such-file.txt")
                                        << QStringLiteral("Unable to process ##vso[task.uploadfile]");
        QTest::newRow("missing log") << QStringLiteral("##vso[build.uploadlog]/nonexistent/x.log")
                                     << QStringLiteral("/nonexistent/x.log");
        QTest::newRow("reserved artifact")
            << QStringLiteral("##vso[artifact.upload artifactname=_attachments]out") << QStringLiteral("is reserved");
        QTest::newRow("bad build number") << QStringLiteral("##vso[build.updatebuildnumber]release/1")
                                          << QStringLiteral("contains '/'");
    }

    void loggingCommandsThatCannotBeCarriedOutFailTheStep()
    {
        QFETCH(QString, command);
        QFETCH(QString, message);
        const PipelineOutcome outcome = run(QStringLiteral("steps:\n- checkout: none\n- bash: |\n    mkdir -p out\n"
                                                           "    echo x > out/x.txt\n    echo '%1'\n  name: cmd\n")
                                                .arg(command));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        const runs::TimelineRecord *record = outcome.record(QStringLiteral("cmd"));
        QCOMPARE(record->result, runs::RunResult::Failed);
        QVERIFY2(hasIssue(record, message), qPrintable(outcome.logs));
        QCOMPARE(outcome.details.run.number, QString());
    }
};

QTEST_GUILESS_MAIN(TestJobSteps)
#include "test_jobsteps.moc"
