#include "runstore.h"

#include "core/store/database.h"
#include "core/store/workspace.h"
#include "processprobe.h"
#include "runlaunchcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace mlops::runs {

using store::Database;

namespace {

const QString kRunColumns = QStringLiteral(
    "id, pipeline_id, pipeline_name, number, parameters_json, variables_json, reason, requested_by, source_branch,"
    " source_version, queued_at, started_at, finished_at, state, result, result_message, agent_pid,"
    " agent_start_ticks");
const QString kRecordColumns = QStringLiteral(
    "id, run_id, parent_id, type, name, display_name, position, state, result, started_at, finished_at,"
    " error_count, warning_count, issues_json, log_id, log_path, attempt");

// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QString jsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject jsonObject(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QString issuesText(const QList<Issue> &issues)
{
    QJsonArray array;
    for (const Issue &i : issues) {
        QJsonObject o{{QStringLiteral("type"), wireName(i.type)}, {QStringLiteral("message"), i.message}};
        if (!i.file.isEmpty())
            o.insert(QStringLiteral("file"), i.file);
        if (i.line > 0)
            o.insert(QStringLiteral("line"), i.line);
        if (i.column > 0)
            o.insert(QStringLiteral("column"), i.column);
        if (!i.code.isEmpty())
            o.insert(QStringLiteral("code"), i.code);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Issue> issuesFrom(const QVariant &v)
{
    QList<Issue> out;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Issue i;
        i.type = issueTypeFromString(o.value(QStringLiteral("type")).toString()).value_or(IssueType::Error);
        i.message = o.value(QStringLiteral("message")).toString();
        i.file = o.value(QStringLiteral("file")).toString();
        i.line = o.value(QStringLiteral("line")).toInt();
        i.column = o.value(QStringLiteral("column")).toInt();
        i.code = o.value(QStringLiteral("code")).toString();
        out.append(i);
    }
    return out;
}

template <typename T>
QVariant optionalValue(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QVariant resultValue(const std::optional<RunResult> &r) { return r ? QVariant(wireName(*r)) : QVariant(); }

Run runFrom(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        r.pipelineId = q.value(1).toLongLong();
    r.pipelineName = q.value(2).toString();
    r.number = q.value(3).toString();
    r.parameters = jsonObject(q.value(4));
    r.variables = jsonObject(q.value(5));
    r.launch = RunLaunchCodec::unpack(r.variables);
    r.reason = q.value(6).toString();
    r.requestedBy = q.value(7).toString();
    r.sourceBranch = q.value(8).toString();
    r.sourceVersion = q.value(9).toString();
    r.queuedAt = timeFrom(q.value(10));
    r.startedAt = timeFrom(q.value(11));
    r.finishedAt = timeFrom(q.value(12));
    r.state = runStateFromString(q.value(13).toString()).value_or(RunState::Pending);
    if (!q.value(14).isNull())
        r.result = runResultFromString(q.value(14).toString());
    r.resultMessage = q.value(15).toString();
    if (!q.value(16).isNull())
        r.agentPid = q.value(16).toLongLong();
    if (!q.value(17).isNull())
        r.agentStartTicks = q.value(17).toULongLong();
    return r;
}

TimelineRecord recordFrom(const QSqlQuery &q)
{
    TimelineRecord r;
    r.id = q.value(0).toString();
    r.runId = q.value(1).toLongLong();
    r.parentId = q.value(2).toString();
    r.type = recordTypeFromString(q.value(3).toString()).value_or(RecordType::Step);
    r.name = q.value(4).toString();
    r.displayName = q.value(5).toString();
    r.order = q.value(6).toInt();
    r.state = runStateFromString(q.value(7).toString()).value_or(RunState::Pending);
    if (!q.value(8).isNull())
        r.result = runResultFromString(q.value(8).toString());
    r.startedAt = timeFrom(q.value(9));
    r.finishedAt = timeFrom(q.value(10));
    r.errorCount = q.value(11).toInt();
    r.warningCount = q.value(12).toInt();
    r.issues = issuesFrom(q.value(13));
    if (!q.value(14).isNull())
        r.logId = q.value(14).toLongLong();
    r.logPath = q.value(15).toString();
    r.attempt = q.value(16).toInt();
    return r;
}

Error runNotFound(qint64 runId) { return makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(runId)); }

// Reads one run on `db`; NotFound when missing.
Result<Run> readRun(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading run %1").arg(runId));
    if (!q.next())
        return runNotFound(runId);
    Run run = runFrom(q);
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag"));
    t.addBindValue(runId);
    if (!t.exec())
        return Database::queryError(t, QStringLiteral("reading the tags of run %1").arg(runId));
    while (t.next())
        run.tags.append(t.value(0).toString());
    return run;
}

Result<void> insertTags(QSqlDatabase &db, qint64 runId, const QStringList &tags)
{
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a tag of run %1 is empty").arg(runId));
        if (Result<void> r = Database::exec(db, QStringLiteral("INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"),
                                            {runId, tag.trimmed()});
            !r.ok())
            return r;
    }
    return {};
}

// Fails with NotFound/Conflict unless run `runId` exists and is not completed.
Result<Run> openRun(QSqlDatabase &db, qint64 runId)
{
    Result<Run> run = readRun(db, runId);
    if (!run.ok())
        return run;
    if (run->state == RunState::Completed)
        return makeError(ErrorCode::Conflict, QStringLiteral("run %1 is already completed (%2)")
                                                  .arg(runId)
                                                  .arg(run->result ? wireName(*run->result) : QString()));
    return run;
}

}  // namespace

