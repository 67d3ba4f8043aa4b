// Tests of ArtifactStore: publishing folders and files, content stored once, listing,
// materialising, finding the latest succeeded artifact, and that a failed publish
// leaves no artifact registered.
#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::runs;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha(const QByteArray &data) { return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()); }

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A sample model folder: relative path → content.
QList<QPair<QString, QByteArray>> modelFiles()
{
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 251);
    return {{QStringLiteral("model.json"), QByteArray("{\"alpha\": 0.5}")},
            {QStringLiteral("weights/coef.bin"), big},
            {QStringLiteral("weights/copy-of-model.json"), QByteArray("{\"alpha\": 0.5}")},
            {QStringLiteral(".hidden"), QByteArray("h")},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("日本語/名前.txt"), QByteArray("\xff\x00\x01", 3)}};
}

}  // namespace

class TestArtifactStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<ArtifactStore> m_artifacts;
    QString m_source;

    qint64 newRun(const QString &pipeline = QStringLiteral("train"))
    {
        NewRun n;
        n.pipelineName = pipeline;
        return m_runs->createRun(n).value().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = *ws;
        m_runs = std::make_unique<RunStore>(m_ws);
        m_artifacts = std::make_unique<ArtifactStore>(m_ws);
        m_source = m_dir.filePath(QStringLiteral("source"));
        for (const auto &[path, data] : modelFiles())
            writeFile(m_source + QLatin1Char('/') + path, data);
    }

    void publishFolderAndDownload()
    {
        const qint64 run = newRun();
        auto published = m_artifacts->publish(run, QStringLiteral("model"), m_source);
        QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message));
        const auto files = modelFiles();
        QCOMPARE(published->files.size(), files.size());
        qint64 total = 0;
        for (const auto &[path, data] : files) {
            auto it = std::find_if(published->files.begin(), published->files.end(),
                                   [&](const ArtifactFile &f) { return f.path == path; });
            QVERIFY2(it != published->files.end(), qPrintable(path));
            QCOMPARE(it->size, data.size());
            QCOMPARE(it->sha256, sha(data));
            QCOMPARE(readAll(m_artifacts->blobPath(it->sha256)), data);
            total += data.size();
        }
        QCOMPARE(published->totalSize, total);
        QVERIFY(std::is_sorted(published->files.begin(), published->files.end(),
                               [](const ArtifactFile &a, const ArtifactFile &b) { return a.path < b.path; }));
        QVERIFY(published->createdAt.isValid());
        // Identical content (model.json twice) is stored once.
        QCOMPARE(countFiles(m_ws->directory() + QStringLiteral("/artifacts/sha256")), files.size() - 1);

        const QString target = m_dir.filePath(QStringLiteral("download"));
        QVERIFY(m_artifacts->download(*published, target).ok());
        for (const auto &[path, data] : files)
            QCOMPARE(readAll(target + QLatin1Char('/') + path), data);
        QCOMPARE(countFiles(target), files.size());
        // Downloading again replaces the files.
        writeFile(target + QStringLiteral("/model.json"), QByteArray("changed"));
        QVERIFY(m_artifacts->download(*published, target).ok());
        QCOMPARE(readAll(target + QStringLiteral("/model.json")), QByteArray("{\"alpha\": 0.5}"));

        // Publishing the same folder in another run adds no content.
        const qint64 other = newRun();
        QVERIFY(m_artifacts->publish(other, QStringLiteral("model"), m_source).ok());
        QCOMPARE(countFiles(m_ws->directory() + QStringLiteral("/artifacts/sha256")), files.size() - 1);
        QCOMPARE(countFiles(m_ws->directory() + QStringLiteral("/artifacts/tmp")), 0);
    }

    void publishSingleFileAndList()
    {
        const qint64 run = newRun();
        auto a = m_artifacts->publish(run, QStringLiteral("metrics"), m_source + QStringLiteral("/model.json"));
        QVERIFY(a.ok());
        QCOMPARE(a->files.size(), 1);
        QCOMPARE(a->files.first().path, QStringLiteral("model.json"));
        QVERIFY(m_artifacts->publish(run, QStringLiteral("drop"), m_source + QStringLiteral("/weights")).ok());
        auto list = m_artifacts->artifacts(run);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("drop"));
        QCOMPARE(list->at(0).files.size(), 2);
        QCOMPARE(list->at(1).name, QStringLiteral("metrics"));
        QCOMPARE(m_artifacts->artifact(run, QStringLiteral("metrics"))->files, a->files);
    }

    // addFiles/addFile: create the artifact on first use, add up, replace a same path,
    // put files under a prefix; totals follow; bad names and paths are refused.
    void addFilesGrowsAnArtifact()
    {
        const qint64 run = newRun();
        auto first = m_artifacts->addFiles(run, QStringLiteral("results"), m_source + QStringLiteral("/weights"));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->files.size(), 2);
        QCOMPARE(first->files.at(0).path, QStringLiteral("coef.bin"));
        auto second = m_artifacts->addFiles(run, QStringLiteral("results"), m_source + QStringLiteral("/model.json"),
                                            QStringLiteral("meta/"));
        QVERIFY(second.ok());
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->files.size(), 3);
        QCOMPARE(second->files.at(2).path, QStringLiteral("meta/model.json"));
        const QString changed = m_dir.filePath(QStringLiteral("changed.json"));
        writeFile(changed, QByteArray("{\"alpha\": 0.7}"));
        auto replaced = m_artifacts->addFile(run, QStringLiteral("results"), changed, QStringLiteral("meta/model.json"));
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->files.size(), 3);
        QCOMPARE(replaced->files.at(2).sha256, sha(QByteArray("{\"alpha\": 0.7}")));
        qint64 total = 0;
        for (const ArtifactFile &file : replaced->files)
            total += file.size;
        QCOMPARE(replaced->totalSize, total);
        // publish() still refuses a name that addFiles created.
        QCOMPARE(m_artifacts->publish(run, QStringLiteral("results"), changed).error().code, ErrorCode::AlreadyExists);

        QCOMPARE(m_artifacts->addFile(run, QStringLiteral("results"), changed, QStringLiteral("../x")).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(m_artifacts->addFiles(run, QStringLiteral("a/b"), changed).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_artifacts->addFiles(run, QStringLiteral("x"), m_dir.filePath(QStringLiteral("nope"))).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_artifacts->addFiles(999999, QStringLiteral("x"), changed).error().code, ErrorCode::NotFound);
        // A failed blob write changes nothing.
        m_artifacts->setBlobWriteHook([](const QString &) -> Result<void> {
            return makeError(ErrorCode::Io, QStringLiteral("No space left on device"));
        });
        QCOMPARE(m_artifacts->addFile(run, QStringLiteral("results"), changed, QStringLiteral("late.json")).error().code,
                 ErrorCode::Io);
        m_artifacts->setBlobWriteHook({});
        QCOMPARE(m_artifacts->artifact(run, QStringLiteral("results"))->files.size(), 3);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("knownRun");
        QTest::addColumn<int>("code");
        QTest::newRow("empty name") << QString() << QStringLiteral("model.json") << true << int(ErrorCode::InvalidInput);
        QTest::newRow("slash in name") << QStringLiteral("a/b") << QStringLiteral("model.json") << true << int(ErrorCode::InvalidInput);
        QTest::newRow("missing source") << QStringLiteral("x") << QStringLiteral("nope") << true << int(ErrorCode::NotFound);
        QTest::newRow("unknown run") << QStringLiteral("x") << QStringLiteral("model.json") << false << int(ErrorCode::NotFound);
        QTest::newRow("duplicate name") << QStringLiteral("dup") << QStringLiteral("model.json") << true << int(ErrorCode::AlreadyExists);
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QString, source);
        QFETCH(bool, knownRun);
        QFETCH(int, code);
        const qint64 run = knownRun ? newRun() : 999999;
        if (name == QLatin1String("dup"))
            QVERIFY(m_artifacts->publish(run, name, m_source + QStringLiteral("/model.json")).ok());
        auto r = m_artifacts->publish(run, name, m_source + QLatin1Char('/') + source);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(m_artifacts->artifact(999999, QStringLiteral("x")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_artifacts->artifacts(999999).error().code, ErrorCode::NotFound);
    }

    void latestSucceeded()
    {
        const QString pipeline = QStringLiteral("ci");
        const qint64 ok1 = newRun(pipeline);
        QVERIFY(m_artifacts->publish(ok1, QStringLiteral("model"), m_source + QStringLiteral("/model.json")).ok());
        QVERIFY(m_runs->completeRun(ok1, RunResult::Succeeded).ok());
        const qint64 partial = newRun(pipeline);
        QVERIFY(m_artifacts->publish(partial, QStringLiteral("model"), m_source + QStringLiteral("/empty.txt")).ok());
        QVERIFY(m_runs->completeRun(partial, RunResult::SucceededWithIssues).ok());
        const qint64 failed = newRun(pipeline);
        QVERIFY(m_artifacts->publish(failed, QStringLiteral("model"), m_source + QStringLiteral("/.hidden")).ok());
        QVERIFY(m_runs->completeRun(failed, RunResult::Failed).ok());
        const qint64 noArtifact = newRun(pipeline);
        QVERIFY(m_runs->completeRun(noArtifact, RunResult::Succeeded).ok());

        auto latest = m_artifacts->latestSucceededArtifact(QStringLiteral("CI"), QStringLiteral("model"));
        QVERIFY(latest.ok());
        QCOMPARE(latest->runId, ok1);
        auto withIssues = m_artifacts->latestSucceededArtifact(pipeline, QStringLiteral("model"), true);
        QCOMPARE(withIssues->runId, partial);
        QCOMPARE(m_artifacts->latestSucceededArtifact(pipeline, QStringLiteral("other")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_artifacts->latestSucceededArtifact(QStringLiteral("nope"), QStringLiteral("model")).error().code,
                 ErrorCode::NotFound);
    }

    // The disk "fills up" after some blobs: nothing is registered, no temporary file is
    // left, and a later publish of the same artifact succeeds.
    void failureLeavesNothingRegistered_data()
    {
        QTest::addColumn<int>("failAt");  // the blob write that fails, 0-based
        QTest::newRow("first blob") << 0;
        QTest::newRow("middle blob") << 2;
        QTest::newRow("last blob") << int(modelFiles().size() - 1);
    }
    void failureLeavesNothingRegistered()
    {
        QFETCH(int, failAt);
        const qint64 run = newRun();
        int writes = 0;
        m_artifacts->setBlobWriteHook([&](const QString &path) -> Result<void> {
            if (writes++ == failAt)
                return makeError(ErrorCode::Io, QStringLiteral("No space left on device (writing %1)").arg(path));
            return {};
        });
        auto r = m_artifacts->publish(run, QStringLiteral("model"), m_source);
        m_artifacts->setBlobWriteHook({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(QLatin1String("No space left")));
        QCOMPARE(writes, failAt + 1);
        QCOMPARE(m_artifacts->artifact(run, QStringLiteral("model")).error().code, ErrorCode::NotFound);
        QVERIFY(m_artifacts->artifacts(run)->isEmpty());
        QCOMPARE(countFiles(m_ws->directory() + QStringLiteral("/artifacts/tmp")), 0);
        auto again = m_artifacts->publish(run, QStringLiteral("model"), m_source);
        QVERIFY(again.ok());
        QCOMPARE(again->files.size(), modelFiles().size());
    }

    void damagedBlobIsReported()
    {
        const qint64 run = newRun();
        const QString src = m_dir.filePath(QStringLiteral("unique.txt"));
        writeFile(src, QByteArray("unique content for damage test"));
        auto a = m_artifacts->publish(run, QStringLiteral("u"), src);
        QVERIFY(a.ok());
        const QString blob = m_artifacts->blobPath(a->files.first().sha256);
        writeFile(blob, QByteArray("tampered"));
        auto r = m_artifacts->download(*a, m_dir.filePath(QStringLiteral("damaged")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(QLatin1String("damaged")));
        QVERIFY(QFile::remove(blob));
        QCOMPARE(m_artifacts->download(*a, m_dir.filePath(QStringLiteral("damaged"))).error().code, ErrorCode::Io);

        Artifact evil = *a;
        evil.files.first().path = QStringLiteral("../escape.txt");
        QCOMPARE(m_artifacts->download(evil, m_dir.filePath(QStringLiteral("evil"))).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "test_artifactstore.moc"
