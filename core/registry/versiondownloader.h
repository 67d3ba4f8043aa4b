#pragma once
// VersionDownloader: writes the files of a model version from the workspace's
// content-addressed store (artifacts/sha256, runs::ArtifactStore) into a folder, all or
// nothing. ModelRegistry::download() is its entry point; `mlops model download` and the
// Models page's Download… both go through it.
//
// Every file is first copied into a hidden staging folder (".mlops-download-*") inside
// `targetDirectory`, or beside it when that folder does not exist yet, flushed to disk,
// and its SHA-256 checked against the registry's. Only when every file is complete are
// they moved into place: a folder that did not exist is renamed into place as a whole;
// in an existing folder each file is renamed over any file of the same path (files that
// are not part of the version are left alone). An error or a cancel before that point
// leaves the target as it was and removes the staging folder: no file is ever
// half-written.
//
// Errors: Io naming the folder when it cannot be created or written into (no
// permission, read-only, a file in the way) and naming the file when its stored content
// is missing or damaged, or a folder stands where it must go; InvalidInput for a path
// that is absolute or climbs out with "..".
// Progress: `progress` (optional) is called on the calling thread, at most about 20 times
// a second and once at the end. `cancel` (optional) is polled between chunks of 1 MiB;
// once set, the download stops and returns an outcome with canceled = true.
// Thread safety: any thread; touches only the file system. The Workspace must outlive
// the downloader.

#include "core/common/result.h"
#include "registrytypes.h"

#include <atomic>
#include <functional>
#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::registry {

class VersionDownloader {
public:
    using ProgressFn = std::function<void(const DownloadProgress &)>;

    explicit VersionDownloader(std::shared_ptr<store::Workspace> workspace);

    Result<DownloadOutcome> download(const ModelVersion &version, const QString &targetDirectory,
                                     const ProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::registry
