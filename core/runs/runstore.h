#pragma once
// RunStore: the runs of pipelines in the workspace database — run records, their
// timeline (stage/job/step records), tags, build numbers — and the recovery of runs
// whose agent process died. Test results are in TestResultStore, logs in LogStore,
// artifacts in ArtifactStore.
//
// Writers are the agent (one process per run) and the CLI; readers are the GUI and the
// CLI. Every write is one short BEGIN IMMEDIATE transaction (Database::write), so a
// reader in another process sees either all of a change or none of it and is never
// blocked for long. Reads take no transaction.
//
// Masking: values given to the store (parameters, variables, names, issue and test
// messages) must already have secrets masked by the agent; the store writes them as is.
//
// Failure: every operation returns a Result; NotFound for an unknown run/record,
// InvalidInput for a malformed argument, Conflict for a state change that is not allowed
// (e.g. completing a completed run), Internal/Io for database errors.
//
// Thread safety: any thread may call any method (each thread uses its own connection).
// The Workspace is shared and must outlive the store.

#include "core/common/result.h"
#include "runtypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}

namespace mlops::runs {

struct RunQuery {
    std::optional<qint64> pipelineId;  // only runs of this pipeline
    QString pipelineName;              // only runs of this pipeline name (case-insensitive); empty = any
    std::optional<RunState> state;     // only runs in this state
    qint64 beforeId = 0;               // keyset paging: runs with id < beforeId; 0 = from the newest
    int limit = 50;                    // 1…1000
};

struct RunPage {
    QList<Run> runs;        // newest first (descending id)
    qint64 nextBeforeId = 0;  // pass as beforeId for the next page; 0 = no more runs
};

class RunStore {
public:
    explicit RunStore(std::shared_ptr<store::Workspace> workspace);

    // --- runs -------------------------------------------------------------------
    // Queues a run (state pending, queued now). InvalidInput without a pipeline name.
    // NewRun::launch is kept with the run (RunLaunchCodec) and read back as Run::launch.
    Result<Run> createRun(const NewRun &run);
    // The agent took the run: state inProgress, start time now, agent pid and its
    // /proc start time (ProcessProbe) so that a dead agent can be detected.
    // Conflict when the run is already completed.
    Result<Run> startRun(qint64 runId, qint64 agentPid, std::optional<quint64> agentStartTicks);
    // Completes the run with `result` (finish time now) and an optional explanation.
    // Conflict when it is already completed.
    Result<Run> completeRun(qint64 runId, RunResult result, const QString &message = {});
    // Completes a queued run that no agent has taken yet as canceled (finish time now,
    // `message`). Conflict when it is no longer pending (an agent took it meanwhile, or it
    // completed): then its agent must be asked instead.
    Result<Run> cancelQueuedRun(qint64 runId, const QString &message);
    // `##vso[build.updatebuildnumber]`: replaces the run's number.
    Result<void> updateBuildNumber(qint64 runId, const QString &number);
    // `##vso[build.addbuildtag]`: adds tags (duplicates ignored); removes one tag.
    Result<void> addTags(qint64 runId, const QStringList &tags);
    Result<void> removeTag(qint64 runId, const QString &tag);

    Result<Run> run(qint64 runId) const;
    Result<RunDetails> runDetails(qint64 runId) const;
    // Runs newest first, one page at a time (see RunQuery). InvalidInput for a bad limit.
    Result<RunPage> listRuns(const RunQuery &query) const;
    // The newest run of `pipelineName` with one of `results`; NotFound when none.
    Result<Run> latestRun(const QString &pipelineName, const QList<RunResult> &results) const;

    // --- timeline ---------------------------------------------------------------
    // Creates records or replaces them by id, all in one transaction. A record id
    // that exists under another run is a Conflict; an unknown run is NotFound.
    Result<void> upsertTimelineRecords(const QList<TimelineRecord> &records);
    Result<void> upsertTimelineRecord(const TimelineRecord &record);
    Result<TimelineRecord> timelineRecord(const QString &recordId) const;
    Result<QList<TimelineRecord>> timeline(qint64 runId) const;

    // --- recovery ---------------------------------------------------------------
    // Finds runs in progress whose agent process is gone (no such pid, or a different
    // process now has that pid: its start time differs) and completes them as failed
    // with the message kAbandonedMessage (pid filled in). Their in-progress timeline
    // records become completed/failed with that message as an error issue; their
    // pending records become completed/skipped. Log files are not touched.
    // Returns the ids of the runs it completed. Only valid for agents on this machine.
    Result<QList<qint64>> recoverAbandonedRuns();

    static QString abandonedMessage(qint64 pid);

    // Checks, on the given connection (typically inside a write transaction of a store that
    // keeps rows belonging to a run), that run `runId` exists. Returns NotFound ("run N does
    // not exist") when it does not, the query's error when reading fails.
    static Result<void> requireRun(QSqlDatabase db, qint64 runId);

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::runs