RunStore::RunStore(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<void> RunStore::requireRun(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return store::Database::queryError(q, QStringLiteral("reading run %1").arg(runId));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(runId));
    return {};
}

QString RunStore::abandonedMessage(qint64 pid)
{
    return QStringLiteral("The agent process (pid %1) ended without finishing the run.").arg(pid);
}

Result<Run> RunStore::createRun(const NewRun &n)
{
    if (n.pipelineName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a run needs the name of its pipeline"));
    const Database &database = m_workspace->database();
    return database.write<Run>([&](QSqlDatabase &db) -> Result<Run> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO runs (pipeline_id, pipeline_name, number, parameters_json, variables_json,"
                                 " reason, requested_by, source_branch, source_version, queued_at, state)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {optionalValue(n.pipelineId), text(n.pipelineName), text(n.number),
                                  QVariant(jsonText(n.parameters)),
                                  QVariant(jsonText(RunLaunchCodec::pack(n.variables, n.launch))), text(n.reason),
                                  text(n.requestedBy), text(n.sourceBranch), text(n.sourceVersion),
                                  QVariant(nowText()), QVariant(wireName(RunState::Pending))})
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("creating a run of %1").arg(n.pipelineName));
        const qint64 id = q.lastInsertId().toLongLong();
        if (Result<void> r = insertTags(db, id, n.tags); !r.ok())
            return r.error();
        return readRun(db, id);
    });
}

Result<Run> RunStore::startRun(qint64 runId, qint64 agentPid, std::optional<quint64> agentStartTicks)
{
    return m_workspace->database().write<Run>([&](QSqlDatabase &db) -> Result<Run> {
        Result<Run> run = openRun(db, runId);
        if (!run.ok())
            return run;
        if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE runs SET state = ?, started_at = COALESCE(started_at, ?),"
                                                               " agent_pid = ?, agent_start_ticks = ? WHERE id = ?"),
                                            {wireName(RunState::InProgress), nowText(), agentPid,
                                             optionalValue(agentStartTicks), runId});
            !r.ok())
            return r.error();
        return readRun(db, runId);
    });
}

Result<Run> RunStore::completeRun(qint64 runId, RunResult result, const QString &message)
{
    return m_workspace->database().write<Run>([&](QSqlDatabase &db) -> Result<Run> {
        Result<Run> run = openRun(db, runId);
        if (!run.ok())
            return run;
        const QString now = nowText();
        if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE runs SET state = ?, result = ?, result_message = ?,"
                                                               " started_at = COALESCE(started_at, ?), finished_at = ?"
                                                               " WHERE id = ?"),
                                            {wireName(RunState::Completed), wireName(result), text(message), now, now, runId});
            !r.ok())
            return r.error();
        return readRun(db, runId);
    });
}

