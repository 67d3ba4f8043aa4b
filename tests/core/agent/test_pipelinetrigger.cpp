// Pipeline completion triggers:
// - PipelineTriggerFilter: reading `trigger:` (none/true/false/mapping, bad shapes) and
//   matching a completed run (result, stages, branches include/exclude with wildcards, tags);
// - PipelineTrigger::evaluate on registered pipelines of a temporary workspace: which
//   pipelines a completed run triggers, with what reason, variables and branch; the loop
//   guard (A → B → A, A → A); fire() queues a run (the agent program is /bin/true here, so
//   the queued run stays pending and its record can be read).
// The triggered run's resources and downloads: test_pipelineresources.

#include "triggerfixture.h"

#include "core/agent/pipelinetrigger.h"
#include "core/agent/pipelinetriggerfilter.h"
#include "core/pipeline/yaml/yamlparser.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::PipelineTrigger;
using agent::PipelineTriggerFilter;
using agent::TriggeringRun;

Q_DECLARE_METATYPE(mlops::agent::TriggeringRun)

namespace {

const QString kCi = QStringLiteral("Model-CI");

std::optional<pipeline::YamlNode> triggerNode(const QString &yaml)
{
    if (yaml.isEmpty())
        return std::nullopt;
    const pipeline::YamlParseResult parsed = pipeline::YamlParser::parse(QStringLiteral("trigger: ").toUtf8() + yaml.toUtf8());
    return parsed.root.value(u"trigger");
}

QStringList triggeredNames(const agent::TriggerEvaluation &evaluation)
{
    QStringList names;
    for (const agent::TriggeredRun &run : evaluation.runs)
        names.append(run.pipeline.name);
    names.sort();
    return names;
}

}  // namespace

class TestPipelineTrigger : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    QString nextBase() { return m_root.filePath(QStringLiteral("case%1").arg(++m_counter)); }

