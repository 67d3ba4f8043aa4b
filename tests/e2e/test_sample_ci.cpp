// End-to-end test of the sample's CI pipeline (Model-Train-Register-CI) through the
// local agent, on a fresh `mlops init --sample` workspace:
// - the first run trains, evaluates (no model yet), registers version 1 and publishes
//   model.json (name, version, id) as the run's artifact `model`;
// - a second run on the same data is not better: the evaluate step says so in the log,
//   the Register job is skipped and no version is added;
// - a queue-time `--var TRAINING_ALPHA=…` overrides the variable template's value.
//   Golden values (shared/data/ridge_golden.json): alpha 0.4 → test MSE 3295.74,
//   alpha 0.5 → 3298.91, so 0.4 (the template's value) is the better one: a run with
//   0.5 after 0.4 is not registered, and a run with 0.4 after 0.5 registers version 2.
// A CI run that registers a model triggers the sample CD pipeline (test_sample_cd covers it),
// so run numbers are read from the CLI's output, and each test waits for the triggered runs.

#include "clirunner.h"
#include "samplerunhelpers.h"

#include "core/runs/artifactstore.h"
#include "core/store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

namespace {

const QString kPipeline = QStringLiteral("Model-Train-Register-CI");
const QString kModel = QStringLiteral("diabetes_regression_model.pkl");

CliResult runCi(const CliRunner &cli, const QStringList &extra = {})
{
    return cli.run(QStringList{QStringLiteral("pipeline"), QStringLiteral("run"), kPipeline, QStringLiteral("--follow")} + extra);
}

// The versions of the sample model, as `model versions -o json` lists them.
QJsonArray versions(const CliRunner &cli)
{
    const CliResult listed = cli.run({QStringLiteral("model"), QStringLiteral("versions"), kModel, QStringLiteral("-o"),
                                      QStringLiteral("json")});
    return listed.object().value(QStringLiteral("versions")).toArray();
}

QJsonObject versionNumbered(const QJsonArray &listed, int version)
{
    for (const QJsonValue &value : listed) {
        if (value.toObject().value(QStringLiteral("version")).toInt() == version)
            return value.toObject();
    }
    return {};
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

class TestSampleCi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registersOnlyWhenBetter()
    {
        QTemporaryDir dir;
        const QString workspaceDir = dir.filePath(QStringLiteral("ws"));
        CliRunner cli(workspaceDir);
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);

        // (1) No model yet: version 1 is registered and model.json is published.
        const CliResult first = runCi(cli);
        CLI_EXPECT_EXIT(first, 0);
        QVERIFY2(first.outText().contains(QStringLiteral("Trained Ridge (alpha 0.4)")), first.describe().constData());
        QJsonArray listed = versions(cli);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
        const int run1 = queuedRun(first);
        QVERIFY2(run1 > 0, first.describe().constData());
        QCOMPARE(showRun(cli, run1).value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(record(showRun(cli, run1), QStringLiteral("Register")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("succeeded"));

        Result<std::shared_ptr<store::Workspace>> workspace = store::Workspace::open(workspaceDir);
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
        runs::ArtifactStore artifacts(*workspace);
        Result<runs::Artifact> artifact = artifacts.artifact(run1, QStringLiteral("model"));
        QVERIFY2(artifact.ok(), qPrintable(artifact.ok() ? QString() : artifact.error().message));
        QCOMPARE(artifact->files.size(), 1);
        const QString downloaded = dir.filePath(QStringLiteral("download"));
        QVERIFY(artifacts.download(*artifact, downloaded).ok());
        QFile modelJson(downloaded + QStringLiteral("/model.json"));
        QVERIFY(modelJson.open(QIODevice::ReadOnly));
        const QJsonObject published = QJsonDocument::fromJson(modelJson.readAll()).object();
        QCOMPARE(published.value(QStringLiteral("name")).toString(), kModel);
        QCOMPARE(published.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(published.value(QStringLiteral("id")).toInt(), listed.at(0).toObject().value(QStringLiteral("id")).toInt());

        // (2) Same data, same alpha: not better, the Register job is skipped.
        const CliResult second = runCi(cli);
        CLI_EXPECT_EXIT(second, 0);
        QCOMPARE(versions(cli).size(), 1);
        const int run2Id = queuedRun(second);
        QVERIFY2(run2Id > run1, second.describe().constData());
        const QJsonObject run2 = showRun(cli, run2Id);
        QCOMPARE(run2.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(record(run2, QStringLiteral("Register")).value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        const CliResult log2 = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QString::number(run2Id),
                                        QStringLiteral("--record"), QStringLiteral("evaluate")});
        CLI_EXPECT_EXIT(log2, 0);
        QVERIFY2(log2.outText().contains(QStringLiteral("is not better than latest version 1")), log2.describe().constData());
        QVERIFY2(log2.outText().contains(QStringLiteral("it will not be registered")), log2.describe().constData());
        QVERIFY(!artifacts.artifact(run2Id, QStringLiteral("model")).ok());

        // (3) A queue-time override of the template's TRAINING_ALPHA reaches the step;
        // alpha 0.5 has the higher test MSE, so it is not registered either.
        const CliResult third = runCi(cli, {QStringLiteral("--var"), QStringLiteral("TRAINING_ALPHA=0.5")});
        CLI_EXPECT_EXIT(third, 0);
        QVERIFY2(third.outText().contains(QStringLiteral("Trained Ridge (alpha 0.5)")), third.describe().constData());
        QVERIFY2(third.outText().contains(QStringLiteral("will not be registered")), third.describe().constData());
        QCOMPARE(versions(cli).size(), 1);
        QCOMPARE(record(showRun(cli, queuedRun(third)), QStringLiteral("Register")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("skipped"));
        QVERIFY(allRunsCompleted(cli));

        // Only the run that registered a model carries the tag the CD trigger filters on,
        // so the CD ran once (after run 1), not after the runs that registered nothing.
        QVERIFY(showRun(cli, run1).value(QStringLiteral("tags")).toArray().contains(QStringLiteral("model-registered")));
        QVERIFY(showRun(cli, run2Id).value(QStringLiteral("tags")).toArray().isEmpty());
        int cdRuns = 0;
        const QJsonArray all = cli.run({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")}).array();
        for (const QJsonValue &run : all)
            cdRuns += run.toObject().value(QStringLiteral("pipeline")).toString() == QLatin1String("Model-Deploy-CD") ? 1 : 0;
        QCOMPARE(cdRuns, 1);
    }

    void betterAlphaRegistersVersionTwo()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);

        const CliResult worse = runCi(cli, {QStringLiteral("--var"), QStringLiteral("TRAINING_ALPHA=0.5")});
        CLI_EXPECT_EXIT(worse, 0);
        QVERIFY2(worse.outText().contains(QStringLiteral("Trained Ridge (alpha 0.5)")), worse.describe().constData());
        QCOMPARE(versions(cli).size(), 1);

        // Alpha 0.4 has the lower test MSE: registered as version 2.
        const CliResult better = runCi(cli, {QStringLiteral("--var"), QStringLiteral("TRAINING_ALPHA=0.4")});
        CLI_EXPECT_EXIT(better, 0);
        QVERIFY2(better.outText().contains(QStringLiteral("Trained Ridge (alpha 0.4)")), better.describe().constData());
        const QJsonArray listed = versions(cli);
        QCOMPARE(listed.size(), 2);
        const QJsonObject second = versionNumbered(listed, 2);
        const QString betterRun = QString::number(queuedRun(better));
        QCOMPARE(second.value(QStringLiteral("lineage")).toObject().value(QStringLiteral("buildId")).toString(), betterRun);
        // The agent tells `mlops model register` which run it is part of.
        QCOMPARE(second.value(QStringLiteral("lineage")).toObject().value(QStringLiteral("runId")).toString(), betterRun);
        QCOMPARE(second.value(QStringLiteral("lineage")).toObject().value(QStringLiteral("parameters")).toString(),
                 QStringLiteral("{\"alpha\":0.4,\"randomState\":0,\"testSize\":0.2}"));
        QCOMPARE(record(showRun(cli, queuedRun(better)), QStringLiteral("Register")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(allRunsCompleted(cli));
    }
};

QTEST_GUILESS_MAIN(TestSampleCi)
#include "test_sample_ci.moc"
