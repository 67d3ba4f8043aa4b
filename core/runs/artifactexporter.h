#pragma once
// ArtifactExporter: writes artifacts of a run into a folder, one sub-folder per artifact
// (<folder>/<artifact name>/<its files>), all or nothing — `mlops run download` uses it.
// Everything is first materialised (ArtifactStore::download: content checked against its
// hash) inside a temporary folder in the target folder (same file system), then each
// artifact folder is renamed into place; when anything fails, what was renamed is taken
// back and the temporary folder removed, so the target never holds a half-written
// artifact. The target folder is created when missing.
//
// Failure: AlreadyExists when <folder>/<name> exists (checked before anything is written),
// InvalidInput for an artifact name that is not a plain folder name, Io when the folder
// cannot be created or written (the message names it), or a blob is missing or damaged.
// Threads: any; the store must outlive the call.

#include "core/common/result.h"
#include "runtypes.h"

#include <QList>
#include <QString>

namespace mlops::runs {

class ArtifactStore;

class ArtifactExporter {
public:
    // Returns the folders written (<folder>/<name>), in the order of `artifacts`.
    static Result<QStringList> exportTo(const ArtifactStore &store, const QList<Artifact> &artifacts,
                                        const QString &folder);
};

}  // namespace mlops::runs
