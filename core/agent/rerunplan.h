#pragma once
// RerunPlan: what a re-run of the failed jobs of a completed run (the original) takes over
// from it — Azure's "Rerun failed jobs", recorded here as a new run linked to the original
// (runs::RunLaunch::rerunOf with failedJobsOnly; see Rerunner).
//
// A job of the original is kept when it succeeded (also with issues) and its outputs were
// kept (runs::JobOutputStore) with no secret withheld; every other job — failed, canceled,
// skipped, or succeeded with a secret among its outputs (secrets never reach the disk) —
// runs again. Jobs are matched by stage name and job name (case-insensitive) and display
// name (which names a matrix leg), so a changed YAML still lines up where it can.
// A kept job is not run: takeOver() completes its record in the new run as it was in the
// original (result, times, issues) under copies of its step records (their logs stay the
// original's files) and hands its outputs to the jobs and stages that depend on it.
// Artifacts: copyArtifacts() gives the new run every artifact of the original except those
// that only a job that runs again can have published (created while such a job ran and no
// kept job ran): those the job publishes again. An artifact created while a kept job and a
// job that runs again were both running is copied (its publisher is not recorded); should
// the job that runs again publish that name, its publish fails as it does in Azure's
// re-run attempts ("already exists").
//
// Failure: load() NotFound for an unknown run, Conflict when it is not completed, the
// store's errors otherwise. Threads: load() on any thread; the plan is immutable after it
// (takeOver/copyArtifacts may run on the orchestrating thread).

#include "core/common/result.h"
#include "core/runs/joboutputstore.h"
#include "core/runs/runtypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}
namespace mlops::runs {
class RunStore;
}

namespace mlops::agent {

class SecretMasker;

struct KeptJobResult {
    runs::RunResult result = runs::RunResult::Succeeded;
    QMap<QString, QString> outputs;  // "step.variable" → value
};

class RerunPlan {
public:
    static Result<RerunPlan> load(const std::shared_ptr<store::Workspace> &workspace, qint64 originalRunId);

    qint64 originalRunId() const { return m_originalRunId; }
    // "Stage/Job" of the kept jobs, in timeline order.
    QStringList keptJobNames() const;
    // Why jobs that succeeded in the original run again (one line each), for the agent's output.
    QStringList notes() const { return m_notes; }

    // When the job (stage `stageName`, job `jobName`, its new record `jobRecord` with the
    // display name of its leg) is kept: completes `jobRecord` as the original's, writes it
    // and copies of the original's step records under it to `store`, keeps its outputs for
    // the new run too (so that a re-run of the re-run can take it over again), and returns
    // its result and outputs. nullopt when the job runs again (nothing is written).
    std::optional<KeptJobResult> takeOver(const QString &stageName, const QString &jobName,
                                          runs::TimelineRecord &jobRecord, runs::RunStore &store) const;

    // Copies the original's artifacts into run `toRunId` (see above); returns the names
    // copied. An artifact the new run already has is left as it is.
    Result<QStringList> copyArtifacts(const std::shared_ptr<store::Workspace> &workspace, qint64 toRunId) const;

    // What of a finished job's outputs may be kept on disk: every output whose value holds
    // no secret known to `masker`; the others are named as withheld.
    static runs::JobOutputs outputsToKeep(const QMap<QString, QString> &outputs, const SecretMasker &masker);

private:
    struct KeptJob {
        QString key;
        QString label;  // "Stage/Job" for messages
        runs::TimelineRecord record;
        QList<runs::TimelineRecord> descendants;  // steps (and deeper records), parents first
        QMap<QString, QString> outputs;
    };
    struct Window {
        QDateTime from;
        QDateTime to;  // invalid: the job never finished (the run was abandoned)
        bool contains(const QDateTime &time) const;
    };

    static QString keyOf(const QString &stageName, const QString &jobName, const QString &displayName);

    qint64 m_originalRunId = 0;
    QString m_workspaceDirectory;
    QList<KeptJob> m_kept;
    QList<Window> m_keptWindows;
    QList<Window> m_rerunWindows;
    QStringList m_notes;
};

}  // namespace mlops::agent
