// Deployment jobs end to end (DeploymentJobRunner through the Orchestrator): lifecycle
// hooks in Azure's order, on.failure / on.success, canary increments and rolling on the one
// local target, hook-prefixed output variables, the predefined Environment.* / Strategy.*
// variables, the implicit artifact download of the deploy hook, cancel, and the timeline
// (step records named by hook instance). Pipelines run through the PipelineHarness
// (temporary repository and workspace).

#include "core/agent/runsession.h"
#include "core/store/workspace.h"
#include "pipelineharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mlops;

namespace {

struct Outcome {
    runs::RunResult result = runs::RunResult::Abandoned;
    QList<runs::TimelineRecord> timeline;  // display order
    QString workspace;
    QString logs;  // every step log of the run, concatenated
};

}  // namespace

class TestDeploymentJobs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    Outcome runYaml(const QString &yaml, agent::OrchestratorOptions options = {},
                    const std::function<void(agent::Orchestrator &)> &during = {})
    {
        testing::PipelineSetup setup;
        setup.pipelineName = QStringLiteral("deploy-test");
        setup.collectLogs = false;
        const testing::PipelineOutcome run = testing::runPipeline(
            m_root.filePath(QStringLiteral("case%1").arg(++m_counter)), yaml, std::move(options), during, setup);
        Outcome outcome;
        outcome.result = run.result;
        if (!run.workspace)
            return outcome;
        outcome.workspace = run.workspace->directory();
        outcome.timeline = agent::RunSession::orderedTimeline(run.details.timeline);
        for (const runs::TimelineRecord &record : std::as_const(outcome.timeline))
            outcome.logs += logOf(outcome, record.name);
        return outcome;
    }

    static const runs::TimelineRecord *record(const Outcome &outcome, const QString &name)
    {
        for (const runs::TimelineRecord &record : outcome.timeline) {
            if (record.name == name)
                return &record;
        }
        return nullptr;
    }

    static std::optional<runs::RunResult> resultOf(const Outcome &outcome, const QString &name)
    {
        const runs::TimelineRecord *found = record(outcome, name);
        return found ? found->result : std::nullopt;
    }

    static QString logOf(const Outcome &outcome, const QString &name)
    {
        const runs::TimelineRecord *found = record(outcome, name);
        if (!found || found->logPath.isEmpty())
            return {};
        QFile log(QDir(outcome.workspace).filePath(found->logPath));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // "name=result" of the step records under the job record `job`, in timeline order.
    static QStringList stepsOf(const Outcome &outcome, const QString &job)
    {
        const runs::TimelineRecord *parent = record(outcome, job);
        QStringList steps;
        for (const runs::TimelineRecord &record : outcome.timeline) {
            if (parent && record.parentId == parent->id)
                steps.append(record.name + QLatin1Char('=') +
                             (record.result ? runs::wireName(*record.result) : QStringLiteral("none")));
        }
        return steps;
    }

private Q_SLOTS:
    void runOnceRunsTheHooksInOrderThenOnSuccess()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Web
  environment: staging
  strategy:
    runOnce:
      on:
        failure:
          steps:
          - bash: echo "hook onFailure"
            name: s
        success:
          steps:
          - bash: echo "hook onSuccess $(Strategy.CycleName)"
            name: s
      postRouteTraffic:
        steps:
        - bash: echo "hook postRouteTraffic"
          name: s
      routeTraffic:
        steps:
        - bash: echo "hook routeTraffic"
          name: s
      deploy:
        steps:
        - bash: echo "hook deploy $(Strategy.Name) $(Strategy.CycleName) $(Environment.Name) env:$ENVIRONMENT_NAME"
          name: s
      preDeploy:
        steps:
        - bash: echo "hook preDeploy $(Strategy.CycleName)"
          name: s
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        // No implicit checkout; the hooks in Azure's order; on.failure never queued.
        QCOMPARE(stepsOf(outcome, QStringLiteral("Web")),
                 (QStringList{QStringLiteral("PreDeploy.s=succeeded"), QStringLiteral("Deploy.s=succeeded"),
                              QStringLiteral("RouteTraffic.s=succeeded"), QStringLiteral("PostRouteTraffic.s=succeeded"),
                              QStringLiteral("OnSuccess.s=succeeded")}));
        QCOMPARE(record(outcome, QStringLiteral("Deploy.s"))->displayName.left(9), QStringLiteral("[Deploy] "));
        QVERIFY2(logOf(outcome, QStringLiteral("PreDeploy.s")).contains(QStringLiteral("hook preDeploy PreIteration")),
                 qPrintable(outcome.logs));
        QVERIFY(logOf(outcome, QStringLiteral("Deploy.s"))
                    .contains(QStringLiteral("hook deploy runOnce Iteration staging env:staging")));
        QVERIFY(logOf(outcome, QStringLiteral("OnSuccess.s")).contains(QStringLiteral("hook onSuccess PostIteration")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("hook onFailure")));
        const QStringList order{QStringLiteral("hook preDeploy"), QStringLiteral("hook deploy"),
                                QStringLiteral("hook routeTraffic"), QStringLiteral("hook postRouteTraffic"),
                                QStringLiteral("hook onSuccess")};
        qsizetype at = 0;
        for (const QString &line : order) {
            const qsizetype found = outcome.logs.indexOf(line, at);
            QVERIFY2(found >= at, qPrintable(line));
            at = found;
        }
    }

    // A failed hook ends its cycle (later hooks recorded Skipped), on.failure runs with the
    // default condition (its own job status), on.success does not, and the job fails.
    void failedHookRunsOnFailure()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Web
  environment: staging
  strategy:
    runOnce:
      preDeploy:
        steps:
        - bash: echo pre-ran
      deploy:
        steps:
        - bash: exit 4
          name: fail
        - bash: echo after-fail-in-hook
          name: after
        - bash: echo "status $(Agent.JobStatus)"
          name: failedOnly
          condition: failed()
      routeTraffic:
        steps:
        - bash: echo route-ran
          name: route
      on:
        failure:
          steps:
          - bash: echo "rollback-ran status:$(Agent.JobStatus)"
            name: rollback
        success:
          steps:
          - bash: echo success-ran
            name: ok
