// Orchestrator + JobRunner end to end: pipelines of bash steps written into a temporary
// repository, compiled with PipelineCompiler and run against a temporary workspace.

#include "pipelineharness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mlops;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

using Outcome = testing::PipelineOutcome;

class TestOrchestrator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    Outcome runYaml(const QString &yaml, agent::OrchestratorOptions options = {},
                    const std::function<void(agent::Orchestrator &)> &during = {}, QString base = {})
    {
        if (base.isEmpty())
            base = m_root.filePath(QStringLiteral("case%1").arg(++m_counter));
        return testing::runPipeline(base, yaml, std::move(options), during);
    }

    static std::optional<runs::RunResult> resultOf(const Outcome &outcome, const QString &name)
    {
        for (const runs::TimelineRecord &record : outcome.details.timeline) {
            if (record.name == name)
                return record.result;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void outputVariablesFlowAcrossStepsJobsAndStages()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(stages:
- stage: A
  jobs:
  - job: J1
    steps:
    - bash: echo "##vso[task.setvariable variable=x;isOutput=true]hello"
      name: setter
    - bash: echo "same:$(setter.x) id:$(Build.BuildId) dir:$(System.DefaultWorkingDirectory)"
  - job: J2
    dependsOn: J1
    variables:
      y: $[ dependencies.J1.outputs['setter.x'] ]
    steps:
    - script: echo "job:$(y)"
- stage: B
  jobs:
  - job: K
    variables:
      z: $[ stageDependencies.A.J1.outputs['setter.x'] ]
    steps:
    - script: echo "stage:$(z) env:$Z"
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY2(outcome.logs.contains(QStringLiteral("same:hello id:")), qPrintable(outcome.logs));
        QVERIFY(outcome.logs.contains(QStringLiteral("job:hello")));
        QVERIFY(outcome.logs.contains(QStringLiteral("stage:hello env:hello")));
        QVERIFY(outcome.logs.contains(QStringLiteral("/runs/1/s")));
        QCOMPARE(resultOf(outcome, QStringLiteral("K")), runs::RunResult::Succeeded);
        for (const runs::TimelineRecord &record : outcome.details.timeline)
            QCOMPARE(record.state, runs::RunState::Completed);
    }

    void failureSkipsDependentsButAlwaysRuns()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Fail
  steps:
  - bash: exit 3
  - bash: echo never-printed
- job: Dependent
  dependsOn: Fail
  steps:
  - bash: echo dependent-ran
- job: Cleanup
  dependsOn: Fail
  condition: always()
  steps:
  - bash: echo cleanup-ran
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("Fail")), runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("Dependent")), runs::RunResult::Skipped);
        QCOMPARE(resultOf(outcome, QStringLiteral("Cleanup")), runs::RunResult::Succeeded);
        QVERIFY(outcome.logs.contains(QStringLiteral("cleanup-ran")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("dependent-ran")));
        QVERIFY(outcome.logs.contains(QStringLiteral("Bash exited with code '3'")));
    }

    void continueOnErrorGivesSucceededWithIssues()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- bash: exit 1
  continueOnError: true
