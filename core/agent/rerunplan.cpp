#include "core/agent/rerunplan.h"

#include "core/agent/secretmasker.h"
#include "core/runs/artifactcopier.h"
#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace mlops::agent {

using runs::RecordType;
using runs::RunResult;
using runs::TimelineRecord;

namespace {

bool succeeded(const std::optional<RunResult> &result)
{
    return result && (*result == RunResult::Succeeded || *result == RunResult::SucceededWithIssues);
}

// Every record below `rootId`, parents before their children, siblings by order.
QList<TimelineRecord> descendantsOf(const QString &rootId, const QHash<QString, QList<TimelineRecord>> &children)
{
    QList<TimelineRecord> out;
    QList<TimelineRecord> level = children.value(rootId);
    std::stable_sort(level.begin(), level.end(),
                     [](const TimelineRecord &a, const TimelineRecord &b) { return a.order < b.order; });
    for (const TimelineRecord &child : std::as_const(level)) {
        out.append(child);
        out.append(descendantsOf(child.id, children));
    }
    return out;
}

}  // namespace

bool RerunPlan::Window::contains(const QDateTime &time) const
{
    return from.isValid() && time >= from && (!to.isValid() || time <= to);
}

QString RerunPlan::keyOf(const QString &stageName, const QString &jobName, const QString &displayName)
{
    return stageName.toCaseFolded() + QLatin1Char('\n') + jobName.toCaseFolded() + QLatin1Char('\n') + displayName;
}

Result<RerunPlan> RerunPlan::load(const std::shared_ptr<store::Workspace> &workspace, qint64 originalRunId)
{
    runs::RunStore store(workspace);
    Result<runs::RunDetails> details = store.runDetails(originalRunId);
    if (!details.ok())
        return details.error();
    if (details->run.state != runs::RunState::Completed)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("run %1 has not completed; only a completed run's failed jobs can be re-run")
                             .arg(originalRunId));

    QHash<QString, TimelineRecord> byId;
    QHash<QString, QList<TimelineRecord>> children;
    for (const TimelineRecord &record : std::as_const(details->timeline)) {
        byId.insert(record.id, record);
        children[record.parentId].append(record);
    }
    const runs::JobOutputStore outputs(workspace->directory());
    RerunPlan plan;
    plan.m_originalRunId = originalRunId;
    plan.m_workspaceDirectory = workspace->directory();
    // Stages in order, then their jobs in order (the timeline order).
    QList<TimelineRecord> stages = children.value(QString());
    std::stable_sort(stages.begin(), stages.end(),
                     [](const TimelineRecord &a, const TimelineRecord &b) { return a.order < b.order; });
    for (const TimelineRecord &stage : std::as_const(stages)) {
        if (stage.type != RecordType::Stage)
            continue;
        QList<TimelineRecord> jobs = children.value(stage.id);
        std::stable_sort(jobs.begin(), jobs.end(),
                         [](const TimelineRecord &a, const TimelineRecord &b) { return a.order < b.order; });
        for (const TimelineRecord &job : std::as_const(jobs)) {
            if (job.type != RecordType::Job)
                continue;
            const QString label = stage.name + QLatin1Char('/') + job.displayName;
            const Window window{job.startedAt, job.finishedAt};
            bool keep = succeeded(job.result);
            runs::JobOutputs kept;
            if (keep) {
                Result<runs::JobOutputs> loaded = outputs.load(originalRunId, job.id);
                if (!loaded.ok()) {
                    plan.m_notes.append(QStringLiteral("Job %1 succeeded in run %2 but runs again: %3")
                                            .arg(label)
                                            .arg(originalRunId)
                                            .arg(loaded.error().message));
                    keep = false;
                } else if (!loaded->withheld.isEmpty()) {
                    plan.m_notes.append(QStringLiteral("Job %1 succeeded in run %2 but runs again: its secret output "
                                                       "variable(s) %3 are never kept")
                                            .arg(label)
                                            .arg(originalRunId)
                                            .arg(loaded->withheld.join(QStringLiteral(", "))));
                    keep = false;
                } else {
                    kept = *loaded;
                }
            }
            if (!keep) {
                if (job.startedAt.isValid())
                    plan.m_rerunWindows.append(window);
                continue;
            }
            KeptJob entry;
            entry.key = keyOf(stage.name, job.name, job.displayName);
            entry.label = label;
            entry.record = job;
            entry.descendants = descendantsOf(job.id, children);
            entry.outputs = kept.values;
            plan.m_kept.append(entry);
            plan.m_keptWindows.append(window);
        }
    }
    return plan;
}