- job: Next
  dependsOn: Web
  steps:
  - bash: echo next-ran
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("Web")), runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("Next")), runs::RunResult::Skipped);
        QCOMPARE(resultOf(outcome, QStringLiteral("Deploy.fail")), runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("Deploy.after")), runs::RunResult::Skipped);
        QCOMPARE(resultOf(outcome, QStringLiteral("Deploy.failedOnly")), runs::RunResult::Succeeded);
        QCOMPARE(resultOf(outcome, QStringLiteral("RouteTraffic.route")), runs::RunResult::Skipped);
        QCOMPARE(resultOf(outcome, QStringLiteral("OnFailure.rollback")), runs::RunResult::Succeeded);
        QVERIFY(!record(outcome, QStringLiteral("OnSuccess.ok")));
        QVERIFY(outcome.logs.contains(QStringLiteral("pre-ran")));
        QVERIFY(outcome.logs.contains(QStringLiteral("status Failed")));
        QVERIFY2(outcome.logs.contains(QStringLiteral("rollback-ran status:Succeeded")), qPrintable(outcome.logs));
        QVERIFY(!outcome.logs.contains(QStringLiteral("after-fail-in-hook")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("route-ran")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("success-ran")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("next-ran")));
    }

    void failingOnSuccessFailsTheJob()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Web
  environment: staging
  strategy:
    runOnce:
      deploy:
        steps:
        - bash: echo deployed
      on:
        success:
          steps:
          - bash: exit 2
            name: verify
        failure:
          steps:
          - bash: echo failure-hook-ran
            name: rollback
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(resultOf(outcome, QStringLiteral("OnSuccess.verify")), runs::RunResult::Failed);
        QVERIFY(!outcome.logs.contains(QStringLiteral("failure-hook-ran")));
    }

    // Each hook is a job of its own: a plain variable set in preDeploy does not reach deploy.
    void hooksDoNotShareJobVariables()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Web
  environment: staging
  variables:
    fromJob: job-value
  strategy:
    runOnce:
      preDeploy:
        steps:
        - bash: echo "##vso[task.setvariable variable=local]pre-value"
        - bash: echo "in-pre:$(local)"
      deploy:
        steps:
        - bash: echo 'in-deploy:$(local) $(fromJob)'
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY(outcome.logs.contains(QStringLiteral("in-pre:pre-value")));
        QVERIFY2(outcome.logs.contains(QStringLiteral("in-deploy:$(local) job-value")), qPrintable(outcome.logs));
    }

    void outputVariablesByHookAndJobName_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("hooks");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        const QString deployOnly = QStringLiteral("        deploy:\n          steps:\n          - bash: echo \"##vso[task."
                                                  "setvariable variable=v;isOutput=true]from-deploy\"\n            name: s\n");
        const QString withPre = QStringLiteral("        preDeploy:\n          steps:\n          - bash: echo \"##vso[task."
                                               "setvariable variable=v;isOutput=true]from-pre\"\n            name: s\n") +
                                deployOnly;
        // Azure's instance names, the runner.server spelling (the hook's name), the job's name.
        const QString e = QStringLiteral("e");
        QTest::newRow("only deploy: job name") << e << deployOnly << QStringLiteral("D.s.v") << QStringLiteral("from-deploy");
        QTest::newRow("only deploy: hook name") << e << deployOnly << QStringLiteral("deploy.s.v") << QStringLiteral("from-deploy");
        QTest::newRow("hooks: Deploy") << e << withPre << QStringLiteral("Deploy.s.v") << QStringLiteral("from-deploy");
        QTest::newRow("hooks: preDeploy") << e << withPre << QStringLiteral("preDeploy.s.v") << QStringLiteral("from-pre");
        QTest::newRow("hooks: job name is deploy") << e << withPre << QStringLiteral("D.s.v") << QStringLiteral("from-deploy");
        // On a named resource the docs' "<hook>_<resource>" prefix (LANGUAGE.md §12.2).
        QTest::newRow("resource: Deploy_web") << QStringLiteral("e.web") << deployOnly << QStringLiteral("Deploy_web.s.v")
                                              << QStringLiteral("from-deploy");
        QTest::newRow("resource: PreDeploy_web") << QStringLiteral("e.web") << withPre << QStringLiteral("PreDeploy_web.s.v")
                                                 << QStringLiteral("from-pre");
        QTest::newRow("resource: job name") << QStringLiteral("e.web") << withPre << QStringLiteral("D.s.v")
                                            << QStringLiteral("from-deploy");
    }

    // dependencies (same stage), stageDependencies (a later stage's job) and a stage-level
    // dependencies.<stage>.outputs['<job>.<…>'] all see the hook-prefixed outputs.
    void outputVariablesByHookAndJobName()
    {
        QFETCH(QString, environment);
        QFETCH(QString, hooks);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        const QString yaml = QStringLiteral("stages:\n- stage: S\n  jobs:\n  - deployment: D\n    environment: %1\n"
                                            "    strategy:\n      runOnce:\n").arg(environment) +
                             hooks +
                             QStringLiteral("  - job: Same\n    dependsOn: D\n    variables:\n"
                                            "      got: $[ dependencies.D.outputs['%1'] ]\n"
                                            "    steps:\n    - bash: echo \"same:$(got)\"\n"
                                            "- stage: T\n  variables:\n"
                                            "    staged: $[ dependencies.S.outputs['D.%1'] ]\n  jobs:\n  - job: Later\n"
                                            "    variables:\n      got: $[ stageDependencies.S.D.outputs['%1'] ]\n"
                                            "    steps:\n    - bash: echo \"later:$(got) stage:$(staged)\"\n")
                                 .arg(reference);
        const Outcome outcome = runYaml(yaml);
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QVERIFY2(outcome.logs.contains(QStringLiteral("same:") + expected), qPrintable(outcome.logs));
        QVERIFY2(outcome.logs.contains(QStringLiteral("later:%1 stage:%1").arg(expected)), qPrintable(outcome.logs));
    }

    void canaryIteratesOverTheIncrements()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Canary
  environment: prod
  strategy:
    canary:
      increments: [10, 20]
      preDeploy:
        steps:
        - bash: echo "pre $(Strategy.CycleName)"
          name: p
      deploy:
        steps:
        - bash: |
            echo "deploy $(Strategy.Increment) $(Strategy.Action) $(Strategy.CycleName) $(Strategy.Name)"
            echo "##vso[task.setvariable variable=pct;isOutput=true]$(Strategy.Increment)"
          name: d
      postRouteTraffic:
        steps:
        - bash: echo "watch $(Strategy.Increment)"
          name: w
      on:
        success:
          steps:
          - bash: echo "done $(Strategy.CycleName)"
            name: o