- bash: echo after
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::SucceededWithIssues);
        QVERIFY(outcome.logs.contains(QStringLiteral("after")));
    }

    void secretsNeverReachTheLogs()
    {
        agent::OrchestratorOptions options;
        const QString secret = QStringLiteral("s3cr3t-Value-42");
        options.resolveGroup = [secret](const QString &name) -> Result<QList<agent::Variable>> {
            if (name != QLatin1String("grp"))
                return makeError(ErrorCode::NotFound, QStringLiteral("no group"));
            agent::Variable variable;
            variable.name = QStringLiteral("mySecret");
            variable.value = secret;
            variable.isSecret = true;
            return QList<agent::Variable>{variable};
        };
        const Outcome outcome = runYaml(QStringLiteral(R"Y(variables:
- group: grp
steps:
- bash: |
    echo "env:$SECRET_FROM_ENV"
    echo "macro:$(mySecret)"
    echo "implicit:${MYSECRET:-unset}"
  env:
    SECRET_FROM_ENV: $(mySecret)
- bash: echo "##vso[task.setvariable variable=tok;isSecret=true]tok-VALUE-99"
- bash: echo "later:$(tok)"
)Y"),
                                        options);
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY(outcome.logs.contains(QStringLiteral("env:***")));
        QVERIFY(outcome.logs.contains(QStringLiteral("macro:***")));
        QVERIFY(outcome.logs.contains(QStringLiteral("implicit:unset")));
        QVERIFY(!outcome.logs.contains(secret));
        QVERIFY(outcome.logs.contains(QStringLiteral("later:***")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("tok-VALUE-99")));
    }

    void timeoutKillsAProcessTreeThatIgnoresSigterm()
    {
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 1.0;  // timeoutInMinutes: 1 → one second
        options.killGraceMs = 300;
        const QString pidFile = m_root.filePath(QStringLiteral("child.pid"));
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- bash: |
    trap '' TERM
    sleep 60 &
    echo $! > %1
    wait
  timeoutInMinutes: 1
)Y").arg(pidFile),
                                        options);
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(outcome.logs.contains(QStringLiteral("timed out")));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t child = pid_t(file.readAll().trimmed().toLongLong());
        QVERIFY(child > 1);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0, 5000);
    }

    void jobTimeoutFailsTheJob()
    {
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 1.0;
        options.killGraceMs = 300;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Slow
  timeoutInMinutes: 1
  steps:
  - checkout: none
  - bash: sleep 30
  - bash: echo not-after-timeout
  - bash: echo cleanup-after-timeout
    condition: always()
)Y"),
                                        options);
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(resultOf(outcome, QStringLiteral("Slow")), runs::RunResult::Failed);
        QVERIFY(outcome.logs.contains(QStringLiteral("maximum execution time of 1 minute")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("not-after-timeout")));
        QVERIFY(outcome.logs.contains(QStringLiteral("cleanup-after-timeout")));
    }

    void matrixLegsAndTheirOutputs()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: A
  strategy:
    maxParallel: 1
    matrix:
      debugJob:
        configuration: debug
      releaseJob:
        configuration: release
  steps:
  - checkout: none
  - bash: echo "##vso[task.setvariable variable=out;isOutput=true]cfg-$(configuration)-$(System.JobPositionInPhase)of$(System.TotalJobsInPhase)"
    name: setter
- job: B
  dependsOn: A
  variables:
    fromDebug: $[ dependencies.A.outputs['debugJob.setter.out'] ]
    fromRelease: $[ dependencies.A.outputs['releaseJob.setter.out'] ]
  steps:
  - checkout: none
  - bash: echo "got $(fromDebug) and $(fromRelease)"
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY2(outcome.logs.contains(QStringLiteral("got cfg-debug-1of2 and cfg-release-2of2")), qPrintable(outcome.logs));
        int legs = 0;
        for (const runs::TimelineRecord &record : outcome.details.timeline)
            legs += record.type == runs::RecordType::Job && record.name == QLatin1String("A");
        QCOMPARE(legs, 2);
    }

    void cancelStopsTheRun()
    {
        QElapsedTimer timer;
        timer.start();
        agent::OrchestratorOptions options;
        options.killGraceMs = 300;
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Long
  steps:
  - bash: sleep 60
  - bash: echo not-after-cancel
  - bash: echo always-after-cancel
    condition: always()
)Y"),
                                        options, [](agent::Orchestrator &orchestrator) {
                                            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                                            orchestrator.cancel();
                                        });
        QCOMPARE(outcome.result, runs::RunResult::Canceled);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(resultOf(outcome, QStringLiteral("Long")), runs::RunResult::Canceled);
        QVERIFY(!outcome.logs.contains(QStringLiteral("not-after-cancel")));
        QVERIFY(outcome.logs.contains(QStringLiteral("always-after-cancel")));
    }

    void artifactsPublishedByOneJobAreDownloadedByAnother()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Produce
  steps:
  - bash: |
      mkdir -p "$(Build.ArtifactStagingDirectory)/model"
      echo "weights-v1" > "$(Build.ArtifactStagingDirectory)/model/weights.txt"
  - publish: $(Build.ArtifactStagingDirectory)/model
    artifact: model