Result<Run> RunStore::cancelQueuedRun(qint64 runId, const QString &message)
{
    return m_workspace->database().write<Run>([&](QSqlDatabase &db) -> Result<Run> {
        Result<Run> run = readRun(db, runId);
        if (!run.ok())
            return run;
        if (run->state != RunState::Pending)
            return makeError(ErrorCode::Conflict, QStringLiteral("run %1 is no longer queued (%2)")
                                                      .arg(runId)
                                                      .arg(wireName(run->state)));
        const QString now = nowText();
        if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE runs SET state = ?, result = ?, result_message = ?,"
                                                               " started_at = ?, finished_at = ? WHERE id = ?"),
                                            {wireName(RunState::Completed), wireName(RunResult::Canceled), text(message),
                                             now, now, runId});
            !r.ok())
            return r.error();
        return readRun(db, runId);
    });
}

Result<void> RunStore::updateBuildNumber(qint64 runId, const QString &number)
{
    if (number.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the new number of run %1 is empty").arg(runId));
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        if (Result<Run> run = readRun(db, runId); !run.ok())
            return run.error();
        return Database::exec(db, QStringLiteral("UPDATE runs SET number = ? WHERE id = ?"), {number, runId});
    });
}

Result<void> RunStore::addTags(qint64 runId, const QStringList &tags)
{
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        if (Result<Run> run = readRun(db, runId); !run.ok())
            return run.error();
        return insertTags(db, runId, tags);
    });
}

Result<void> RunStore::removeTag(qint64 runId, const QString &tag)
{
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        if (Result<Run> run = readRun(db, runId); !run.ok())
            return run.error();
        return Database::exec(db, QStringLiteral("DELETE FROM run_tags WHERE run_id = ? AND tag = ?"), {runId, tag});
    });
}

Result<Run> RunStore::run(qint64 runId) const { return readRun(m_workspace->database().connection(), runId); }

Result<RunDetails> RunStore::runDetails(qint64 runId) const
{
    // One read transaction: the run and its records come from the same snapshot, even
    // while the agent writes.
    QSqlDatabase db = m_workspace->database().connection();
    const bool snapshot = db.transaction();
    Result<QList<TimelineRecord>> records = timeline(runId);
    Result<Run> r = records.ok() ? run(runId) : Result<Run>(records.error());
    if (snapshot)
        db.commit();
    if (!r.ok())
        return r.error();
    return RunDetails{std::move(r).value(), std::move(records).value()};
}

Result<RunPage> RunStore::listRuns(const RunQuery &query) const
{
    if (query.limit < 1 || query.limit > 1000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a page of runs holds 1 to 1000 runs, not %1").arg(query.limit));
    QStringList where;
    QVariantList bindings;
    if (query.pipelineId) {
        where << QStringLiteral("pipeline_id = ?");
        bindings << *query.pipelineId;
    }
    if (!query.pipelineName.isEmpty()) {
        where << QStringLiteral("pipeline_name = ? COLLATE NOCASE");
        bindings << query.pipelineName;
    }
    if (query.state) {
        where << QStringLiteral("state = ?");
        bindings << wireName(*query.state);
    }
    if (query.beforeId > 0) {
        where << QStringLiteral("id < ?");
        bindings << query.beforeId;
    }
    QString sql = QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM runs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(query.limit + 1);

    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(bindings))
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("listing runs"));
    RunPage page;
    while (q.next()) {
        if (page.runs.size() == query.limit) {
            page.nextBeforeId = page.runs.last().id;
            break;
        }
        page.runs.append(runFrom(q));
    }
    if (!page.runs.isEmpty()) {
        QSqlQuery t(db);
        t.prepare(QStringLiteral("SELECT run_id, tag FROM run_tags WHERE run_id BETWEEN ? AND ? ORDER BY tag"));
        t.addBindValue(page.runs.last().id);
        t.addBindValue(page.runs.first().id);
        if (!t.exec())
            return Database::queryError(t, QStringLiteral("reading run tags"));
        while (t.next()) {
            const qint64 id = t.value(0).toLongLong();
            auto it = std::find_if(page.runs.begin(), page.runs.end(), [id](const Run &r) { return r.id == id; });
            if (it != page.runs.end())
                it->tags.append(t.value(1).toString());
        }
    }
    return page;
}