- job: After
  dependsOn: Canary
  variables:
    first: $[ dependencies.Canary.outputs['Deploy_10.d.pct'] ]
    full: $[ dependencies.Canary.outputs['Deploy_100.d.pct'] ]
    last: $[ dependencies.Canary.outputs['deploy.d.pct'] ]
  steps:
  - bash: echo "outputs $(first) $(full) $(last)"
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QCOMPARE(stepsOf(outcome, QStringLiteral("Canary")),
                 (QStringList{QStringLiteral("PreDeploy.p=succeeded"), QStringLiteral("Deploy_10.d=succeeded"),
                              QStringLiteral("PostRouteTraffic_10.w=succeeded"), QStringLiteral("Deploy_20.d=succeeded"),
                              QStringLiteral("PostRouteTraffic_20.w=succeeded"), QStringLiteral("Deploy_100.d=succeeded"),
                              QStringLiteral("PostRouteTraffic_100.w=succeeded"), QStringLiteral("OnSuccess.o=succeeded")}));
        QVERIFY(logOf(outcome, QStringLiteral("PreDeploy.p")).contains(QStringLiteral("pre PreIteration")));
        QVERIFY(logOf(outcome, QStringLiteral("Deploy_10.d")).contains(QStringLiteral("deploy 10 deploy Iteration1 canary")));
        QVERIFY(logOf(outcome, QStringLiteral("Deploy_20.d")).contains(QStringLiteral("deploy 20 deploy Iteration2 canary")));
        QVERIFY(logOf(outcome, QStringLiteral("Deploy_100.d")).contains(QStringLiteral("deploy 100 promote Iteration3 canary")));
        QVERIFY(logOf(outcome, QStringLiteral("OnSuccess.o")).contains(QStringLiteral("done PostIteration")));
        QVERIFY2(outcome.logs.contains(QStringLiteral("outputs 10 100 100")), qPrintable(outcome.logs));
    }

    void canaryStopsAtTheFailedIncrement()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Canary
  environment: prod
  strategy:
    canary:
      increments: [10, 50]
      deploy:
        steps:
        - bash: |
            echo "deploy $(Strategy.Increment)"
            test "$(Strategy.Increment)" != 50
          name: d
      on:
        failure:
          steps:
          - bash: echo "reject $(Strategy.Action)"
            name: f
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(stepsOf(outcome, QStringLiteral("Canary")),
                 (QStringList{QStringLiteral("Deploy_10.d=succeeded"), QStringLiteral("Deploy_50.d=failed"),
                              QStringLiteral("OnFailure.f=succeeded")}));
        QVERIFY(logOf(outcome, QStringLiteral("OnFailure.f")).contains(QStringLiteral("reject reject")));
    }

    void rollingRunsOnTheOneLocalTarget_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("target");
        QTest::newRow("resource named") << QStringLiteral("prod.vm1") << QStringLiteral("vm1");
        QTest::newRow("no resource: the agent") << QStringLiteral("prod") << QStringLiteral("local");
    }

    void rollingRunsOnTheOneLocalTarget()
    {
        QFETCH(QString, environment);
        QFETCH(QString, target);
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Roll
  environment: %1
  strategy:
    rolling:
      maxParallel: 25%
      preDeploy:
        steps:
        - bash: echo "pre $(Strategy.CycleName)"
          name: p
      deploy:
        steps:
        - bash: |
            echo "deploy $(Environment.Name) $(Environment.ResourceName) $(Strategy.Name)"
            echo "##vso[task.setvariable variable=host;isOutput=true]$(Environment.ResourceName)"
          name: d
      on:
        success:
          steps:
          - bash: echo "ok $(Strategy.CycleName)"
            name: o
- job: After
  dependsOn: Roll
  variables:
    byTarget: $[ dependencies.Roll.outputs['Deploy_%2.d.host'] ]
    byHook: $[ dependencies.Roll.outputs['deploy.d.host'] ]
  steps:
  - bash: echo "outputs $(byTarget) $(byHook)"
)Y")
                                            .arg(environment, target));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QCOMPARE(stepsOf(outcome, QStringLiteral("Roll")),
                 (QStringList{QStringLiteral("PreDeploy_%1.p=succeeded").arg(target),
                              QStringLiteral("Deploy_%1.d=succeeded").arg(target),
                              QStringLiteral("OnSuccess_%1.o=succeeded").arg(target)}));
        QVERIFY(logOf(outcome, QStringLiteral("PreDeploy_%1.p").arg(target)).contains(QStringLiteral("pre ") + target));
        QVERIFY(logOf(outcome, QStringLiteral("Deploy_%1.d").arg(target))
                    .contains(QStringLiteral("deploy prod %1 rolling").arg(target)));
        QVERIFY(logOf(outcome, QStringLiteral("OnSuccess_%1.o").arg(target)).contains(QStringLiteral("ok ") + target));
        QVERIFY2(outcome.logs.contains(QStringLiteral("outputs %1 %1").arg(target)), qPrintable(outcome.logs));
    }

    // The deploy hook (only it) downloads the run's artifacts first, unless it has a
    // download step of its own.
    void deployHookDownloadsTheRunsArtifacts()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(stages:
- stage: Build
  jobs:
  - job: Produce
    steps:
    - bash: |
        mkdir -p "$(Build.ArtifactStagingDirectory)/drop"
        echo "model-v7" > "$(Build.ArtifactStagingDirectory)/drop/model.txt"
    - publish: $(Build.ArtifactStagingDirectory)/drop
      artifact: drop
- stage: Release
  jobs:
  - deployment: Implicit
    environment: prod
    strategy:
      runOnce:
        preDeploy:
          steps:
          - bash: echo pre
            name: p
        deploy:
          steps:
          - bash: cat "$(Pipeline.Workspace)/drop/model.txt"
            name: use
  - deployment: Off
    dependsOn: Implicit
    environment: prod
    strategy:
      runOnce:
        deploy:
          steps:
          - download: none
          - bash: echo "off-ran"
            name: use
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        QCOMPARE(stepsOf(outcome, QStringLiteral("Implicit")),
                 (QStringList{QStringLiteral("PreDeploy.p=succeeded"),
                              QStringLiteral("Deploy.Download artifact 'drop'=succeeded"),
                              QStringLiteral("Deploy.use=succeeded")}));
        QVERIFY2(logOf(outcome, QStringLiteral("Deploy.use")).contains(QStringLiteral("model-v7")), qPrintable(outcome.logs));
        const QStringList off = stepsOf(outcome, QStringLiteral("Off"));
        QCOMPARE(off.size(), 2);
        QVERIFY(!off.join(QLatin1Char(' ')).contains(QStringLiteral("Download artifact")));
        QCOMPARE(off.last(), QStringLiteral("Off.use=succeeded"));
    }

    // A canceled hook ends the deployment: no later hook, no on.failure.
    void cancelEndsTheDeployment()
    {
        QElapsedTimer timer;
        timer.start();
        agent::OrchestratorOptions options;
        options.killGraceMs = 300;
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- deployment: Web
  environment: staging
  strategy:
    runOnce:
      deploy:
        steps:
        - bash: sleep 60
          name: long
      routeTraffic:
        steps:
        - bash: echo route-ran
          name: route
      on:
        failure:
          steps:
          - bash: echo rollback-ran
            name: rollback
)Y"),
                                        options, [](agent::Orchestrator &orchestrator) {
                                            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                                            orchestrator.cancel();
                                        });
        QCOMPARE(outcome.result, runs::RunResult::Canceled);
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(resultOf(outcome, QStringLiteral("Web")), runs::RunResult::Canceled);
        QCOMPARE(resultOf(outcome, QStringLiteral("Deploy.long")), runs::RunResult::Canceled);
        QVERIFY(!outcome.logs.contains(QStringLiteral("route-ran")));
        QVERIFY(!outcome.logs.contains(QStringLiteral("rollback-ran")));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentJobs)
#include "test_deploymentjobs.moc"
