#pragma once
// ArtifactCopier: makes an artifact of one run an artifact of another run too — a re-run
// of failed jobs sees the artifacts its kept jobs published in the run it re-runs. The
// store is content-addressed, so a copy is only records: the copy's files name the same
// blobs (artifacts/sha256/…), nothing is read or written on disk. The copy keeps the
// original's name, files and creation time (when its content was published).
//
// Failure: NotFound when the target run does not exist, AlreadyExists when it already has
// an artifact of that name, Internal/Io for database errors; a failed copy changes
// nothing (one transaction). Thread safety: any thread; the Workspace must outlive it.

#include "core/common/result.h"
#include "runtypes.h"

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::runs {

class ArtifactCopier {
public:
    explicit ArtifactCopier(std::shared_ptr<store::Workspace> workspace);

    // Registers `artifact` (as read from ArtifactStore) under run `toRunId`; returns the copy.
    Result<Artifact> copy(const Artifact &artifact, qint64 toRunId) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::runs
