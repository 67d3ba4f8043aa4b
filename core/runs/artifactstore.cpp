#include "artifactstore.h"

#include "logindex.h"

#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace mlops::runs {

using store::Database;

namespace {

constexpr qint64 kBuffer = 1024 * 1024;

bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
}

Result<QList<ArtifactFile>> readFiles(QSqlDatabase db, qint64 artifactId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT path, size, sha256 FROM artifact_files WHERE artifact_id = ? ORDER BY path"));
    q.addBindValue(artifactId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the files of artifact %1").arg(artifactId));
    QList<ArtifactFile> out;
    while (q.next())
        out.append(ArtifactFile{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

// Reads artifacts selected by `where` (with bindings), files included.
Result<QList<Artifact>> readArtifacts(QSqlDatabase db, const QString &where, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.id, a.run_id, a.name, a.total_size, a.created_at FROM artifacts a ") + where);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading artifacts"));
    QList<Artifact> out;
    while (q.next()) {
        Artifact a;
        a.id = q.value(0).toLongLong();
        a.runId = q.value(1).toLongLong();
        a.name = q.value(2).toString();
        a.totalSize = q.value(3).toLongLong();
        a.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC();
        out.append(a);
    }
    for (Artifact &a : out) {
        Result<QList<ArtifactFile>> files = readFiles(db, a.id);
        if (!files.ok())
            return files.error();
        a.files = std::move(files).value();
    }
    return out;
}

Result<bool> runExists(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading run %1").arg(runId));
    return q.next();
}

bool validName(const QString &name) { return !name.trimmed().isEmpty() && !name.contains(QLatin1Char('/')); }

// The files of a folder (recursively, sorted by relative path) or one file: (absolute, relative).
Result<QList<QPair<QString, QString>>> collectFiles(const QString &sourcePath)
{
    const QFileInfo source(sourcePath);
    QList<QPair<QString, QString>> files;
    if (source.isFile()) {
        files.append({source.absoluteFilePath(), source.fileName()});
    } else if (source.isDir()) {
        const QDir base(source.absoluteFilePath());
        QDirIterator it(base.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files.append({path, base.relativeFilePath(path)});
        }
        std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    } else {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(sourcePath));
    }
    return files;
}

}  // namespace