QStringList RerunPlan::keptJobNames() const
{
    QStringList names;
    for (const KeptJob &job : m_kept)
        names.append(job.label);
    return names;
}

std::optional<KeptJobResult> RerunPlan::takeOver(const QString &stageName, const QString &jobName,
                                                 TimelineRecord &jobRecord, runs::RunStore &store) const
{
    const QString key = keyOf(stageName, jobName, jobRecord.displayName);
    const auto found = std::find_if(m_kept.cbegin(), m_kept.cend(), [&](const KeptJob &job) { return job.key == key; });
    if (found == m_kept.cend())
        return std::nullopt;
    const TimelineRecord &original = found->record;
    jobRecord.state = runs::RunState::Completed;
    jobRecord.result = original.result;
    jobRecord.startedAt = original.startedAt;
    jobRecord.finishedAt = original.finishedAt;
    jobRecord.errorCount = original.errorCount;
    jobRecord.warningCount = original.warningCount;
    jobRecord.issues = original.issues;

    QHash<QString, QString> newIds{{original.id, jobRecord.id}};
    QList<TimelineRecord> records{jobRecord};
    for (TimelineRecord copy : found->descendants) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        newIds.insert(copy.id, id);
        copy.id = id;
        copy.runId = jobRecord.runId;
        copy.parentId = newIds.value(copy.parentId, jobRecord.id);
        records.append(copy);  // logPath: the original's log file, shown as it is
    }
    (void)store.upsertTimelineRecords(records);
    (void)runs::JobOutputStore(m_workspaceDirectory).save(jobRecord.runId, jobRecord.id, runs::JobOutputs{found->outputs, {}});
    return KeptJobResult{original.result.value_or(RunResult::Succeeded), found->outputs};
}

Result<QStringList> RerunPlan::copyArtifacts(const std::shared_ptr<store::Workspace> &workspace, qint64 toRunId) const
{
    Result<QList<runs::Artifact>> artifacts = runs::ArtifactStore(workspace).artifacts(m_originalRunId);
    if (!artifacts.ok())
        return artifacts.error();
    const runs::ArtifactCopier copier(workspace);
    QStringList copied;
    for (const runs::Artifact &artifact : std::as_const(*artifacts)) {
        const auto within = [&artifact](const Window &window) { return window.contains(artifact.createdAt); };
        const bool byRerunJob = std::any_of(m_rerunWindows.cbegin(), m_rerunWindows.cend(), within);
        const bool byKeptJob = std::any_of(m_keptWindows.cbegin(), m_keptWindows.cend(), within);
        if (byRerunJob && !byKeptJob)
            continue;
        Result<runs::Artifact> copy = copier.copy(artifact, toRunId);
        if (!copy.ok() && copy.error().code != ErrorCode::AlreadyExists)
            return makeError(copy.error().code, QStringLiteral("cannot take over artifact %1 of run %2: %3")
                                                    .arg(artifact.name)
                                                    .arg(m_originalRunId)
                                                    .arg(copy.error().message));
        if (copy.ok())
            copied.append(artifact.name);
    }
    return copied;
}

runs::JobOutputs RerunPlan::outputsToKeep(const QMap<QString, QString> &outputs, const SecretMasker &masker)
{
    runs::JobOutputs kept;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        if (masker.mask(it.value()) != it.value())
            kept.withheld.append(it.key());
        else
            kept.values.insert(it.key(), it.value());
    }
    return kept;
}

}  // namespace mlops::agent
