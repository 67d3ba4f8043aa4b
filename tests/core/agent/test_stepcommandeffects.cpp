// StepCommandEffects: what the logging commands of a step do to the run — uploads into
// artifacts and the reserved "_attachments" artifact (paths, masking, binary content),
// the run number (with Azure's rules) and tags — and how each failure is reported.

#include "core/agent/stepcommandeffects.h"
#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::StepCommandEffects;
using agent::UploadRequest;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

UploadRequest upload(UploadRequest::Kind kind, const QString &path)
{
    UploadRequest request;
    request.kind = kind;
    request.path = path;
    return request;
}

UploadRequest artifactUpload(const QString &name, const QString &container, const QString &path)
{
    UploadRequest request = upload(UploadRequest::Kind::Artifact, path);
    request.artifactName = name;
    request.containerFolder = container;
    return request;
}

QStringList paths(const runs::Artifact &artifact)
{
    QStringList out;
    for (const runs::ArtifactFile &file : artifact.files)
        out.append(file.path);
    return out;
}

}  // namespace

class TestStepCommandEffects : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    std::unique_ptr<runs::RunStore> m_runs;
    std::unique_ptr<runs::ArtifactStore> m_artifacts;
    QString m_work;

    agent::StepEffectsContext context(qint64 runId)
    {
        agent::StepEffectsContext c;
        c.runId = runId;
        c.stepFolder = StepCommandEffects::stepFolder(QStringLiteral("Build job"), 3, QStringLiteral("train"));
        c.workingDirectory = m_work;
        c.tempDirectory = m_dir.filePath(QStringLiteral("tmp"));
        c.runStore = m_runs.get();
        c.artifactStore = m_artifacts.get();
        return c;
    }

    qint64 newRun()
    {
        runs::NewRun n;
        n.pipelineName = QStringLiteral("ci");
        n.number = QStringLiteral("20261125.1");
        return m_runs->createRun(n).value().id;
    }

    QByteArray blob(qint64 run, const QString &artifact, const QString &path)
    {
        const Result<runs::Artifact> found = m_artifacts->artifact(run, artifact);
        if (!found.ok())
            return {};
        for (const runs::ArtifactFile &file : found->files) {
            if (file.path == path) {
                QFile f(m_artifacts->blobPath(file.sha256));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = *ws;
        m_runs = std::make_unique<runs::RunStore>(m_ws);
        m_artifacts = std::make_unique<runs::ArtifactStore>(m_ws);
        m_work = m_dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("tmp"))));
        writeFile(m_work + QStringLiteral("/out/a.txt"), "a");
        writeFile(m_work + QStringLiteral("/out/sub/b.txt"), "b");
        writeFile(m_work + QStringLiteral("/report.md"), "# Report\n");
        writeFile(m_work + QStringLiteral("/build.log"), QByteArray("token=s3cret-XYZ\n\xff\xfe binary \x00 kept\nlast line without newline", 59));
    }

    void artifactUploadAddsUp_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("container = artifact") << QStringLiteral("results")
                                              << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("sub/b.txt")};
        QTest::newRow("deeper container") << QStringLiteral("/results/logs/")
                                          << QStringList{QStringLiteral("a.txt"), QStringLiteral("logs/b.txt"),
                                                         QStringLiteral("sub/b.txt")};
    }

    void artifactUploadAddsUp()
    {
        QFETCH(QString, container);
        QFETCH(QStringList, expected);
        const qint64 run = newRun();
        agent::StepOutcome outcome;
        outcome.uploads = {artifactUpload(QStringLiteral("results"), QStringLiteral("results"), QStringLiteral("out")),
                           artifactUpload(QStringLiteral("results"), container, m_work + QStringLiteral("/out/sub/b.txt"))};
        const agent::StepEffects effects = StepCommandEffects::apply(outcome, context(run));
        QVERIFY2(!effects.failed, qPrintable(effects.lines.join(QLatin1Char('\n'))));
        QCOMPARE(effects.lines.size(), 2);
        QVERIFY(effects.lines.first().startsWith(QStringLiteral("Uploaded ") + m_work + QStringLiteral("/out to artifact 'results'")));
        QCOMPARE(paths(*m_artifacts->artifact(run, QStringLiteral("results"))), expected);
    }

    void attachmentsGoToTheReservedArtifact()
    {
        const qint64 run = newRun();
        agent::StepOutcome outcome;
        UploadRequest attachment = upload(UploadRequest::Kind::Attachment, QStringLiteral("report.md"));
        attachment.attachmentType = QStringLiteral("my type");
        attachment.attachmentName = QStringLiteral("report 1");
        outcome.uploads = {upload(UploadRequest::Kind::StepFile, QStringLiteral("out/a.txt")),
                           upload(UploadRequest::Kind::BuildLog, m_work + QStringLiteral("/build.log")),
                           upload(UploadRequest::Kind::Summary, QStringLiteral("report.md")), attachment};
        agent::StepEffectsContext c = context(run);
        c.mask = [](const QString &text) {
            QString masked = text;
            return masked.replace(QStringLiteral("s3cret-XYZ"), QStringLiteral("***"));
        };
        const agent::StepEffects effects = StepCommandEffects::apply(outcome, c);
        QVERIFY2(!effects.failed, qPrintable(effects.lines.join(QLatin1Char('\n'))));
        QCOMPARE(paths(*m_artifacts->artifact(run, StepCommandEffects::attachmentsArtifact())),
                 (QStringList{QStringLiteral("attachments/my_type/report_1"), QStringLiteral("logs/build.log"),
                              QStringLiteral("steps/Build_job/03_train/a.txt"),
                              QStringLiteral("summaries/Build_job/03_train/report.md")}));
        // The secret is masked; the line without one keeps its bytes (binary included).
        QCOMPARE(blob(run, StepCommandEffects::attachmentsArtifact(), QStringLiteral("logs/build.log")),
                 QByteArray("token=***\n\xff\xfe binary \x00 kept\nlast line without newline", 52));
        // No masked copy is left behind.
        QVERIFY(QDir(c.tempDirectory).isEmpty());
    }

    void buildNumberAndTags()
    {
        const qint64 run = newRun();
        agent::StepOutcome outcome;
        outcome.buildNumber = QStringLiteral(" 1.0.%1 ").arg(run);
        outcome.buildTags = {QStringLiteral("nightly"), QStringLiteral("gpu")};
        const agent::StepEffects effects = StepCommandEffects::apply(outcome, context(run));
        QVERIFY(!effects.failed);
        QCOMPARE(effects.buildNumber, QStringLiteral("1.0.%1").arg(run));
        const runs::Run stored = *m_runs->run(run);
        QCOMPARE(stored.number, QStringLiteral("1.0.%1").arg(run));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("gpu"), QStringLiteral("nightly")}));
        QVERIFY(effects.lines.contains(QStringLiteral("Tagged the run: nightly, gpu")));
    }

    void buildNumberRules_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("problem");  // empty: valid
        QTest::newRow("plain") << QStringLiteral("2026.11.25-rc_1 (x)") << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("contains '/'");
        QTest::newRow("colon") << QStringLiteral("a:b") << QStringLiteral("contains ':'");
        QTest::newRow("at") << QStringLiteral("v@1") << QStringLiteral("contains '@'");
        QTest::newRow("trailing dot") << QStringLiteral("1.2.") << QStringLiteral("ends with '.'");
        QTest::newRow("too long") << QString(256, QLatin1Char('9')) << QStringLiteral("longer than 255");
        QTest::newRow("control") << QStringLiteral("a\tb") << QStringLiteral("a control character");
    }

    void buildNumberRules()
    {
        QFETCH(QString, number);
        QFETCH(QString, problem);
        const QString found = StepCommandEffects::buildNumberProblem(number);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void failuresAreReportedAndFailTheStep_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << 0 << QStringLiteral("Unable to process ##vso[task.uploadfile]: the file to attach");
        QTest::newRow("folder as a file") << 1 << QStringLiteral("does not exist or is not a file");
        QTest::newRow("reserved name") << 2 << QStringLiteral("Unable to process ##vso[artifact.upload]: the artifact name '_Attachments' is reserved");
        QTest::newRow("missing artifact path") << 3 << QStringLiteral("the path to upload");
        QTest::newRow("bad number") << 4 << QStringLiteral("Unable to process ##vso[build.updatebuildnumber]: the build number 'x|y'");
        QTest::newRow("no stores") << 5 << QStringLiteral("the workspace's run store is not available");
    }

    void failuresAreReportedAndFailTheStep()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        const qint64 run = newRun();
        agent::StepOutcome outcome;
        agent::StepEffectsContext c = context(run);
        switch (which) {
        case 0: outcome.uploads = {upload(UploadRequest::Kind::StepFile, QStringLiteral("nope.txt"))}; break;
        case 1: outcome.uploads = {upload(UploadRequest::Kind::BuildLog, QStringLiteral("out"))}; break;
        case 2: outcome.uploads = {artifactUpload(QStringLiteral("_Attachments"), QString(), QStringLiteral("out"))}; break;
        case 3: outcome.uploads = {artifactUpload(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("nope"))}; break;
        case 4: outcome.buildNumber = QStringLiteral("x|y"); break;
        case 5:
            outcome.buildTags = {QStringLiteral("t")};
            c.runStore = nullptr;
            break;
        }
        const agent::StepEffects effects = StepCommandEffects::apply(outcome, c);
        QVERIFY(effects.failed);
        QCOMPARE(effects.errors.size(), 1);
        QVERIFY2(effects.errors.first().message.contains(message), qPrintable(effects.errors.first().message));
        QCOMPARE(effects.lines.first(), QStringLiteral("##[error]") + effects.errors.first().message);
        QVERIFY(!effects.buildNumber);
        QCOMPARE(m_runs->run(run)->number, QStringLiteral("20261125.1"));
        QVERIFY(m_artifacts->artifacts(run)->isEmpty());
    }

    void stepFolderIsSafe()
    {
        QCOMPARE(StepCommandEffects::stepFolder(QStringLiteral("Job debug/x"), 12, QStringLiteral("Bash: echo ../hi")),
                 QStringLiteral("Job_debug_x/12_Bash__echo_.._hi"));
        QCOMPARE(StepCommandEffects::stepFolder(QStringLiteral(".."), 1, QString()), QStringLiteral("_./01__"));
        QVERIFY(StepCommandEffects::isReservedArtifactName(QStringLiteral(" _ATTACHMENTS ")));
        QVERIFY(!StepCommandEffects::isReservedArtifactName(QStringLiteral("attachments")));
    }
};

QTEST_GUILESS_MAIN(TestStepCommandEffects)
#include "test_stepcommandeffects.moc"