ArtifactStore::ArtifactStore(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

QString ArtifactStore::root() const { return QDir(m_workspace->directory()).filePath(QStringLiteral("artifacts")); }

QString ArtifactStore::blobPath(const QString &sha256) const
{
    return root() + QStringLiteral("/sha256/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<ArtifactFile> ArtifactStore::storeBlob(const QString &sourceFile, const QString &relativePath) const
{
    QFile in(sourceFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(in.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         QStringLiteral("cannot read %1: %2").arg(sourceFile, in.errorString()));
    const QString tmpDir = root() + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(tmpDir));
    QTemporaryFile tmp(tmpDir + QStringLiteral("/blob-XXXXXX"));
    if (!tmp.open())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a file in %1: %2").arg(tmpDir, tmp.errorString()));
    if (m_hook) {
        if (Result<void> r = m_hook(relativePath); !r.ok())
            return makeError(ErrorCode::Io, QStringLiteral("cannot store %1: %2").arg(relativePath, r.error().message));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    qint64 size = 0;
    for (;;) {
        buffer = in.read(kBuffer);
        if (buffer.isEmpty()) {
            if (in.error() != QFileDevice::NoError)
                return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(sourceFile, in.errorString()));
            break;
        }
        hash.addData(buffer);
        size += buffer.size();
        // Unbuffered, so that the OS's reason (No space left on device, …) is what is reported.
        if (Result<void> written = LogIndex::writeAll(tmp.handle(), buffer.constData(), buffer.size(),
                                                      QStringLiteral("cannot store %1 in %2").arg(relativePath, tmpDir));
            !written.ok())
            return written.error();
    }
    if (::fsync(tmp.handle()) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot store %1: the data did not reach the disk (%2)")
                                            .arg(relativePath, QString::fromLocal8Bit(std::strerror(errno))));
    const QString hex = QString::fromLatin1(hash.result().toHex());
    const QString target = blobPath(hex);
    if (!QFile::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(target));
        // rename(2) replaces atomically; two processes storing the same content both win.
        if (::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot store %1 as %2: %3")
                                                .arg(relativePath, target, QString::fromLocal8Bit(std::strerror(errno))));
        tmp.setAutoRemove(false);
    }
    return ArtifactFile{relativePath, size, hex};
}

Result<Artifact> ArtifactStore::publish(qint64 runId, const QString &name, const QString &sourcePath) const
{
    if (!validName(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a valid artifact name").arg(name));
    const Database &database = m_workspace->database();
    if (Result<bool> exists = runExists(database.connection(), runId); !exists.ok() || !*exists)
        return exists.ok() ? makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(runId)) : exists.error();
    if (artifact(runId, name).ok())
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("run %1 already has an artifact named %2").arg(runId).arg(name));

    Result<QList<QPair<QString, QString>>> collected = collectFiles(sourcePath);  // absolute, relative
    if (!collected.ok())
        return collected.error();
    const QList<QPair<QString, QString>> files = std::move(collected).value();

    Artifact artifact;
    artifact.runId = runId;
    artifact.name = name;
    for (const auto &[absolute, relative] : std::as_const(files)) {
        Result<ArtifactFile> stored = storeBlob(absolute, relative);
        if (!stored.ok())
            return stored.error();
        artifact.totalSize += stored->size;
        artifact.files.append(std::move(stored).value());
    }

    Result<qint64> id = database.write<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        QSqlQuery taken(db);  // another process may have published the name meanwhile
        taken.prepare(QStringLiteral("SELECT 1 FROM artifacts WHERE run_id = ? AND name = ?"));
        taken.addBindValue(runId);
        taken.addBindValue(name);
        if (!taken.exec())
            return Database::queryError(taken, QStringLiteral("reading the artifacts of run %1").arg(runId));
        if (taken.next())
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("run %1 already has an artifact named %2").arg(runId).arg(name));
        taken.finish();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO artifacts (run_id, name, total_size, file_count, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(runId);
        q.addBindValue(name);
        q.addBindValue(artifact.totalSize);
        q.addBindValue(artifact.files.size());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("registering artifact %1 of run %2").arg(name).arg(runId));
        const qint64 artifactId = q.lastInsertId().toLongLong();
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT INTO artifact_files (artifact_id, path, size, sha256) VALUES (?, ?, ?, ?)"));
        for (const ArtifactFile &file : std::as_const(artifact.files)) {
            f.addBindValue(artifactId);
            f.addBindValue(file.path);
            f.addBindValue(file.size);
            f.addBindValue(file.sha256);
            if (!f.exec())
                return Database::queryError(f, QStringLiteral("registering %1 of artifact %2").arg(file.path, name));
        }
        return artifactId;
    });
    if (!id.ok())
        return id.error();
    return this->artifact(runId, name);
}

Result<Artifact> ArtifactStore::addFiles(qint64 runId, const QString &name, const QString &sourcePath,
                                         const QString &prefix) const
{
    Result<QList<QPair<QString, QString>>> collected = collectFiles(sourcePath);
    if (!collected.ok())
        return collected.error();
    QList<QPair<QString, QString>> files = std::move(collected).value();
    const QString folder = QDir::cleanPath(prefix.trimmed());
    if (!folder.isEmpty() && folder != QLatin1String(".")) {
        for (auto &file : files)
            file.second = folder + QLatin1Char('/') + file.second;
    }
    return merge(runId, name, files);
}