- job: Consume
  dependsOn: Produce
  steps:
  - download: current
    artifact: model
  - bash: cat "$(Pipeline.Workspace)/model/weights.txt"
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY2(outcome.logs.contains(QStringLiteral("Published artifact 'model'")), qPrintable(outcome.logs));
        QVERIFY(outcome.logs.contains(QStringLiteral("Downloaded artifact 'model'")));
        QVERIFY(outcome.logs.contains(QStringLiteral("weights-v1")));
    }

    void downloadFromAPipelineResourceTakesTheLatestSucceededRun()
    {
        const QString base = m_root.filePath(QStringLiteral("shared"));
        const Outcome producer = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: echo "from-producer" > "$(Build.ArtifactStagingDirectory)/note.txt"
- publish: $(Build.ArtifactStagingDirectory)
  artifact: notes
)Y"),
                                         {}, {}, base);
        QCOMPARE(producer.result, runs::RunResult::Succeeded);
        const Outcome consumer = runYaml(QStringLiteral(R"Y(resources:
  pipelines:
  - pipeline: upstream
    source: test
steps:
- checkout: none
- download: upstream
  artifact: notes
- bash: cat "$(Pipeline.Workspace)/upstream/notes/note.txt"
)Y"),
                                         {}, {}, base);
        QCOMPARE(consumer.result, runs::RunResult::Succeeded);
        QVERIFY2(consumer.logs.contains(QStringLiteral("Downloaded artifact 'notes' of run 1")), qPrintable(consumer.logs));
        QVERIFY(consumer.logs.contains(QStringLiteral("from-producer")));
    }

    void stepResultsFromStderrAndTaskComplete_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<runs::RunResult>("expected");
        QTest::newRow("stderr ignored") << QStringLiteral("- bash: echo oops >&2") << runs::RunResult::Succeeded;
        QTest::newRow("failOnStderr") << QStringLiteral("- bash: echo oops >&2\n  failOnStderr: true") << runs::RunResult::Failed;
        QTest::newRow("complete with issues")
            << QStringLiteral("- bash: echo '##vso[task.complete result=SucceededWithIssues]partly'")
            << runs::RunResult::SucceededWithIssues;
        QTest::newRow("complete failed") << QStringLiteral("- bash: echo '##vso[task.complete result=Failed]no'")
                                         << runs::RunResult::Failed;
        QTest::newRow("logissue does not fail")
            << QStringLiteral("- bash: echo '##vso[task.logissue type=error]bad thing'") << runs::RunResult::Succeeded;
        QTest::newRow("last command counts") << QStringLiteral("- bash: |\n    false\n    true") << runs::RunResult::Succeeded;
        QTest::newRow("workingDirectory") << QStringLiteral("- bash: test \"$PWD\" = \"$(Build.SourcesDirectory)/sub\"\n  workingDirectory: sub")
                                          << runs::RunResult::Succeeded;
        QTest::newRow("disabled step") << QStringLiteral("- bash: exit 1\n  enabled: false") << runs::RunResult::Succeeded;
    }

    void stepResultsFromStderrAndTaskComplete()
    {
        QFETCH(QString, step);
        QFETCH(runs::RunResult, expected);
        const Outcome outcome = runYaml(QStringLiteral("steps:\n") + step + QLatin1Char('\n'));
        QCOMPARE(outcome.result, expected);
    }

    void parallelJobsRunAtTheSameTime()
    {
        agent::OrchestratorOptions options;
        options.maxParallelJobs = 2;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: A
  steps:
  - checkout: none
  - bash: sleep 1.5
- job: B
  steps:
  - checkout: none
  - bash: sleep 1.5
)Y"),
                                        options);
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        // Overlap is checked on the recorded times, not on wall-clock speed.
        QDateTime startA, startB, endA, endB;
        for (const runs::TimelineRecord &record : outcome.details.timeline) {
            if (record.name == QLatin1String("A")) { startA = record.startedAt; endA = record.finishedAt; }
            if (record.name == QLatin1String("B")) { startB = record.startedAt; endB = record.finishedAt; }
        }
        QVERIFY(startA < endB && startB < endA);
    }

    void unknownTaskFailsNamingIt()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- task: NoSuchThing@7
  inputs:
    a: b
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        bool found = false;
        for (const runs::TimelineRecord &record : outcome.details.timeline) {
            for (const runs::Issue &issue : record.issues) {
                if (issue.message.contains(QStringLiteral("NoSuchThing@7")) && issue.message.contains(QStringLiteral("Bash@3")))
                    found = true;
            }
        }
        QVERIFY(found);
    }

    void conditionsAndStageSkipping()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(variables:
  flag: 'no'
stages:
- stage: First
  jobs:
  - job: J
    steps:
    - bash: echo first
    - bash: echo conditional-ran
      condition: eq(variables.flag, 'yes')
- stage: Second
  condition: eq(variables.flag, 'yes')
  jobs:
  - job: J
    steps:
    - bash: echo second-ran
- stage: Third
  dependsOn: First
  jobs:
  - job: J
    steps:
    - bash: echo third-ran
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QCOMPARE(resultOf(outcome, QStringLiteral("Second")), runs::RunResult::Skipped);
        QCOMPARE(resultOf(outcome, QStringLiteral("Third")), runs::RunResult::Succeeded);
        QVERIFY(!outcome.logs.contains(QStringLiteral("conditional-ran")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("second-ran")));
        QVERIFY(outcome.logs.contains(QStringLiteral("third-ran")));
    }
};

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "test_orchestrator.moc"
