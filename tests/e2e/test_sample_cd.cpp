// End-to-end test of the sample's CD pipeline (Model-Deploy-CD) through the local agent,
// on a fresh `mlops init --sample` workspace:
// - a CI run (Model-Train-Register-CI, --follow) registers version 1 and, once it has
//   completed, its pipeline completion trigger queues the CD: reason resourceTrigger, the
//   triggering run recorded in resources.pipeline.model-train-ci.*; the CD completes with
//   Deploy ACI succeeded, Deploy AKS skipped (AKS_DEPLOYMENT_NAME is empty), and its
//   artifact deployment-aci holds deployment.json (mlops-aci, the model's name, version 1,
//   compute aci) and the model version's files;
// - the CD queued by hand with --param artifactBuildId=<the CI run> does the same;
// - --param artifactBuildId=<no such run> fails the download with a message naming the run,
//   and a run without a `model` artifact fails it listing the artifacts that run has.

#include "clirunner.h"
#include "samplerunhelpers.h"

#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mlops;

namespace {

const QString kCi = QStringLiteral("Model-Train-Register-CI");
const QString kCd = QStringLiteral("Model-Deploy-CD");
const QString kModel = QStringLiteral("diabetes_regression_model.pkl");

QJsonObject record(const QJsonObject &run, const QString &type, const QString &name)
{
    const QJsonArray timeline = run.value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &value : timeline) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("type")).toString() == type && object.value(QStringLiteral("name")).toString() == name)
            return object;
    }
    return {};
}

// The first run of `pipeline` after run `after`, once it has completed (0 after 3 minutes).
int completedRunOf(const CliRunner &cli, const QString &pipeline, int after)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 180000) {
        const QJsonArray runs = cli.run({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")}).array();
        for (const QJsonValue &value : runs) {
            const QJsonObject run = value.toObject();
            if (run.value(QStringLiteral("pipeline")).toString() == pipeline && run.value(QStringLiteral("id")).toInt() > after &&
                run.value(QStringLiteral("state")).toString() == QLatin1String("completed"))
                return run.value(QStringLiteral("id")).toInt();
        }
        QThread::msleep(200);
    }
    return 0;
}

}  // namespace