Result<Run> RunStore::latestRun(const QString &pipelineName, const QList<RunResult> &results) const
{
    QStringList marks;
    QVariantList bindings{pipelineName};
    for (RunResult r : results) {
        marks << QStringLiteral("?");
        bindings << wireName(r);
    }
    QString sql = QStringLiteral("SELECT id FROM runs WHERE pipeline_name = ? COLLATE NOCASE AND state = 'completed'");
    if (!marks.isEmpty())
        sql += QStringLiteral(" AND result IN (") + marks.join(QLatin1Char(',')) + QStringLiteral(")");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT 1");
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(bindings))
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("finding the latest run of %1").arg(pipelineName));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("pipeline %1 has no completed run with the requested result").arg(pipelineName));
    return readRun(db, q.value(0).toLongLong());
}

Result<void> RunStore::upsertTimelineRecord(const TimelineRecord &record) { return upsertTimelineRecords({record}); }

Result<void> RunStore::upsertTimelineRecords(const QList<TimelineRecord> &records)
{
    for (const TimelineRecord &r : records) {
        if (r.id.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a timeline record of run %1 has no id").arg(r.runId));
    }
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery owner(db);
        owner.prepare(QStringLiteral("SELECT run_id FROM timeline_records WHERE id = ?"));
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO timeline_records (") + kRecordColumns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, type = excluded.type,"
                                        " name = excluded.name, display_name = excluded.display_name,"
                                        " position = excluded.position, state = excluded.state, result = excluded.result,"
                                        " started_at = excluded.started_at, finished_at = excluded.finished_at,"
                                        " error_count = excluded.error_count, warning_count = excluded.warning_count,"
                                        " issues_json = excluded.issues_json, log_id = excluded.log_id,"
                                        " log_path = excluded.log_path, attempt = excluded.attempt"));
        qint64 checkedRun = 0;
        for (const TimelineRecord &r : records) {
            if (r.runId != checkedRun) {
                if (Result<Run> run = readRun(db, r.runId); !run.ok())
                    return run.error();
                checkedRun = r.runId;
            }
            owner.addBindValue(r.id);
            if (!owner.exec())
                return Database::queryError(owner, QStringLiteral("reading timeline record %1").arg(r.id));
            if (owner.next() && owner.value(0).toLongLong() != r.runId)
                return makeError(ErrorCode::Conflict, QStringLiteral("timeline record %1 belongs to run %2, not run %3")
                                                          .arg(r.id)
                                                          .arg(owner.value(0).toLongLong())
                                                          .arg(r.runId));
            owner.finish();
            for (const QVariant &v :
                 {QVariant(r.id), QVariant(r.runId), r.parentId.isEmpty() ? QVariant() : QVariant(r.parentId),
                  QVariant(wireName(r.type)), text(r.name), text(r.displayName), QVariant(r.order),
                  QVariant(wireName(r.state)), resultValue(r.result), timeValue(r.startedAt), timeValue(r.finishedAt),
                  QVariant(r.errorCount), QVariant(r.warningCount), QVariant(issuesText(r.issues)),
                  optionalValue(r.logId), text(r.logPath), QVariant(r.attempt)})
                upsert.addBindValue(v);
            if (!upsert.exec())
                return Database::queryError(upsert, QStringLiteral("writing timeline record %1").arg(r.id));
        }
        return {};
    });
}

