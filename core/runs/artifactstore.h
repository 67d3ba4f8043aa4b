#pragma once
// ArtifactStore: the artifacts of runs. File contents live once per content in
// <workspace>/artifacts/sha256/<first two hex digits>/<sha256>; the database records
// which artifact (run, name) holds which files (relative path, size, hash).
//
// publish() writes every blob first (to a temporary file in artifacts/tmp, fsync, then
// rename, so a blob file is always complete) and registers the artifact in one
// transaction only after all blobs are on disk: an I/O error (disk full, read-only
// folder) leaves no artifact registered. Blobs written before the error stay in the
// content store, unreferenced; they are valid content and are reused by a later
// publish of the same bytes.
//
// Failure: NotFound (unknown run/artifact, missing source), AlreadyExists (the run has
// an artifact of that name), InvalidInput (empty name, unsafe path), Io, Internal.
// Thread safety: any thread; the Workspace must outlive the store. Two processes may
// publish the same content at once: the rename of identical content is harmless.

#include "core/common/result.h"
#include "runtypes.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::runs {

class ArtifactStore {
public:
    explicit ArtifactStore(std::shared_ptr<store::Workspace> workspace);

    // The content file of a hash (lower-case hex sha256).
    QString blobPath(const QString &sha256) const;

    // Stores the content of `sourceFile` (once per content); returns its size and hash
    // with `relativePath` as its path.
    Result<ArtifactFile> storeBlob(const QString &sourceFile, const QString &relativePath) const;

    // Publishes a folder (every file below it, recursively, paths relative to it) or a
    // single file (its file name as path) as artifact `name` of run `runId`.
    Result<Artifact> publish(qint64 runId, const QString &name, const QString &sourcePath) const;

    // Adds files to artifact `name` of run `runId`, creating it when the run has none of
    // that name (`##vso[artifact.upload]`, files attached by logging commands): a folder's
    // files (recursively, paths relative to it) or a single file (its file name), each
    // path put under `prefix` ('/'-separated; empty = the artifact's root). A file whose
    // path the artifact already holds is replaced. As publish(): blobs first, then one
    // transaction, so an I/O error changes nothing.
    Result<Artifact> addFiles(qint64 runId, const QString &name, const QString &sourcePath,
                              const QString &prefix = {}) const;
    // Adds one file as `relativePath` (same rules as addFiles).
    Result<Artifact> addFile(qint64 runId, const QString &name, const QString &sourceFile,
                             const QString &relativePath) const;

    Result<QList<Artifact>> artifacts(qint64 runId) const;  // sorted by name
    Result<Artifact> artifact(qint64 runId, const QString &name) const;
    // Artifact `name` of the newest completed run of `pipelineName` that succeeded
    // (or, with `allowPartiallySucceeded`, succeeded with issues) and has it.
    Result<Artifact> latestSucceededArtifact(const QString &pipelineName, const QString &name,
                                             bool allowPartiallySucceeded = false) const;

    // Materialises `artifact` under `targetDirectory` (created when missing); files are
    // written to a temporary name and renamed, existing files are replaced. Io when a
    // blob is missing or its content no longer matches its hash.
    Result<void> download(const Artifact &artifact, const QString &targetDirectory) const;

    // Test seam: called before each blob is written; an error it returns is treated as
    // the write failing (simulates a full disk).
    using BlobWriteHook = std::function<Result<void>(const QString &relativePath)>;
    void setBlobWriteHook(BlobWriteHook hook) { m_hook = std::move(hook); }

private:
    QString root() const;
    Result<Artifact> merge(qint64 runId, const QString &name, const QList<QPair<QString, QString>> &files) const;

    std::shared_ptr<store::Workspace> m_workspace;
    BlobWriteHook m_hook;
};

}  // namespace mlops::runs