Result<Artifact> ArtifactStore::addFile(qint64 runId, const QString &name, const QString &sourceFile,
                                        const QString &relativePath) const
{
    if (!QFileInfo(sourceFile).isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is not a file").arg(sourceFile));
    return merge(runId, name, {{QFileInfo(sourceFile).absoluteFilePath(), relativePath}});
}

Result<Artifact> ArtifactStore::merge(qint64 runId, const QString &name, const QList<QPair<QString, QString>> &files) const
{
    if (!validName(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a valid artifact name").arg(name));
    for (const auto &file : files) {
        if (!safeRelativePath(file.second))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is not a safe path inside artifact %2").arg(file.second, name));
    }
    const Database &database = m_workspace->database();
    if (Result<bool> exists = runExists(database.connection(), runId); !exists.ok() || !*exists)
        return exists.ok() ? makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(runId)) : exists.error();
    QList<ArtifactFile> stored;
    for (const auto &[absolute, relative] : files) {
        Result<ArtifactFile> blob = storeBlob(absolute, relative);
        if (!blob.ok())
            return blob.error();
        stored.append(std::move(blob).value());
    }
    Result<void> written = database.runWrite([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM artifacts WHERE run_id = ? AND name = ?"));
        find.addBindValue(runId);
        find.addBindValue(name);
        if (!find.exec())
            return Database::queryError(find, QStringLiteral("reading the artifacts of run %1").arg(runId));
        qint64 artifactId = 0;
        if (find.next()) {
            artifactId = find.value(0).toLongLong();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO artifacts (run_id, name, total_size, file_count, created_at) VALUES (?, ?, 0, 0, ?)"));
            q.addBindValue(runId);
            q.addBindValue(name);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("registering artifact %1 of run %2").arg(name).arg(runId));
            artifactId = q.lastInsertId().toLongLong();
        }
        find.finish();
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT OR REPLACE INTO artifact_files (artifact_id, path, size, sha256) VALUES (?, ?, ?, ?)"));
        for (const ArtifactFile &file : std::as_const(stored)) {
            f.addBindValue(artifactId);
            f.addBindValue(file.path);
            f.addBindValue(file.size);
            f.addBindValue(file.sha256);
            if (!f.exec())
                return Database::queryError(f, QStringLiteral("registering %1 of artifact %2").arg(file.path, name));
        }
        return Database::exec(db, QStringLiteral("UPDATE artifacts SET"
                                                 " total_size = (SELECT COALESCE(SUM(size), 0) FROM artifact_files WHERE artifact_id = ?),"
                                                 " file_count = (SELECT COUNT(*) FROM artifact_files WHERE artifact_id = ?)"
                                                 " WHERE id = ?"),
                              {artifactId, artifactId, artifactId});
    });
    if (!written.ok())
        return written.error();
    return artifact(runId, name);
}

Result<QList<Artifact>> ArtifactStore::artifacts(qint64 runId) const
{
    QSqlDatabase db = m_workspace->database().connection();
    if (Result<bool> exists = runExists(db, runId); !exists.ok() || !*exists)
        return exists.ok() ? makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(runId)) : exists.error();
    return readArtifacts(db, QStringLiteral("WHERE a.run_id = ? ORDER BY a.name"), {runId});
}

Result<Artifact> ArtifactStore::artifact(qint64 runId, const QString &name) const
{
    Result<QList<Artifact>> found =
        readArtifacts(m_workspace->database().connection(), QStringLiteral("WHERE a.run_id = ? AND a.name = ?"), {runId, name});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("run %1 has no artifact named %2").arg(runId).arg(name));
    return found->first();
}

Result<Artifact> ArtifactStore::latestSucceededArtifact(const QString &pipelineName, const QString &name,
                                                        bool allowPartiallySucceeded) const
{
    const QString results = allowPartiallySucceeded ? QStringLiteral("('succeeded', 'succeededWithIssues')")
                                                    : QStringLiteral("('succeeded')");
    Result<QList<Artifact>> found = readArtifacts(
        m_workspace->database().connection(),
        QStringLiteral("JOIN runs r ON r.id = a.run_id WHERE r.pipeline_name = ? COLLATE NOCASE AND a.name = ?"
                       " AND r.state = 'completed' AND r.result IN ")
            + results + QStringLiteral(" ORDER BY r.id DESC LIMIT 1"),
        {pipelineName, name});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no succeeded run of pipeline %1 has an artifact named %2").arg(pipelineName, name));
    return found->first();
}

Result<void> ArtifactStore::download(const Artifact &artifact, const QString &targetDirectory) const
{
    const QDir target(targetDirectory);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(targetDirectory));
    for (const ArtifactFile &file : artifact.files) {
        if (!safeRelativePath(file.path))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("artifact %1 holds an unsafe path %2").arg(artifact.name, file.path));
        const QString blob = blobPath(file.sha256);
        QFile in(blob);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("the content of %1 in artifact %2 is missing (%3)").arg(file.path, artifact.name, blob));
        const QString out = target.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(out).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(out));
        QSaveFile save(out);
        if (!save.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, save.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (;;) {
            const QByteArray buffer = in.read(kBuffer);
            if (buffer.isEmpty())
                break;
            hash.addData(buffer);
            if (save.write(buffer) != buffer.size())
                return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, save.errorString()));
        }
        if (in.error() != QFileDevice::NoError || QString::fromLatin1(hash.result().toHex()) != file.sha256)
            return makeError(ErrorCode::Io, QStringLiteral("the stored content of %1 in artifact %2 is damaged (%3)").arg(file.path, artifact.name, blob));
        if (!save.commit())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, save.errorString()));
    }
    return {};
}

}  // namespace mlops::runs
