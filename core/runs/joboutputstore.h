#pragma once
// JobOutputStore: the output variables of a run's jobs ("step.variable" → value), kept
// after the job so that a re-run of the run's failed jobs can hand a kept job's outputs
// to the jobs that run again (`dependencies` / `stageDependencies`). One JSON file per
// job record, <workspace>/logs/<run>/<record>.outputs.json, written whole (QSaveFile):
// a reader sees the old file, the new one or none, never a part.
//
// Secrets never reach the disk: the caller lists in `withheld` the outputs whose value
// holds a secret and leaves them out of `values` (the agent then runs that job again).
//
// Failure: save() Io when the file cannot be written, InvalidInput for a record id that
// is not a plain file name; load() NotFound when the job's outputs were never saved
// (a run older than this store, a job that did not run), Io/InvalidInput for an
// unreadable or damaged file. Thread safety: immutable; any thread.

#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops::runs {

struct JobOutputs {
    QMap<QString, QString> values;  // "step.variable" → value (no secret among them)
    QStringList withheld;           // "step.variable" of the outputs left out (secrets)

    bool operator==(const JobOutputs &) const = default;
};

class JobOutputStore {
public:
    explicit JobOutputStore(QString workspaceDirectory);

    // "logs/<run>/<record>.outputs.json" under the workspace.
    QString filePath(qint64 runId, const QString &recordId) const;

    Result<void> save(qint64 runId, const QString &recordId, const JobOutputs &outputs) const;
    Result<JobOutputs> load(qint64 runId, const QString &recordId) const;

private:
    QString m_directory;
};

}  // namespace mlops::runs