class TestSampleCd : public QObject {
    Q_OBJECT

private:
    // Deploy ACI succeeded, Deploy AKS skipped, and deployment-aci describes version 1.
    static void checkDeployment(const CliRunner &cli, const std::shared_ptr<store::Workspace> &workspace, int cdRun,
                                const QString &scratch)
    {
        const QJsonObject run = showRun(cli, cdRun);
        QVERIFY2(run.value(QStringLiteral("result")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(record(run, QStringLiteral("stage"), QStringLiteral("Deploy_ACI")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(record(run, QStringLiteral("stage"), QStringLiteral("Deploy_AKS")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(record(run, QStringLiteral("step"), QStringLiteral("get_model")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("succeeded"));

        runs::ArtifactStore artifacts(workspace);
        Result<runs::Artifact> artifact = artifacts.artifact(cdRun, QStringLiteral("deployment-aci"));
        QVERIFY2(artifact.ok(), qPrintable(artifact.ok() ? QString() : artifact.error().message));
        QVERIFY(!artifacts.artifact(cdRun, QStringLiteral("deployment-aks")).ok());
        const QString target = QDir(scratch).filePath(QStringLiteral("cd%1").arg(cdRun));
        QVERIFY(artifacts.download(*artifact, target).ok());
        QFile file(QDir(target).filePath(QStringLiteral("deployment.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject deployment = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(deployment.value(QStringLiteral("deploymentName")).toString(), QStringLiteral("mlops-aci"));
        QCOMPARE(deployment.value(QStringLiteral("compute")).toString(), QStringLiteral("aci"));
        QCOMPARE(deployment.value(QStringLiteral("modelName")).toString(), kModel);
        QCOMPARE(deployment.value(QStringLiteral("modelVersion")).toInt(), 1);
        QCOMPARE(deployment.value(QStringLiteral("runId")).toInt(), cdRun);
        QVERIFY(QDateTime::fromString(deployment.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).isValid());
        // The version's files were written next to it.
        QVERIFY(QFile::exists(QDir(target).filePath(QStringLiteral("model/model.json"))));

        const CliResult log = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QString::number(cdRun), QStringLiteral("--record"),
                                       QStringLiteral("Prepare the ACI deployment")});
        CLI_EXPECT_EXIT(log, 0);
        QVERIFY2(log.outText().contains(QStringLiteral("Prepared ACI deployment 'mlops-aci' of %1 version 1").arg(kModel)),
                 log.describe().constData());
        QVERIFY(log.outText().contains(QStringLiteral("No endpoint was started")));
    }

private Q_SLOTS:
    void deploysAfterCiAndByRunId()
    {
        QTemporaryDir dir;
        const QString workspaceDir = dir.filePath(QStringLiteral("ws"));
        CliRunner cli(workspaceDir);
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);

        // (1) The CI registers version 1; its completion triggers the CD.
        const CliResult ci = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), kCi, QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(ci, 0);
        const int ciRun = queuedRun(ci);
        QVERIFY2(ciRun > 0, ci.describe().constData());
        const int triggered = completedRunOf(cli, kCd, ciRun);
        QVERIFY2(triggered > 0, "the CD was not triggered (or did not complete) after the CI run");

        Result<std::shared_ptr<store::Workspace>> workspace = store::Workspace::open(workspaceDir);
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
        runs::RunStore store(*workspace);
        const runs::Run cdRecord = store.run(triggered).value();
        QCOMPARE(cdRecord.reason, QStringLiteral("resourceTrigger"));
        QCOMPARE(cdRecord.variables.value(QStringLiteral("resources.pipeline.model-train-ci.runID")).toString(), QString::number(ciRun));
        QCOMPARE(cdRecord.variables.value(QStringLiteral("resources.pipeline.model-train-ci.pipelineName")).toString(), kCi);
        QCOMPARE(cdRecord.variables.value(QStringLiteral("resources.pipeline.model-train-ci.sourceBranch")).toString(),
                 QStringLiteral("refs/heads/main"));
        QCOMPARE(cdRecord.sourceBranch, QStringLiteral("refs/heads/main"));
        checkDeployment(cli, *workspace, triggered, dir.path());
        const CliResult download = cli.run({QStringLiteral("run"), QStringLiteral("logs"), QString::number(triggered), QStringLiteral("--record"),
                                            QStringLiteral("Download model.json of the CI run")});
        QVERIFY2(download.outText().contains(QStringLiteral("Downloaded artifact 'model' of run %1").arg(ciRun)),
                 download.describe().constData());
        QVERIFY(allRunsCompleted(cli));

        // (2) Queued by hand for that CI run.
        const CliResult byId = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), kCd, QStringLiteral("--param"),
                                        QStringLiteral("artifactBuildId=%1").arg(ciRun), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(byId, 0);
        const int manual = queuedRun(byId);
        QVERIFY(manual > triggered);
        QCOMPARE(store.run(manual).value().reason, QStringLiteral("manual"));
        checkDeployment(cli, *workspace, manual, dir.path());
        QVERIFY2(byId.outText().contains(QStringLiteral("Downloaded artifact 'model' of run %1").arg(ciRun)), byId.describe().constData());

        // (3) A run that does not exist: the download fails and says which run.
        const CliResult missing = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), kCd, QStringLiteral("--param"),
                                           QStringLiteral("artifactBuildId=9999"), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(missing, 3);
        QVERIFY2(missing.outText().contains(QStringLiteral("run 9999 does not exist")), missing.describe().constData());
        const QJsonObject failed = showRun(cli, queuedRun(missing));
        QCOMPARE(record(failed, QStringLiteral("stage"), QStringLiteral("Deploy_ACI")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(record(failed, QStringLiteral("step"), QStringLiteral("get_model")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("skipped"));

        // (4) A run that published no model (here: a CD run) is named as such.
        const CliResult notCi = cli.run({QStringLiteral("pipeline"), QStringLiteral("run"), kCd, QStringLiteral("--param"),
                                         QStringLiteral("artifactBuildId=%1").arg(triggered), QStringLiteral("--follow")});
        CLI_EXPECT_EXIT(notCi, 3);
        QVERIFY2(notCi.outText().contains(QStringLiteral("run %1 published no artifact named 'model' (its artifacts: deployment-aci;")
                                              .arg(triggered)),
                 notCi.describe().constData());
        QVERIFY(allRunsCompleted(cli));
    }
};

QTEST_GUILESS_MAIN(TestSampleCd)
#include "test_sample_cd.moc"