Result<TimelineRecord> RunStore::timelineRecord(const QString &recordId) const
{
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM timeline_records WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading timeline record %1").arg(recordId));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("timeline record %1 does not exist").arg(recordId));
    return recordFrom(q);
}

Result<QList<TimelineRecord>> RunStore::timeline(qint64 runId) const
{
    QSqlDatabase db = m_workspace->database().connection();
    if (Result<Run> run = readRun(db, runId); !run.ok())
        return run.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns
              + QStringLiteral(" FROM timeline_records WHERE run_id = ? ORDER BY position, rowid"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the timeline of run %1").arg(runId));
    QList<TimelineRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<QList<qint64>> RunStore::recoverAbandonedRuns()
{
    struct Candidate {
        qint64 id;
        std::optional<qint64> pid;
        std::optional<quint64> ticks;
    };
    QList<Candidate> dead;
    {
        QSqlQuery q(m_workspace->database().connection());
        q.prepare(QStringLiteral("SELECT id, agent_pid, agent_start_ticks FROM runs WHERE state = ?"));
        q.addBindValue(wireName(RunState::InProgress));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("finding runs in progress"));
        while (q.next()) {
            Candidate c{q.value(0).toLongLong(), std::nullopt, std::nullopt};
            if (!q.value(1).isNull())
                c.pid = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                c.ticks = q.value(2).toULongLong();
            if (!c.pid || !ProcessProbe::isAlive(*c.pid, c.ticks))
                dead.append(c);
        }
    }
    QList<qint64> recovered;
    for (const Candidate &c : std::as_const(dead)) {
        const QString message = c.pid ? abandonedMessage(*c.pid)
                                      : QStringLiteral("The run was in progress without a recorded agent process.");
        Result<bool> done = m_workspace->database().write<bool>([&](QSqlDatabase &db) -> Result<bool> {
            // Re-checked inside the transaction: the agent may have finished meanwhile.
            QSqlQuery still(db);
            still.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ? AND state = ? AND agent_pid IS ?"));
            still.addBindValue(c.id);
            still.addBindValue(wireName(RunState::InProgress));
            still.addBindValue(optionalValue(c.pid));
            if (!still.exec())
                return Database::queryError(still, QStringLiteral("re-reading run %1").arg(c.id));
            if (!still.next())
                return false;
            still.finish();
            const QString now = nowText();
            if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE runs SET state = ?, result = ?, result_message = ?,"
                                                                   " finished_at = ? WHERE id = ?"),
                                                {wireName(RunState::Completed), wireName(RunResult::Failed), message, now, c.id});
                !r.ok())
                return r.error();
            QSqlQuery records(db);
            records.prepare(QStringLiteral("SELECT id, issues_json FROM timeline_records WHERE run_id = ? AND state = ?"));
            records.addBindValue(c.id);
            records.addBindValue(wireName(RunState::InProgress));
            if (!records.exec())
                return Database::queryError(records, QStringLiteral("reading the records of run %1").arg(c.id));
            QList<QPair<QString, QList<Issue>>> open;
            while (records.next())
                open.append({records.value(0).toString(), issuesFrom(records.value(1))});
            records.finish();
            for (auto &[id, issues] : open) {
                issues.append(Issue{IssueType::Error, message, {}, 0, 0, {}});
                if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE timeline_records SET state = ?, result = ?,"
                                                                       " finished_at = ?, error_count = error_count + 1,"
                                                                       " issues_json = ? WHERE id = ?"),
                                                    {wireName(RunState::Completed), wireName(RunResult::Failed), now,
                                                     issuesText(issues), id});
                    !r.ok())
                    return r.error();
            }
            if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE timeline_records SET state = ?, result = ?"
                                                                   " WHERE run_id = ? AND state = ?"),
                                                {wireName(RunState::Completed), wireName(RunResult::Skipped), c.id,
                                                 wireName(RunState::Pending)});
                !r.ok())
                return r.error();
            return true;
        });
        if (!done.ok())
            return done.error();
        if (*done)
            recovered.append(c.id);
    }
    return recovered;
}

}  // namespace mlops::runs