private Q_SLOTS:
    void parseTrigger_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("problem");
        const QStringList none;
        QTest::newRow("absent") << QString() << false << none << none << none << none << QString();
        QTest::newRow("none") << QStringLiteral("none") << false << none << none << none << none << QString();
        QTest::newRow("true") << QStringLiteral("true") << true << none << none << none << none << QString();
        QTest::newRow("false") << QStringLiteral("false") << false << none << none << none << none << QString();
        QTest::newRow("branches list") << QStringLiteral("{branches: [main, releases/*]}") << true
                                       << QStringList{QStringLiteral("main"), QStringLiteral("releases/*")} << none << none
                                       << none << QString();
        QTest::newRow("full")
            << QStringLiteral("{enabled: true, branches: {include: [main], exclude: [main/old]}, stages: [Build], tags: [ok]}")
            << true << QStringList{QStringLiteral("main")} << QStringList{QStringLiteral("main/old")}
            << QStringList{QStringLiteral("Build")} << QStringList{QStringLiteral("ok")} << QString();
        QTest::newRow("disabled mapping") << QStringLiteral("{enabled: false, branches: [main]}") << false
                                          << QStringList{QStringLiteral("main")} << none << none << none << QString();
        QTest::newRow("unknown word") << QStringLiteral("always") << false << none << none << none << none
                                      << QStringLiteral("neither none, true nor a mapping");
        QTest::newRow("unknown key") << QStringLiteral("{branch: main}") << false << none << none << none << none
                                     << QStringLiteral("unknown key 'branch'");
        QTest::newRow("bad stages") << QStringLiteral("{stages: {a: b}}") << false << none << none << none << none
                                    << QStringLiteral("trigger.stages");
    }

    void parseTrigger()
    {
        QFETCH(QString, yaml);
        const PipelineTriggerFilter filter = PipelineTriggerFilter::parse(triggerNode(yaml));
        QTEST(filter.enabled, "enabled");
        QTEST(filter.includeBranches, "include");
        QTEST(filter.excludeBranches, "exclude");
        QTEST(filter.stages, "stages");
        QTEST(filter.tags, "tags");
        QFETCH(QString, problem);
        if (problem.isEmpty())
            QVERIFY2(filter.problem.isEmpty(), qPrintable(filter.problem));
        else
            QVERIFY2(filter.problem.contains(problem), qPrintable(filter.problem));
    }

    void branchMatches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<bool>("matches");
        QTest::newRow("short = full") << QStringLiteral("main") << QStringLiteral("refs/heads/main") << true;
        QTest::newRow("full = short") << QStringLiteral("refs/heads/main") << QStringLiteral("main") << true;
        QTest::newRow("case") << QStringLiteral("Main") << QStringLiteral("refs/heads/main") << true;
        QTest::newRow("exact only") << QStringLiteral("main") << QStringLiteral("refs/heads/main2") << false;
        QTest::newRow("no prefix match") << QStringLiteral("releases") << QStringLiteral("refs/heads/releases/1.0") << false;
        QTest::newRow("wildcard") << QStringLiteral("releases/*") << QStringLiteral("refs/heads/releases/1.0") << true;
        QTest::newRow("wildcard spans /") << QStringLiteral("features/*") << QStringLiteral("refs/heads/features/a/b") << true;
        QTest::newRow("wildcard middle") << QStringLiteral("r*-fix") << QStringLiteral("refs/heads/rel-fix") << true;
        QTest::newRow("wildcard no match") << QStringLiteral("releases/*") << QStringLiteral("refs/heads/main") << false;
        QTest::newRow("regex chars literal") << QStringLiteral("v1.0") << QStringLiteral("refs/heads/v1x0") << false;
        QTest::newRow("tags") << QStringLiteral("refs/tags/v*") << QStringLiteral("refs/tags/v2") << true;
    }

    void branchMatches()
    {
        QFETCH(QString, filter);
        QFETCH(QString, branch);
        QTEST(PipelineTriggerFilter::branchMatches(filter, branch), "matches");
    }

    void mismatch_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<TriggeringRun>("run");
        QTest::addColumn<QString>("reason");  // empty = fires
        TriggeringRun main;
        main.result = runs::RunResult::Succeeded;
        main.sourceBranch = QStringLiteral("refs/heads/main");
        main.tags = {QStringLiteral("Approved")};
        main.stageResults = {{QStringLiteral("Build"), runs::RunResult::Succeeded},
                             {QStringLiteral("Test"), runs::RunResult::Failed}};
        TriggeringRun failed = main;
        failed.result = runs::RunResult::Failed;
        TriggeringRun withIssues = main;
        withIssues.result = runs::RunResult::SucceededWithIssues;
        TriggeringRun feature = main;
        feature.sourceBranch = QStringLiteral("refs/heads/features/experimental/x");
        TriggeringRun noBranch = main;
        noBranch.sourceBranch.clear();

        QTest::newRow("true fires") << QStringLiteral("true") << main << QString();
        QTest::newRow("with issues fires") << QStringLiteral("true") << withIssues << QString();
        QTest::newRow("failed run") << QStringLiteral("true") << failed << QStringLiteral("did not succeed");
        QTest::newRow("none") << QStringLiteral("none") << main << QStringLiteral("disabled");
        QTest::newRow("include main") << QStringLiteral("{branches: {include: [main]}}") << main << QString();
        QTest::newRow("not included") << QStringLiteral("{branches: {include: [develop]}}") << main
                                      << QStringLiteral("is not included");
        QTest::newRow("excluded") << QStringLiteral("{branches: {include: [features/*], exclude: [features/experimental/*]}}")
                                  << feature << QStringLiteral("is excluded");
        QTest::newRow("no branch passes") << QStringLiteral("{branches: {include: [develop]}}") << noBranch << QString();
        QTest::newRow("stage succeeded, run failed") << QStringLiteral("{stages: [Build]}") << failed << QString();
        QTest::newRow("stage failed") << QStringLiteral("{stages: [Build, Test]}") << main
                                      << QStringLiteral("stage 'Test' of the run did not succeed");
        QTest::newRow("stage missing") << QStringLiteral("{stages: [Deploy]}") << main
                                       << QStringLiteral("no completed stage 'Deploy'");
        QTest::newRow("tag present") << QStringLiteral("{tags: [approved]}") << main << QString();
        QTest::newRow("tag missing") << QStringLiteral("{tags: [Approved, Signed]}") << main << QStringLiteral("no tag 'Signed'");
        QTest::newRow("bad trigger") << QStringLiteral("sometimes") << main << QStringLiteral("neither none");
    }

    void mismatch()
    {
        QFETCH(QString, yaml);
        QFETCH(TriggeringRun, run);
        QFETCH(QString, reason);
        const QString mismatch = PipelineTriggerFilter::parse(triggerNode(yaml)).mismatch(run);
        if (reason.isEmpty())
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        else
            QVERIFY2(mismatch.contains(reason), qPrintable(mismatch));
    }

    void evaluateTriggersTheMatchingPipelines()
    {
        const TriggerFixture fixture(nextBase(), {
            {kCi, QStringLiteral("steps:\n- bash: echo train\n")},
            {QStringLiteral("Deploy"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"))},
            {QStringLiteral("DeployMain"), TriggerFixture::consumer(QStringLiteral("model-ci"), QStringLiteral("model-ci"),
                                                    QStringLiteral("{branches: {include: [main]}}"))},
            {QStringLiteral("DeployDevelop"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("{branches: [develop]}"))},
            {QStringLiteral("NoTrigger"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QString())},
            {QStringLiteral("Other"), TriggerFixture::consumer(QStringLiteral("x"), QStringLiteral("Other-CI"), QStringLiteral("true"))},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        const qint64 ci = fixture.completedRun(spec);
        QVERIFY(ci > 0);

        PipelineTrigger trigger(fixture.workspace);
        Result<agent::TriggerEvaluation> evaluation = trigger.evaluate(ci);
        QVERIFY2(evaluation.ok(), qPrintable(evaluation.ok() ? QString() : evaluation.error().message));
        // Sources compare case-insensitively ("model-ci" is Model-CI).
        QCOMPARE(triggeredNames(*evaluation), (QStringList{QStringLiteral("Deploy"), QStringLiteral("DeployMain")}));
        QVERIFY2(evaluation->notes.join(QLatin1Char('\n')).contains(QStringLiteral("DeployDevelop is not triggered: resource 'ci': "
                                                                                   "branch refs/heads/main is not included")),
                 qPrintable(evaluation->notes.join(QLatin1Char('\n'))));
        QVERIFY(evaluation->notes.join(QLatin1Char('\n')).contains(QStringLiteral("NoTrigger is not triggered")));

        const agent::TriggeredRun &deploy = evaluation->runs.constFirst();
        QCOMPARE(deploy.alias, QStringLiteral("ci"));
        QCOMPARE(deploy.request.reason, QStringLiteral("resourceTrigger"));
        QCOMPARE(deploy.request.requestedBy, QStringLiteral("tester"));
        QCOMPARE(deploy.request.pipelineId, std::optional<qint64>(fixture.ids.value(QStringLiteral("Deploy"))));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.runID")), QString::number(ci));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.runName")), QString::number(ci));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.pipelineName")), kCi);
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.pipelineID")),
                 QString::number(fixture.ids.value(kCi)));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.sourceBranch")),
                 QStringLiteral("refs/heads/main"));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.requestedFor")), QStringLiteral("tester"));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("resources.pipeline.ci.projectID")), fixture.workspace->id());
        QCOMPARE(deploy.request.variables.value(QStringLiteral("Resources.TriggeringAlias")), QStringLiteral("ci"));
        QCOMPARE(deploy.request.variables.value(QStringLiteral("Resources.TriggeringCategory")), QStringLiteral("pipeline"));
        // Same repository folder: the triggered run builds the triggering run's branch.
        QCOMPARE(deploy.request.sourceBranch, QStringLiteral("refs/heads/main"));

        // A failed run triggers nothing; a run still in progress cannot be evaluated.
        spec.result = runs::RunResult::Failed;
        const qint64 failed = fixture.completedRun(spec);
        evaluation = trigger.evaluate(failed);
        QVERIFY(evaluation.ok());
        QVERIFY(evaluation->runs.isEmpty());
        QVERIFY(evaluation->notes.join(QLatin1Char('\n')).contains(QStringLiteral("the run did not succeed")));
        runs::RunStore store(fixture.workspace);
        runs::NewRun pending;
        pending.pipelineName = kCi;
        const qint64 pendingId = store.createRun(pending).value().id;
        QCOMPARE(trigger.evaluate(pendingId).error().code, ErrorCode::Conflict);
    }

    void stagesFilterLooksAtTheStages()
    {
        const TriggerFixture fixture(nextBase(), {
            {kCi, QStringLiteral("steps:\n- bash: echo train\n")},
            {QStringLiteral("AfterBuild"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("{stages: [Build]}"))},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        spec.result = runs::RunResult::Failed;
        spec.stages = {{QStringLiteral("Build"), runs::RunResult::Succeeded}, {QStringLiteral("Test"), runs::RunResult::Failed}};
        Result<agent::TriggerEvaluation> evaluation = PipelineTrigger(fixture.workspace).evaluate(fixture.completedRun(spec));
        QVERIFY(evaluation.ok());
        QCOMPARE(triggeredNames(*evaluation), QStringList{QStringLiteral("AfterBuild")});
        spec.stages = {{QStringLiteral("Build"), runs::RunResult::Failed}};
        evaluation = PipelineTrigger(fixture.workspace).evaluate(fixture.completedRun(spec));
        QVERIFY(evaluation.ok());
        QVERIFY(evaluation->runs.isEmpty());
    }

    void loopGuardStopsCycles()
    {
        // A and B trigger each other; S triggers itself.
        const TriggerFixture fixture(nextBase(), {
            {QStringLiteral("A"), TriggerFixture::consumer(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("true"))},
            {QStringLiteral("B"), TriggerFixture::consumer(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("true"))},
            {QStringLiteral("S"), TriggerFixture::consumer(QStringLiteral("self"), QStringLiteral("S"), QStringLiteral("true"))},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        PipelineTrigger trigger(fixture.workspace);

        TriggerRunSpec a;
        a.pipeline = QStringLiteral("A");
        const qint64 a1 = fixture.completedRun(a);
        Result<agent::TriggerEvaluation> evaluation = trigger.evaluate(a1);
        QVERIFY(evaluation.ok());
        QCOMPARE(triggeredNames(*evaluation), QStringList{QStringLiteral("B")});

        // B's run, as the trigger queued it, completes: A already ran in this chain.
        TriggerRunSpec b;
        b.pipeline = QStringLiteral("B");
        b.reason = QStringLiteral("resourceTrigger");
        for (auto it = evaluation->runs.constFirst().request.variables.cbegin();
             it != evaluation->runs.constFirst().request.variables.cend(); ++it)
            b.variables.insert(it.key(), it.value());
        const qint64 b1 = fixture.completedRun(b);
        runs::RunStore store(fixture.workspace);
        QCOMPARE(trigger.triggerChain(store.run(b1).value()), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        evaluation = trigger.evaluate(b1);
        QVERIFY(evaluation.ok());
        QVERIFY(evaluation->runs.isEmpty());
        QVERIFY2(evaluation->notes.join(QLatin1Char('\n')).contains(QStringLiteral("A is not triggered: it already ran in this "
                                                                                   "trigger chain (B ← A)")),
                 qPrintable(evaluation->notes.join(QLatin1Char('\n'))));

        // A manual run of B starts a new chain: A is triggered again.
        TriggerRunSpec manualB;
        manualB.pipeline = QStringLiteral("B");
        evaluation = trigger.evaluate(fixture.completedRun(manualB));
        QVERIFY(evaluation.ok());
        QCOMPARE(triggeredNames(*evaluation), QStringList{QStringLiteral("A")});

        // A pipeline never triggers itself.
        TriggerRunSpec s;
        s.pipeline = QStringLiteral("S");
        evaluation = trigger.evaluate(fixture.completedRun(s));
        QVERIFY(evaluation.ok());
        QVERIFY(evaluation->runs.isEmpty());
        QVERIFY(evaluation->notes.join(QLatin1Char('\n')).contains(QStringLiteral("S is not triggered: it already ran")));
    }

    void fireQueuesTheTriggeredRun()
    {
        const TriggerFixture fixture(nextBase(), {
            {kCi, QStringLiteral("steps:\n- bash: echo train\n")},
            {QStringLiteral("Deploy"), TriggerFixture::consumer(QStringLiteral("ci"), kCi, QStringLiteral("true"))},
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.problem()));
        TriggerRunSpec spec;
        spec.pipeline = kCi;
        const qint64 ci = fixture.completedRun(spec);
        // /bin/true stands in for the agent: the queued run stays pending for inspection.
        Result<QStringList> lines = PipelineTrigger(fixture.workspace).fire(ci, QStringLiteral("/bin/true"));
        QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().message));
        QCOMPARE(lines->size(), 1);
        QVERIFY2(lines->constFirst().startsWith(QStringLiteral("Run %1 triggered run %2 of Deploy (pipeline resource 'ci')")
                                                    .arg(ci)
                                                    .arg(ci + 1)),
                 qPrintable(lines->constFirst()));
        runs::RunStore store(fixture.workspace);
        Result<runs::Run> queued = store.run(ci + 1);
        QVERIFY(queued.ok());
        QCOMPARE(queued->pipelineName, QStringLiteral("Deploy"));
        QCOMPARE(queued->reason, QStringLiteral("resourceTrigger"));
        QCOMPARE(queued->state, runs::RunState::Pending);
        QCOMPARE(queued->sourceBranch, QStringLiteral("refs/heads/main"));
        QCOMPARE(queued->variables.value(QStringLiteral("resources.pipeline.ci.runID")).toString(), QString::number(ci));
        QCOMPARE(queued->variables.value(QStringLiteral("Resources.TriggeringAlias")).toString(), QStringLiteral("ci"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineTrigger)
#include "test_pipelinetrigger.moc"
