// PlanBuilder on expansion-free YAML parsed directly: desugaring of the root forms,
// step shortcuts → tasks, dependsOn (implicit, explicit, unknown targets, cycles) with
// positions, names, variables per scope, variable groups, strategies, deployment jobs,
// runtime parameters and resources; PlanJson on the same plans.

#include "core/pipeline/plan/planbuilder.h"
#include "core/pipeline/plan/planjson.h"
#include "core/pipeline/yaml/yamlparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

const QString kFile = QStringLiteral("pipeline.yml");

PlanBuildResult build(const char *yaml, const PlanBuildOptions &options = {})
{
    const YamlParseResult parsed = YamlParser::parse(QByteArray(yaml), kFile);
    if (!parsed.ok())
        qFatal("test YAML does not parse: %s", qPrintable(parsed.diagnostics.constFirst().toString()));
    return PlanBuilder::build(parsed.root, options);
}

QStringList errors(const PlanBuildResult &result)
{
    QStringList out;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            out.append(d.toString());
    }
    return out;
}

QString input(const PlanStep &step, const QString &name)
{
    for (const auto &[key, value] : step.inputs) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<absent>");
}

QStringList inputNames(const PlanStep &step)
{
    QStringList out;
    for (const auto &pair : step.inputs)
        out.append(pair.first);
    return out;
}

QString t(const char *text) { return QString::fromUtf8(text); }

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

}  // namespace

class TestPlanBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rootStepsForm()
    {
        const PlanBuildResult r = build("pool:\n  vmImage: ubuntu-latest\ntimeoutInMinutes: 7\nvariables:\n  a: 1\n"
                                        "steps:\n- script: echo hi\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.plan.stages.size(), 1);
        const PlanStage &stage = r.plan.stages.constFirst();
        QCOMPARE(stage.name, QStringLiteral("__default"));
        QVERIFY(stage.dependsOn.isEmpty());
        QCOMPARE(stage.jobs.size(), 1);
        QCOMPARE(stage.jobs.constFirst().name, QStringLiteral("Job"));
        QCOMPARE(stage.jobs.constFirst().timeoutInMinutes, 7);
        QCOMPARE(stage.jobs.constFirst().steps.size(), 1);
        QCOMPARE(r.plan.pool.toObject().value(QStringLiteral("vmImage")).toString(), QStringLiteral("ubuntu-latest"));
        QCOMPARE(r.plan.variables.variables.size(), 1);
        QVERIFY(r.plan.job(QStringLiteral("__default"), QStringLiteral("job")));
    }

    void rootJobsForm()
    {
        const PlanBuildResult r = build("jobs:\n- job: A\n  steps:\n  - bash: x\n- job: B\n  dependsOn: A\n  steps:\n  - bash: y\n");
        QVERIFY(errors(r).isEmpty());
        QCOMPARE(r.plan.stages.size(), 1);
        QCOMPARE(r.plan.stages.constFirst().name, QStringLiteral("__default"));
        QCOMPARE(r.plan.stages.constFirst().jobs.size(), 2);
        QVERIFY(r.plan.stages.constFirst().jobs.at(0).dependsOn.isEmpty());  // jobs: parallel by default
        QCOMPARE(r.plan.stages.constFirst().jobs.at(1).dependsOn, QStringList{QStringLiteral("A")});
    }

    void unnamedJobs()
    {
        const PlanBuildResult r = build("jobs:\n- job:\n  steps:\n  - bash: x\n- job:\n  steps:\n  - bash: y\n");
        QVERIFY(errors(r).isEmpty());
        QCOMPARE(r.plan.stages.constFirst().jobs.at(0).name, QStringLiteral("Job"));
        QCOMPARE(r.plan.stages.constFirst().jobs.at(1).name, QStringLiteral("Job1"));
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QStringList>("inputs");  // name=value, in order
        QTest::newRow("script") << t("- script: echo hi\n  workingDirectory: src\n  failOnStderr: true\n")
                                << t("CmdLine@2")
                                << list({"script=echo hi", "workingDirectory=src", "failOnStderr=true"});
        QTest::newRow("bash") << t("- bash: ls\n") << t("Bash@3") << list({"targetType=inline", "script=ls"});
        QTest::newRow("pwsh") << t("- pwsh: dir\n  errorActionPreference: continue\n") << t("PowerShell@2")
                              << list({"targetType=inline", "script=dir", "pwsh=true", "errorActionPreference=continue"});
        QTest::newRow("powershell") << t("- powershell: dir\n") << t("PowerShell@2")
                                    << list({"targetType=inline", "script=dir"});
        QTest::newRow("checkout") << t("- checkout: self\n  clean: true\n  fetchDepth: 1\n") << t("Checkout@1")
                                  << list({"repository=self", "clean=true", "fetchDepth=1"});
        QTest::newRow("checkout none") << t("- checkout: none\n") << t("Checkout@1") << list({"repository=none"});
        QTest::newRow("download current") << t("- download: current\n  artifact: drop\n  patterns: '**/*.whl'\n")
                                          << t("DownloadPipelineArtifact@2")
                                          << list({"source=current", "artifact=drop", "patterns=**/*.whl"});
        QTest::newRow("download alias") << t("- download: model-train-ci\n  artifact: model\n")
                                        << t("DownloadPipelineArtifact@2")
                                        << list({"source=specific", "pipeline=model-train-ci", "artifact=model"});
        QTest::newRow("publish") << t("- publish: $(Build.ArtifactStagingDirectory)/model.json\n  artifact: model\n")
                                 << t("PublishPipelineArtifact@1")
                                 << list({"path=$(Build.ArtifactStagingDirectory)/model.json", "artifactName=model"});
        QTest::newRow("task") << t("- task: AzureCLI@2\n  inputs:\n    azureSubscription: conn\n    scriptType: bash\n")
                              << t("AzureCLI@2") << list({"azureSubscription=conn", "scriptType=bash"});
    }

    void shortcuts()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, task);
        QFETCH(QStringList, inputs);
        const QByteArray text = "steps:\n" + yaml.toUtf8();
        const PlanBuildResult r = build(text.constData());
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        const PlanStep &step = r.plan.stages.constFirst().jobs.constFirst().steps.constFirst();
        QCOMPARE(step.task, task);
        QStringList actual;
        for (const auto &[name, value] : step.inputs)
            actual.append(name + QLatin1Char('=') + value);
        QCOMPARE(actual, inputs);
        QCOMPARE(step.pos.line, 2);
        QCOMPARE(step.pos.file, kFile);
    }

    void stepCommonKeys()
    {
        const PlanBuildResult r = build("steps:\n- bash: x\n  name: build_it\n  displayName: Build\n  condition: always()\n"
                                        "  continueOnError: yes\n  enabled: false\n  timeoutInMinutes: 3\n"
                                        "  retryCountOnTaskFailure: 2\n  target: host\n  env:\n    A: $(secret)\n");
        QVERIFY(errors(r).isEmpty());
        const PlanStep &step = r.plan.stages.constFirst().jobs.constFirst().steps.constFirst();
        QCOMPARE(step.name, QStringLiteral("build_it"));
        QCOMPARE(step.displayName, QStringLiteral("Build"));
        QCOMPARE(step.condition, QStringLiteral("always()"));
        QVERIFY(step.continueOnError);
        QVERIFY(!step.enabled);
        QCOMPARE(step.timeoutInMinutes, 3);
        QCOMPARE(step.retryCountOnTaskFailure, 2);
        QCOMPARE(step.target, QStringLiteral("host"));
        QCOMPARE(step.env.size(), 1);
        QCOMPARE(step.env.constFirst().second, QStringLiteral("$(secret)"));
        QCOMPARE(inputNames(step), (QStringList{QStringLiteral("targetType"), QStringLiteral("script")}));
    }

    void stageDependencies()
    {
        const PlanBuildResult r = build("stages:\n"
                                        "- stage: A\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
                                        "- stage: B\n  dependsOn: []\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
                                        "- stage: C\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
                                        "- stage: D\n  dependsOn:\n  - A\n  - C\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        QVERIFY(r.plan.stage(QStringLiteral("A"))->dependsOn.isEmpty());
        QVERIFY(r.plan.stage(QStringLiteral("B"))->dependsOn.isEmpty());
        QCOMPARE(r.plan.stage(QStringLiteral("C"))->dependsOn, QStringList{QStringLiteral("B")});
        QCOMPARE(r.plan.stage(QStringLiteral("D"))->dependsOn, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    }

    void graphErrors_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");  // the one error, as file:line:col: error: message
        QTest::newRow("unknown stage")
            << t("stages:\n- stage: A\n  dependsOn: Nope\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n")
            << t("pipeline.yml:3:14: error: stage 'A' depends on 'Nope', which is not a stage");
        QTest::newRow("unknown job in a list")
            << t("jobs:\n- job: A\n  dependsOn:\n  - B\n  - Zed\n  steps:\n  - bash: x\n- job: B\n  steps:\n  - bash: x\n")
            << t("pipeline.yml:5:5: error: job 'A' depends on 'Zed', which is not a job in stage '__default'");
        QTest::newRow("cycle of three stages")
            << t("stages:\n- stage: A\n  dependsOn: C\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
               "- stage: B\n  dependsOn: A\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
               "- stage: C\n  dependsOn: B\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n")
            << t("pipeline.yml:3:14: error: dependency cycle between stages: A \u2192 C \u2192 B \u2192 A");
        QTest::newRow("job cycle")
            << t("jobs:\n- job: X\n  dependsOn: [Y]\n  steps:\n  - bash: x\n- job: Y\n  dependsOn: X\n  steps:\n  - bash: x\n")
            << t("pipeline.yml:3:14: error: dependency cycle between jobs in stage '__default': X \u2192 Y \u2192 X");
        QTest::newRow("self")
            << t("jobs:\n- job: X\n  dependsOn: X\n  steps:\n  - bash: x\n")
            << t("pipeline.yml:3:14: error: job 'X' depends on itself");
        QTest::newRow("duplicate stage")
            << t("stages:\n- stage: A\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n"
               "- stage: a\n  dependsOn: []\n  jobs:\n  - job: j\n    steps:\n    - bash: x\n")
            << t("pipeline.yml:7:10: error: stage 'a' is defined twice (first at line 2)");
        QTest::newRow("invalid job name")
            << t("jobs:\n- job: build-linux\n  steps:\n  - bash: x\n")
            << t("pipeline.yml:2:8: error: job name 'build-linux' is not a valid identifier: use letters, digits and '_', "
               "not starting with a digit");
        QTest::newRow("duplicate step name")
            << t("steps:\n- bash: x\n  name: s\n- bash: y\n  name: S\n")
            << t("pipeline.yml:4:3: error: step name 'S' is used twice in this job (first at line 2)");
        QTest::newRow("stage without jobs")
            << t("stages:\n- stage: A\n  jobs: []\n") << t("pipeline.yml:2:3: error: stage 'A' has no jobs");
        QTest::newRow("unexpanded template")
            << t("steps:\n- template: t.yml\n") << t("pipeline.yml:2:3: error: the steps template 't.yml' was not expanded");
        QTest::newRow("timeout not a number")
            << t("jobs:\n- job: A\n  timeoutInMinutes: soon\n  steps:\n  - bash: x\n")
            << t("pipeline.yml:3:21: error: 'timeoutInMinutes' must be a whole number of 0 or more, not 'soon'");
        QTest::newRow("boolean spelled wrong")
            << t("steps:\n- bash: x\n  continueOnError: '#'\n")
            << t("pipeline.yml:3:20: error: 'continueOnError' must be true or false, not '#'");
        QTest::newRow("no body") << t("trigger: none\n")
                                 << t("pipeline.yml:1:1: error: the pipeline has none of stages, jobs, steps or extends");
    }

    void graphErrors()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const QByteArray text = yaml.toUtf8();
        const PlanBuildResult r = build(text.constData());
        QCOMPARE(errors(r), QStringList{expected});
    }

    void variableScopes()
    {
        const PlanBuildResult r = build("variables:\n- name: a\n  value: 1\n  readonly: true\n- name: rt\n  value: $[ counter('x', 1) ]\n"
                                        "stages:\n- stage: S\n  variables:\n    b: two\n  jobs:\n  - job: J\n    variables:\n"
                                        "      c: $(b)-3\n    steps:\n    - bash: x\n");
        QVERIFY(errors(r).isEmpty());
        QCOMPARE(r.plan.variables.variables.size(), 2);
        const PlanVariable &a = r.plan.variables.variables.at(0);
        QCOMPARE(a.name, QStringLiteral("a"));
        QCOMPARE(a.value, QStringLiteral("1"));
        QVERIFY(a.readOnly);
        QCOMPARE(a.pos.line, 2);
        const PlanVariable &rt = r.plan.variables.variables.at(1);
        QVERIFY(rt.isRuntimeExpression);
        QCOMPARE(rt.value, QStringLiteral("counter('x', 1)"));
        QCOMPARE(r.plan.stage(QStringLiteral("S"))->variables.variables.constFirst().value, QStringLiteral("two"));
        const PlanJob *job = r.plan.job(QStringLiteral("S"), QStringLiteral("J"));
        QVERIFY(job);
        QCOMPARE(job->variables.variables.constFirst().name, QStringLiteral("c"));
        QCOMPARE(job->variables.variables.constFirst().value, QStringLiteral("$(b)-3"));
        QVERIFY(!job->variables.variables.constFirst().isRuntimeExpression);
    }

    void invalidVariableName()
    {
        const PlanBuildResult r = build("variables:\n  'a b': 1\nsteps:\n- bash: x\n");
        QCOMPARE(errors(r), QStringList{QStringLiteral("pipeline.yml:2:3: error: variable name 'a b' is not valid: use "
                                                       "letters, digits, '.', '_' and '-'")});
    }

    void variableGroups_data()
    {
        QTest::addColumn<bool>("checked");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("not checked") << false << none << none;
        QTest::newRow("known, any case") << true << QStringList{QStringLiteral("MY-GROUP"), QStringLiteral("other")} << none;
        QTest::newRow("unknown") << true << QStringList{QStringLiteral("other")}
                                 << QStringList{QStringLiteral("pipeline.yml:3:10: error: variable group 'my-group' does "
                                                               "not exist in the workspace (Library)")};
    }

    void variableGroups()
    {
        QFETCH(bool, checked);
        QFETCH(QStringList, known);
        QFETCH(QStringList, expected);
        PlanBuildOptions options;
        if (checked)
            options.variableGroupExists = [known](const QString &name) { return known.contains(name, Qt::CaseInsensitive); };
        const PlanBuildResult r = build("variables:\n- name: a\n  value: 1\n- group: my-group\n"
                                        "jobs:\n- job: J\n  variables:\n  - group: other\n  steps:\n  - bash: x\n"
                                        , options);
        // Line 4 holds the group; the column is that of its name.
        QStringList adjusted = expected;
        for (QString &e : adjusted)
            e.replace(QStringLiteral(":3:10:"), QStringLiteral(":4:10:"));
        QCOMPARE(errors(r), adjusted);
        QCOMPARE(r.plan.variables.groups.size(), 1);
        QCOMPARE(r.plan.variables.groups.constFirst().name, QStringLiteral("my-group"));
        QCOMPARE(r.plan.variables.groups.constFirst().pos.line, 4);
        QCOMPARE(r.plan.stages.constFirst().jobs.constFirst().variables.groups.constFirst().name, QStringLiteral("other"));
    }

    void runtimeParameters()
    {
        const PlanBuildResult r = build("parameters:\n- name: version\n  displayName: Version\n  type: string\n  default: latest\n"
                                        "  values: [latest, '1', '2']\n- name: dryRun\n  type: boolean\n  default: false\n"
                                        "- name: count\n  type: number\n  default: 3\n- name: required\n"
                                        "steps:\n- bash: x\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.plan.parameters.size(), 4);
        const RuntimeParameter &version = r.plan.parameters.at(0);
        QCOMPARE(version.name, QStringLiteral("version"));
        QCOMPARE(version.displayName, QStringLiteral("Version"));
        QCOMPARE(version.defaultValue, QJsonValue(QStringLiteral("latest")));
        QCOMPARE(version.allowedValues.size(), 3);
        QCOMPARE(version.allowedValues.at(1), QJsonValue(QStringLiteral("1")));
        QCOMPARE(version.pos.line, 2);
        QCOMPARE(r.plan.parameters.at(1).type, QStringLiteral("boolean"));
        QCOMPARE(r.plan.parameters.at(1).defaultValue, QJsonValue(false));
        QCOMPARE(r.plan.parameters.at(2).defaultValue, QJsonValue(3.0));
        QCOMPARE(r.plan.parameters.at(3).type, QStringLiteral("string"));
        QVERIFY(r.plan.parameters.at(3).defaultValue.isUndefined());
    }

    void parameterDefaultOutsideValues()
    {
        const PlanBuildResult r = build("parameters:\n- name: env\n  default: qa\n  values: [dev, prod]\nsteps:\n- bash: x\n");
        QCOMPARE(errors(r), QStringList{QStringLiteral("pipeline.yml:3:12: error: the default 'qa' of parameter 'env' is "
                                                       "not one of its allowed values")});
    }

    void strategiesAndJobKeys()
    {
        const PlanBuildResult r = build("jobs:\n- job: M\n  strategy:\n    matrix:\n      py38:\n        python: '3.8'\n"
                                        "      py39:\n        python: '3.9'\n    maxParallel: 2\n  pool: server\n"
                                        "  timeoutInMinutes: 30\n  cancelTimeoutInMinutes: 2\n  continueOnError: true\n"
                                        "  condition: eq(variables.a, 'b')\n  container: ubuntu:22.04\n  workspace:\n    clean: all\n"
                                        "  steps:\n  - bash: x\n"
                                        "- job: P\n  strategy:\n    parallel: 4\n  steps:\n  - bash: x\n"
                                        "- job: R\n  strategy:\n    matrix: $[ dependencies.M.outputs['legs.json'] ]\n  steps:\n  - bash: x\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        const PlanStage &stage = r.plan.stages.constFirst();
        const PlanJob &m = stage.jobs.at(0);
        QCOMPARE(m.strategy.matrix.size(), 2);
        QCOMPARE(m.strategy.matrix.at(1).first, QStringLiteral("py39"));
        QCOMPARE(m.strategy.matrix.at(1).second.constFirst().value, QStringLiteral("3.9"));
        QCOMPARE(m.strategy.maxParallel, 2);
        QVERIFY(m.isServerJob);
        QCOMPARE(m.timeoutInMinutes, 30);
        QCOMPARE(m.cancelTimeoutInMinutes, 2);
        QVERIFY(m.continueOnError);
        QCOMPARE(m.condition, QStringLiteral("eq(variables.a, 'b')"));
        QCOMPARE(m.container.toString(), QStringLiteral("ubuntu:22.04"));
        QCOMPARE(m.workspaceClean, QStringLiteral("all"));
        QCOMPARE(stage.jobs.at(1).strategy.parallel, 4);
        QCOMPARE(stage.jobs.at(2).strategy.matrixExpression, QStringLiteral("dependencies.M.outputs['legs.json']"));
    }

    void deploymentJob()
    {
        const PlanBuildResult r = build("jobs:\n- deployment: Deploy\n  environment:\n    name: prod\n    resourceName: web\n"
                                        "  strategy:\n    runOnce:\n      preDeploy:\n        steps:\n        - bash: pre\n"
                                        "      deploy:\n        steps:\n        - download: none\n        - bash: deploy\n"
                                        "      on:\n        failure:\n          steps:\n          - bash: rollback\n"
                                        "        success:\n          steps:\n          - bash: ok\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        const PlanJob &job = r.plan.stages.constFirst().jobs.constFirst();
        QVERIFY(job.isDeployment);
        QCOMPARE(job.name, QStringLiteral("Deploy"));
        QCOMPARE(job.environment, QStringLiteral("prod"));
        QCOMPARE(job.environmentResource, QStringLiteral("web"));
        QCOMPARE(job.strategy.deploymentStrategy, QStringLiteral("runOnce"));
        QStringList scripts;
        for (const PlanStep &step : job.steps)
            scripts.append(step.hook + QLatin1Char(':') + input(step, QStringLiteral("script")) + QLatin1Char('/') +
                           input(step, QStringLiteral("source")));
        QCOMPARE(scripts, (QStringList{QStringLiteral("preDeploy:pre/<absent>"), QStringLiteral("deploy:<absent>/none"),
                                       QStringLiteral("deploy:deploy/<absent>"), QStringLiteral("onFailure:rollback/<absent>"),
                                       QStringLiteral("onSuccess:ok/<absent>")}));
    }

    // Hooks come out in Azure's order whatever the YAML order; a step name may repeat in
    // another hook (each hook runs as its own job) but not within one.
    void deploymentHooksInOrder()
    {
        const PlanBuildResult r = build("jobs:\n- deployment: D\n  environment: staging\n  strategy:\n    runOnce:\n"
                                        "      on:\n        success:\n          steps:\n          - bash: s\n"
                                        "      postRouteTraffic:\n        steps:\n        - bash: p\n          name: x\n"
                                        "      routeTraffic:\n        steps:\n        - bash: r\n          name: x\n"
                                        "      deploy:\n        steps:\n        - bash: d\n          name: x\n"
                                        "      preDeploy:\n        pool: {vmImage: ubuntu-latest}\n        steps:\n"
                                        "        - bash: e\n          name: x\n");
        QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        const PlanJob &job = r.plan.stages.constFirst().jobs.constFirst();
        QCOMPARE(job.environment, QStringLiteral("staging"));
        QVERIFY(job.environmentResource.isEmpty());
        QStringList hooks;
        for (const PlanStep &step : job.steps)
            hooks.append(step.hook + QLatin1Char('=') + input(step, QStringLiteral("script")));
        QCOMPARE(hooks, list({"preDeploy=e", "deploy=d", "routeTraffic=r", "postRouteTraffic=p", "onSuccess=s"}));

        const PlanBuildResult twice = build("jobs:\n- deployment: D\n  environment: e\n  strategy:\n    runOnce:\n"
                                            "      deploy:\n        steps:\n        - bash: a\n          name: x\n"
                                            "        - bash: b\n          name: x\n");
        QCOMPARE(errors(twice).size(), 1);
        QVERIFY(errors(twice).constFirst().contains(QStringLiteral("step name 'x' is used twice")));
    }

    void deploymentStrategies_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<int>>("increments");
        QTest::addColumn<QString>("maxParallel");
        QTest::addColumn<QString>("error");
        const QString head = QStringLiteral("jobs:\n- deployment: D\n  environment: env.vm1\n  strategy:\n");
        QTest::newRow("canary") << head + QStringLiteral("    canary:\n      increments: [10, 20]\n      deploy:\n"
                                                         "        steps:\n        - bash: d\n")
                                << QStringLiteral("canary") << QList<int>{10, 20} << QString() << QString();
        QTest::newRow("canary bad increment") << head + QStringLiteral("    canary:\n      increments: [10, abc, 0]\n")
                                              << QStringLiteral("canary") << QList<int>{10} << QString()
                                              << QStringLiteral("pipeline.yml:6:24: error: canary increment 'abc' must be "
                                                                "a whole percentage from 1 to 100");
        QTest::newRow("rolling number") << head + QStringLiteral("    rolling:\n      maxParallel: 2\n")
                                        << QStringLiteral("rolling") << QList<int>{} << QStringLiteral("2") << QString();
        QTest::newRow("rolling percent") << head + QStringLiteral("    rolling:\n      maxParallel: 25%\n")
                                         << QStringLiteral("rolling") << QList<int>{} << QStringLiteral("25%") << QString();
        QTest::newRow("rolling macro") << head + QStringLiteral("    rolling:\n      maxParallel: $(n)\n")
                                       << QStringLiteral("rolling") << QList<int>{} << QStringLiteral("$(n)") << QString();
        QTest::newRow("rolling bad") << head + QStringLiteral("    rolling:\n      maxParallel: half\n")
                                     << QStringLiteral("rolling") << QList<int>{} << QString()
                                     << QStringLiteral("pipeline.yml:6:20: error: rolling 'maxParallel' must be a number "
                                                       "or a percentage (e.g. 2 or 25%), not 'half'");
    }

    void deploymentStrategies()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, kind);
        QFETCH(QList<int>, increments);
        QFETCH(QString, maxParallel);
        QFETCH(QString, error);
        const QByteArray text = yaml.toUtf8();
        const PlanBuildResult r = build(text.constData());
        const PlanJob &job = r.plan.stages.constFirst().jobs.constFirst();
        QCOMPARE(job.strategy.deploymentStrategy, kind);
        QCOMPARE(job.strategy.canaryIncrements, increments);
        QCOMPARE(job.strategy.deploymentMaxParallel, maxParallel);
        QCOMPARE(job.environment, QStringLiteral("env"));
        QCOMPARE(job.environmentResource, QStringLiteral("vm1"));
        if (error.isEmpty())
            QVERIFY2(errors(r).isEmpty(), qPrintable(errors(r).join(QLatin1Char('\n'))));
        else
            QCOMPARE(errors(r).value(0), error);
    }

    void deploymentPlanJson()
    {
        const PlanBuildResult r = build("jobs:\n- deployment: D\n  environment:\n    name: prod\n    resourceName: web\n"
                                        "  strategy:\n    canary:\n      increments: [10]\n      deploy:\n        steps:\n"
                                        "        - bash: d\n      on:\n        failure:\n          steps:\n"
                                        "          - bash: f\n");
        QVERIFY(errors(r).isEmpty());
        const QJsonObject job = PlanJson::toJson(r.plan).value(QStringLiteral("stages")).toArray().at(0).toObject()
                                    .value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("environment")).toString(), QStringLiteral("prod"));
        QCOMPARE(job.value(QStringLiteral("environmentResource")).toString(), QStringLiteral("web"));
        const QJsonObject strategy = job.value(QStringLiteral("strategy")).toObject();
        QCOMPARE(strategy.value(QStringLiteral("deploymentStrategy")).toString(), QStringLiteral("canary"));
        QCOMPARE(strategy.value(QStringLiteral("increments")).toArray(), QJsonArray{10});
        const QJsonArray steps = job.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("hook")).toString(), QStringLiteral("deploy"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("hook")).toString(), QStringLiteral("onFailure"));
    }

    void resources()
    {
        const PlanBuildResult r = build("name: $(Date:yyyyMMdd)$(Rev:.r)\nresources:\n  repositories:\n  - repository: tpl\n"
                                        "    type: github\n    name: Azure/mlops-templates\n    ref: main\n"
                                        "  pipelines:\n  - pipeline: ci\n    source: Model-Train-Register-CI\n    trigger: true\n"
                                        "steps:\n- checkout: tpl\n");
        QVERIFY(errors(r).isEmpty());
        QCOMPARE(r.plan.nameFormat, QStringLiteral("$(Date:yyyyMMdd)$(Rev:.r)"));
        QCOMPARE(r.plan.repositories.size(), 1);
        QCOMPARE(r.plan.repositories.constFirst().alias, QStringLiteral("tpl"));
        QCOMPARE(r.plan.repositories.constFirst().name, QStringLiteral("Azure/mlops-templates"));
        QCOMPARE(r.plan.repositories.constFirst().ref, QStringLiteral("main"));
        QCOMPARE(r.plan.pipelineResources.size(), 1);
        QCOMPARE(r.plan.pipelineResources.constFirst().source, QStringLiteral("Model-Train-Register-CI"));
        QVERIFY(r.plan.pipelineResources.constFirst().triggers);
    }

    void planJson()
    {
        PlanBuildOptions options;
        options.entryFile = kFile;
        const PlanBuildResult r = build("parameters:\n- name: p\n  default: x\nvariables:\n- group: g\n"
                                        "stages:\n- stage: A\n  jobs:\n  - job: J\n    steps:\n    - script: echo\n      name: s\n"
                                        "- stage: B\n  jobs:\n  - job: K\n    steps:\n    - bash: y\n",
                                        options);
        QVERIFY(errors(r).isEmpty());
        const QJsonObject json = PlanJson::toJson(r.plan);
        QCOMPARE(json.value(QStringLiteral("entryFile")).toString(), kFile);
        QCOMPARE(json.value(QStringLiteral("parameters")).toArray().at(0).toObject().value(QStringLiteral("default")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(json.value(QStringLiteral("variableGroups")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("g"));
        const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(1).toObject().value(QStringLiteral("dependsOn")).toArray(), QJsonArray{QStringLiteral("A")});
        const QJsonObject step = stages.at(0).toObject().value(QStringLiteral("jobs")).toArray().at(0).toObject()
                                     .value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(step.value(QStringLiteral("task")).toString(), QStringLiteral("CmdLine@2"));
        QCOMPARE(step.value(QStringLiteral("name")).toString(), QStringLiteral("s"));
        QCOMPARE(step.value(QStringLiteral("line")).toInt(), 11);
        QVERIFY(!step.contains(QStringLiteral("file")));  // same as the entry file
    }
};

QTEST_GUILESS_MAIN(TestPlanBuilder)
#include "test_planbuilder.moc"
