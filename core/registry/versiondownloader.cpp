#include "versiondownloader.h"

#include "core/runs/artifactstore.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace mlops::registry {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kProgressIntervalMs = 50;

bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
}

QString label(const ModelVersion &v) { return QStringLiteral("'%1' version %2").arg(v.modelName).arg(v.version); }

// The outermost folder of `path` that does not exist yet (empty when `path` exists).
QString firstMissing(const QString &path)
{
    QString missing;
    QFileInfo info(path);
    while (!info.exists()) {
        missing = info.absoluteFilePath();
        const QString parent = info.absolutePath();
        if (parent == missing)
            break;
        info = QFileInfo(parent);
    }
    return missing;
}

// Calls the progress callback at most every kProgressIntervalMs (and when forced).
class Reporter {
public:
    Reporter(const VersionDownloader::ProgressFn &fn, DownloadProgress &state) : m_fn(fn), m_state(state) { m_clock.start(); }
    void report(bool force)
    {
        if (!m_fn || (!force && m_clock.elapsed() < kProgressIntervalMs))
            return;
        m_fn(m_state);
        m_clock.restart();
    }

private:
    const VersionDownloader::ProgressFn &m_fn;
    DownloadProgress &m_state;
    QElapsedTimer m_clock;
};

// Copies one blob to `out`, checking its hash. Sets *canceled and stops when asked to.
Result<void> copyBlob(const QString &blob, const ModelVersionFile &file, const QString &out, const ModelVersion &version,
                      const std::atomic<bool> *cancel, DownloadProgress &state, Reporter &reporter, bool *canceled)
{
    QFile in(blob);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("the stored content of %1 of %2 is missing (%3)").arg(file.path, label(version), blob));
    if (!QDir().mkpath(QFileInfo(out).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(out));
    QFile target(out);
    if (!target.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, target.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            *canceled = true;
            return {};
        }
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot read the stored content of %1 (%2): %3").arg(file.path, blob, in.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (target.write(buffer.constData(), n) != n)
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, target.errorString()));
        state.bytesDone += n;
        reporter.report(false);
    }
    if (QString::fromLatin1(hash.result().toHex()) != file.sha256)
        return makeError(ErrorCode::Io, QStringLiteral("the stored content of %1 of %2 is damaged (%3 no longer has its SHA-256)")
                                            .arg(file.path, label(version), blob));
    if (!target.flush() || ::fsync(target.handle()) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, target.errorString()));
    target.close();
    return {};
}

// Moves the staged files into the existing folder `target`, after checking that no
// folder or file stands in the way of one of them.
Result<void> moveInto(const QString &staging, const QString &target, const ModelVersion &version)
{
    const QDir root(target);
    for (const ModelVersionFile &file : version.files) {
        const QFileInfo dest(root.filePath(file.path));
        if (dest.isDir())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: a folder of that name is in the way").arg(dest.filePath()));
        for (QFileInfo parent(dest.absolutePath()); parent.absoluteFilePath().size() > root.absolutePath().size();
             parent = QFileInfo(parent.absolutePath())) {
            if (parent.exists() && !parent.isDir())
                return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2 is a file, not a folder").arg(dest.filePath(), parent.filePath()));
        }
    }
    for (const ModelVersionFile &file : version.files) {
        const QString dest = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(dest));
        const QString from = QDir(staging).filePath(file.path);
        // rename(2) replaces an existing file atomically.
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(dest).constData()) != 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot move %1 into place as %2").arg(file.path, dest));
    }
    return {};
}

}  // namespace

VersionDownloader::VersionDownloader(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<DownloadOutcome> VersionDownloader::download(const ModelVersion &version, const QString &targetDirectory,
                                                    const ProgressFn &progress, const std::atomic<bool> *cancel) const
{
    if (targetDirectory.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no folder given to download %1 into").arg(label(version)));
    DownloadProgress state;
    state.fileCount = int(version.files.size());
    for (const ModelVersionFile &file : version.files) {
        if (!safeRelativePath(file.path))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 holds an unsafe path %2").arg(label(version), file.path));
        state.bytesTotal += file.size;
    }
    const QString target = QFileInfo(targetDirectory).absoluteFilePath();
    const QFileInfo targetInfo(target);
    const bool existed = targetInfo.exists();
    if (existed && !targetInfo.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("cannot download into %1: it is a file, not a folder").arg(target));

    // A new folder is staged beside it (its parents are created, and removed again on failure).
    const QString createdParent = existed ? QString() : firstMissing(targetInfo.absolutePath());
    if (!existed && !QDir().mkpath(targetInfo.absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1 (check that you may write there)").arg(targetInfo.absolutePath()));
    const QString stagingParent = existed ? target : targetInfo.absolutePath();
    QTemporaryDir staging(stagingParent + QStringLiteral("/.mlops-download-XXXXXX"));
    const auto cleanUp = [&] {
        staging.remove();
        if (!createdParent.isEmpty())
            QDir(createdParent).removeRecursively();
    };
    const auto fail = [&](const Error &error) -> Result<DownloadOutcome> {
        cleanUp();
        return error;
    };
    if (!staging.isValid())
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write into the folder %1: %2 (check that it is writable)")
                                                 .arg(stagingParent, staging.errorString())));

    const runs::ArtifactStore store(m_workspace);
    Reporter reporter(progress, state);
    reporter.report(true);
    DownloadOutcome outcome;
    outcome.directory = target;
    for (const ModelVersionFile &file : version.files) {
        bool canceled = false;
        Result<void> copied = copyBlob(store.blobPath(file.sha256), file, QDir(staging.path()).filePath(file.path), version, cancel,
                                       state, reporter, &canceled);
        if (!copied.ok())
            return fail(copied.error());
        if (canceled) {
            cleanUp();
            outcome.canceled = true;
            return outcome;
        }
        ++state.filesDone;
        reporter.report(false);
    }
    if (!existed) {
        if (!QDir().rename(staging.path(), target))
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot move the downloaded files into %1").arg(target)));
        staging.setAutoRemove(false);
    } else if (Result<void> moved = moveInto(staging.path(), target, version); !moved.ok()) {
        return fail(moved.error());
    }
    reporter.report(true);
    outcome.files = state.filesDone;
    outcome.bytes = state.bytesDone;
    return outcome;
}

}  // namespace mlops::registry
