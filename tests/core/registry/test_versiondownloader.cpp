// Tests of ModelRegistry::download (VersionDownloader): the files of a version written
// into a new folder and into an existing one (a file of the same path replaced, others
// left alone), progress up to the total, and every failure leaving the target as it was:
// a damaged or missing stored content, a cancel, a folder that cannot be written (a file
// in the way, a read-only folder), a folder where a file must go.
#include "core/registry/modelregistry.h"
#include "core/runs/artifactstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <atomic>
#include <memory>

using namespace mlops;
using namespace mlops::registry;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every file under `dir` (hidden ones too), relative, sorted.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

}  // namespace

class TestVersionDownloader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    QString m_source;
    ModelVersion m_version;
    QByteArray m_big;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(path(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = *ws;
        m_source = path(QStringLiteral("model"));
        m_big = QByteArray(3 * 1024 * 1024 + 17, 'x');  // more than one copy chunk
        for (qsizetype i = 0; i < m_big.size(); i += 4096)
            m_big[i] = char('a' + (i / 4096) % 26);
        QVERIFY(writeFile(m_source + QStringLiteral("/model.json"), "{\"w\": [1, 2]}"));
        QVERIFY(writeFile(m_source + QStringLiteral("/data/weights.bin"), m_big));
        NewModelVersion in;
        in.sourcePath = m_source;
        Result<ModelVersion> v = ModelRegistry(m_ws).registerVersion(QStringLiteral("dl"), in);
        QVERIFY(v.ok());
        m_version = *v;
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void downloadsIntoNewFolder()
    {
        const QString target = path(QStringLiteral("out/new/folder"));
        QList<DownloadProgress> reports;
        ModelRegistry::DownloadOptions options;
        options.progress = [&](const DownloadProgress &p) { reports << p; };
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(m_version, target, options);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!r->canceled);
        QCOMPARE(r->files, 2);
        QCOMPARE(r->bytes, m_big.size() + 13);
        QCOMPARE(r->directory, QFileInfo(target).absoluteFilePath());
        QCOMPARE(readFile(target + QStringLiteral("/model.json")), QByteArray("{\"w\": [1, 2]}"));
        QCOMPARE(readFile(target + QStringLiteral("/data/weights.bin")), m_big);
        QCOMPARE(filesUnder(target), (QStringList{QStringLiteral("data"), QStringLiteral("data/weights.bin"), QStringLiteral("model.json")}));
        QCOMPARE(filesUnder(path(QStringLiteral("out/new"))), (QStringList{QStringLiteral("folder"), QStringLiteral("folder/data"),
                                                                           QStringLiteral("folder/data/weights.bin"),
                                                                           QStringLiteral("folder/model.json")}));
        QVERIFY(reports.size() >= 2);
        QCOMPARE(reports.constFirst().bytesDone, 0);
        QCOMPARE(reports.constLast().bytesDone, reports.constLast().bytesTotal);
        QCOMPARE(reports.constLast().filesDone, 2);
        QCOMPARE(reports.constLast().fileCount, 2);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).bytesDone >= reports.at(i - 1).bytesDone);
    }

    void downloadsIntoExistingFolder()
    {
        const QString target = path(QStringLiteral("existing"));
        QVERIFY(writeFile(target + QStringLiteral("/model.json"), "old"));
        QVERIFY(writeFile(target + QStringLiteral("/mine.txt"), "keep me"));
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(m_version, target);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(readFile(target + QStringLiteral("/model.json")), QByteArray("{\"w\": [1, 2]}"));
        QCOMPARE(readFile(target + QStringLiteral("/data/weights.bin")), m_big);
        QCOMPARE(readFile(target + QStringLiteral("/mine.txt")), QByteArray("keep me"));
        // No staging folder left behind.
        QCOMPARE(filesUnder(target), (QStringList{QStringLiteral("data"), QStringLiteral("data/weights.bin"), QStringLiteral("mine.txt"),
                                                  QStringLiteral("model.json")}));
    }

    void failuresLeaveTargetUntouched_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged content") << QStringLiteral("damaged") << int(ErrorCode::Io) << QStringLiteral("is damaged");
        QTest::newRow("missing content") << QStringLiteral("missing") << int(ErrorCode::Io) << QStringLiteral("is missing");
        QTest::newRow("folder in the way") << QStringLiteral("folder") << int(ErrorCode::Io) << QStringLiteral("a folder of that name is in the way");
        QTest::newRow("file in the way") << QStringLiteral("file") << int(ErrorCode::Io) << QStringLiteral("is a file, not a folder");
        QTest::newRow("unsafe path") << QStringLiteral("unsafe") << int(ErrorCode::InvalidInput) << QStringLiteral("unsafe path");
    }

    void failuresLeaveTargetUntouched()
    {
        QFETCH(QString, failure);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString target = path(QStringLiteral("existing"));
        QVERIFY(writeFile(target + QStringLiteral("/model.json"), "old"));
        ModelVersion version = m_version;
        const QString blob = runs::ArtifactStore(m_ws).blobPath(m_version.files.at(0).sha256);  // data/weights.bin
        if (failure == QLatin1String("damaged")) {
            QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(writeFile(blob, "tampered"));
        } else if (failure == QLatin1String("missing")) {
            QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(QFile::remove(blob));
        } else if (failure == QLatin1String("folder")) {
            QVERIFY(QFile::remove(target + QStringLiteral("/model.json")));
            QVERIFY(QDir().mkpath(target + QStringLiteral("/model.json")));
        } else if (failure == QLatin1String("file")) {
            QVERIFY(writeFile(target + QStringLiteral("/data"), "a file where a folder must go"));
        } else {
            version.files[1].path = QStringLiteral("../escape.json");
        }
        const QStringList before = filesUnder(target);
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(version, target);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(filesUnder(target), before);
        if (failure != QLatin1String("folder"))
            QCOMPARE(readFile(target + QStringLiteral("/model.json")), QByteArray("old"));
        QVERIFY(!QFile::exists(path(QStringLiteral("escape.json"))));
    }

    void failureInNewFolderCreatesNothing()
    {
        QFile::setPermissions(runs::ArtifactStore(m_ws).blobPath(m_version.files.at(1).sha256), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::remove(runs::ArtifactStore(m_ws).blobPath(m_version.files.at(1).sha256)));  // model.json
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(m_version, path(QStringLiteral("fresh/a/b")));
        QVERIFY(!r.ok());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("fresh"))));
    }

    void unwritableFolderIsAClearError()
    {
        // A path through a file cannot be created by anyone, root included.
        QVERIFY(writeFile(path(QStringLiteral("plain.txt")), "x"));
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(m_version, path(QStringLiteral("plain.txt/sub")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot create the folder")), qPrintable(r.error().message));
        QCOMPARE(readFile(path(QStringLiteral("plain.txt"))), QByteArray("x"));

        if (::geteuid() == 0)
            QSKIP("running as root: a read-only folder is writable");
        const QString readOnly = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        r = ModelRegistry(m_ws).download(m_version, readOnly);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot write into the folder")), qPrintable(r.error().message));
        QVERIFY(filesUnder(readOnly).isEmpty());
    }

    void cancelWritesNothing()
    {
        const QString target = path(QStringLiteral("canceled"));
        QVERIFY(QDir().mkpath(target));
        std::atomic<bool> cancel{false};
        ModelRegistry::DownloadOptions options;
        options.cancel = &cancel;
        // Asked to stop as soon as the copy has started.
        options.progress = [&](const DownloadProgress &) { cancel.store(true); };
        Result<DownloadOutcome> r = ModelRegistry(m_ws).download(m_version, target, options);
        QVERIFY(r.ok());
        QVERIFY(r->canceled);
        QCOMPARE(r->files, 0);
        QVERIFY(filesUnder(target).isEmpty());

        Result<DownloadOutcome> fresh = ModelRegistry(m_ws).download(m_version, path(QStringLiteral("canceled-new/x")), options);
        QVERIFY(fresh.ok() && fresh->canceled);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("canceled-new"))));
    }
};

QTEST_GUILESS_MAIN(TestVersionDownloader)
#include "test_versiondownloader.moc"
