#include "variablegroupservice.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "secretstore.h"
#include "variablegrouprecords.h"
#include "variablenamerules.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>

namespace mlops::library {

using store::AuditLog;
using store::Database;

namespace {

const QString kEntity = QLatin1String(VariableGroupRecords::kEntityType);

struct Saved {
    VariableGroup group;
    QStringList obsoleteRefs;  // keychain entries to remove after the commit
    QStringList usedRefs;
};

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

QString newRef(const store::Workspace &workspace)
{
    return workspace.id() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void removeRefs(SecretStore &secrets, const QStringList &refs)
{
    for (const QString &ref : refs) {
        if (Result<void> r = secrets.remove(ref); !r.ok())
            qWarning("mlops: could not remove the keychain entry %s: %s", qPrintable(ref), qPrintable(r.error().message));
    }
}

// Picks the keychain reference of every variable of `target` (see Variable::replaceSecret).
QStringList resolveRefs(const VariableGroup &target, const StoredGroup *current,
                        const QHash<QString, QString> &newRefs)
{
    QStringList refs(target.variables.size());
    QList<bool> claimed(current ? current->group.variables.size() : 0, false);
    QList<qsizetype> match(target.variables.size(), -1);
    if (current) {
        // By id first, then by name among the stored variables not claimed by id.
        for (qsizetype i = 0; i < target.variables.size(); ++i) {
            const qint64 id = target.variables.at(i).id;
            for (qsizetype j = 0; id != 0 && j < current->group.variables.size(); ++j) {
                if (current->group.variables.at(j).id == id && !claimed.at(j)) {
                    match[i] = j;
                    claimed[j] = true;
                    break;
                }
            }
        }
        for (qsizetype i = 0; i < target.variables.size(); ++i) {
            if (match.at(i) >= 0)
                continue;
            const QString folded = target.variables.at(i).name.toCaseFolded();
            for (qsizetype j = 0; j < current->group.variables.size(); ++j) {
                if (!claimed.at(j) && current->group.variables.at(j).name.toCaseFolded() == folded) {
                    match[i] = j;
                    claimed[j] = true;
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < target.variables.size(); ++i) {
        const Variable &v = target.variables.at(i);
        if (!v.isSecret)
            continue;
        if (v.replaceSecret)
            refs[i] = newRefs.value(v.name.toCaseFolded());
        else if (match.at(i) >= 0 && current->group.variables.at(match.at(i)).isSecret)
            refs[i] = current->secretRefs.at(match.at(i));
    }
    return refs;
}

}  // namespace

VariableGroupService::VariableGroupService(std::shared_ptr<store::Workspace> workspace,
                                           std::shared_ptr<SecretStore> secrets)
    : m_workspace(std::move(workspace)), m_secrets(std::move(secrets))
{
}

Result<VariableGroup> VariableGroupService::commit(qint64 groupId, const QString &action,
                                                   const QList<Variable> &incoming, const Builder &build,
                                                   bool recreate)
{
    // 1. New secret values go to the keychain first, outside the transaction.
    if (const QString problem = VariableGroupRecords::variablesProblem(incoming); !problem.isEmpty())
        return invalid(problem);
    QHash<QString, QString> newRefs;
    QStringList written;
    for (const Variable &v : incoming) {
        if (!v.isSecret || !v.replaceSecret || v.value.isEmpty())
            continue;
        const QString ref = newRef(*m_workspace);
        if (Result<void> r = m_secrets->write(ref, v.value); !r.ok()) {
            removeRefs(*m_secrets, written);
            return makeError(r.error().code, QStringLiteral("Cannot save the secret value of \"%1\": %2")
                                                 .arg(v.name, r.error().message));
        }
        written.append(ref);
        newRefs.insert(v.name.toCaseFolded(), ref);
    }

    // 2. The rows, the audit entry: one transaction that re-reads what it changes.
    Result<Saved> saved = m_workspace->database().write<Saved>([&](QSqlDatabase &db) -> Result<Saved> {
        std::optional<StoredGroup> current;
        if (groupId != 0) {
            Result<StoredGroup> stored = VariableGroupRecords::read(db, groupId);
            if (stored.ok())
                current = std::move(stored).value();
            else if (!(recreate && stored.error().code == ErrorCode::NotFound))
                return stored.error();
        }
        Result<VariableGroup> built = build(db, current ? &*current : nullptr);
        if (!built.ok())
            return built.error();
        VariableGroup target = std::move(built).value();
        if (const QString problem = VariableGroupRecords::groupNameProblem(target.name); !problem.isEmpty())
            return invalid(problem);
        if (const QString problem = VariableGroupRecords::variablesProblem(target.variables); !problem.isEmpty())
            return invalid(problem);
        Result<qint64> clash = VariableGroupRecords::idByName(db, target.name, current ? current->group.id : groupId);
        if (!clash.ok())
            return clash.error();
        if (*clash != 0)
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("A variable group named \"%1\" already exists (names are case-insensitive).")
                                 .arg(target.name));

        const QStringList refs = resolveRefs(target, current ? &*current : nullptr, newRefs);
        const QString now = VariableGroupRecords::now();
        const QString user = AuditLog::osUser();
        qint64 id = groupId;
        QList<qint64> keepIds;
        if (current) {
            for (const Variable &v : current->group.variables)
                keepIds.append(v.id);
            if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE variable_groups SET name = ?, description = ?,"
                                                                   " modified_at = ?, modified_by = ?,"
                                                                   " revision = revision + 1 WHERE id = ?"),
                                                {target.name, notNull(target.description), now, user, id});
                !r.ok())
                return r.error();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO variable_groups (id, name, description, created_at, created_by,"
                                     " modified_at, modified_by, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
            q.addBindValue(groupId != 0 ? QVariant(groupId) : QVariant(QMetaType::fromType<qint64>()));
            for (const QVariant &v : {QVariant(target.name), QVariant(notNull(target.description)), QVariant(now), QVariant(user),
                                      QVariant(now), QVariant(user)})
                q.addBindValue(v);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("creating the variable group \"%1\"").arg(target.name));
            id = q.lastInsertId().toLongLong();
        }
        if (Result<void> r = VariableGroupRecords::writeVariables(db, id, target.variables, refs, keepIds); !r.ok())
            return r.error();
        Result<StoredGroup> after = VariableGroupRecords::read(db, id);
        if (!after.ok())
            return after.error();
        if (Result<void> r = AuditLog::record(db, kEntity, id, after->group.name, action,
                                              current ? VariableGroupRecords::snapshot(current->group) : QJsonObject(),
                                              VariableGroupRecords::snapshot(after->group));
            !r.ok())
            return r.error();
        Saved out;
        out.group = after->group;
        out.usedRefs = after->secretRefs;
        if (current) {
            for (const QString &ref : current->secretRefs) {
                if (!ref.isEmpty() && !out.usedRefs.contains(ref))
                    out.obsoleteRefs.append(ref);
            }
        }
        return out;
    });

    // 3. Keychain clean-up: the new entries when nothing was saved, the replaced ones
    //    after the commit.
    if (!saved.ok()) {
        removeRefs(*m_secrets, written);
        return saved.error();
    }
    QStringList unused = saved->obsoleteRefs;
    for (const QString &ref : std::as_const(written)) {
        if (!saved->usedRefs.contains(ref))
            unused.append(ref);
    }
    removeRefs(*m_secrets, unused);
    return saved->group;
}

Result<QList<VariableGroupSummary>> VariableGroupService::list(const QString &filter) const
{
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT g.id, g.name, g.description, g.modified_at, g.modified_by,"
                               " COUNT(v.group_id), COALESCE(SUM(v.is_secret), 0)"
                               " FROM variable_groups g LEFT JOIN variables v ON v.group_id = g.id"
                               " GROUP BY g.id ORDER BY g.name COLLATE NOCASE, g.id")))
        return Database::queryError(q, QStringLiteral("listing variable groups"));
    QList<VariableGroupSummary> all;
    while (q.next()) {
        VariableGroupSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.description = q.value(2).toString();
        s.modifiedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        s.modifiedBy = q.value(4).toString();
        s.variableCount = q.value(5).toInt();
        s.secretCount = q.value(6).toInt();
        all.append(s);
    }
    if (filter.isEmpty())
        return all;

    QSet<qint64> byVariable;
    QSqlQuery v(db);
    v.setForwardOnly(true);
    if (!v.exec(QStringLiteral("SELECT group_id, name FROM variables")))
        return Database::queryError(v, QStringLiteral("searching variable names"));
    while (v.next()) {
        if (v.value(1).toString().contains(filter, Qt::CaseInsensitive))
            byVariable.insert(v.value(0).toLongLong());
    }
    QList<VariableGroupSummary> out;
    for (const VariableGroupSummary &s : std::as_const(all)) {
        if (s.name.contains(filter, Qt::CaseInsensitive) || s.description.contains(filter, Qt::CaseInsensitive)
            || byVariable.contains(s.id))
            out.append(s);
    }
    return out;
}

Result<VariableGroup> VariableGroupService::get(qint64 id) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<StoredGroup> stored = VariableGroupRecords::read(db, id);
    if (!stored.ok())
        return stored.error();
    return stored->group;
}

Result<VariableGroup> VariableGroupService::findByName(const QString &name) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<qint64> id = VariableGroupRecords::idByName(db, name);
    if (!id.ok())
        return id.error();
    if (*id == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no variable group named \"%1\".").arg(name));
    return get(*id);
}

Result<VariableGroup> VariableGroupService::create(const VariableGroup &group)
{
    if (const QString problem = VariableGroupRecords::groupNameProblem(group.name); !problem.isEmpty())
        return invalid(problem);
    return commit(0, QStringLiteral("create"), group.variables,
                  [&](QSqlDatabase &, const StoredGroup *) -> Result<VariableGroup> { return group; });
}

Result<VariableGroup> VariableGroupService::update(const VariableGroup &group)
{
    if (const QString problem = VariableGroupRecords::groupNameProblem(group.name); !problem.isEmpty())
        return invalid(problem);
    if (group.id == 0)
        return invalid(QStringLiteral("The variable group \"%1\" has not been saved yet; create it first.").arg(group.name));
    return commit(group.id, QStringLiteral("update"), group.variables,
                  [&](QSqlDatabase &, const StoredGroup *current) -> Result<VariableGroup> {
                      if (current->group.revision != group.revision)
                          return makeError(ErrorCode::Conflict,
                                           QStringLiteral("The variable group \"%1\" was changed by %2 at %3 (revision "
                                                          "%4; you edited revision %5). Reload it and apply your "
                                                          "changes again.")
                                               .arg(current->group.name, current->group.modifiedBy,
                                                    current->group.modifiedAt.toString(Qt::ISODate))
                                               .arg(current->group.revision)
                                               .arg(group.revision));
                      return group;
                  });
}

Result<VariableGroup> VariableGroupService::importGroup(const VariableGroup &group)
{
    if (const QString problem = VariableGroupRecords::groupNameProblem(group.name); !problem.isEmpty())
        return invalid(problem);
    qint64 existing = 0;
    {
        QSqlDatabase db = m_workspace->database().connection();
        Result<qint64> id = VariableGroupRecords::idByName(db, group.name);
        if (!id.ok())
            return id.error();
        existing = *id;
    }
    VariableGroup incoming = group;
    for (Variable &v : incoming.variables)
        v.id = 0;  // ids of another workspace mean nothing here; secrets match by name
    return commit(existing, QStringLiteral("import"), incoming.variables,
                  [&](QSqlDatabase &, const StoredGroup *current) -> Result<VariableGroup> {
                      if (existing != 0 && !current)
                          return makeError(ErrorCode::Conflict, QStringLiteral("The variable group \"%1\" was deleted "
                                                                               "while importing; import it again.")
                                                                    .arg(group.name));
                      return incoming;
                  });
}

Result<VariableGroup> VariableGroupService::clone(qint64 id, const QString &newName)
{
    Result<VariableGroup> source = get(id);
    if (!source.ok())
        return source.error();
    if (const QString problem = VariableGroupRecords::groupNameProblem(newName); !problem.isEmpty())
        return invalid(problem);
    VariableGroup copy = *source;
    copy.id = 0;
    copy.name = newName;
    for (Variable &v : copy.variables) {
        v.id = 0;
        if (!v.isSecret || !v.secretIsSet)
            continue;
        Result<QString> value = secretValue(id, v.name);
        if (!value.ok())
            return makeError(value.error().code, QStringLiteral("Cannot copy the secret \"%1\" of \"%2\": %3")
                                                     .arg(v.name, source->name, value.error().message));
        v.value = *value;
        v.replaceSecret = true;
    }
    return commit(0, QStringLiteral("create"), copy.variables,
                  [&](QSqlDatabase &, const StoredGroup *) -> Result<VariableGroup> { return copy; });
}

Result<void> VariableGroupService::remove(qint64 id)
{
    Result<QStringList> refs = m_workspace->database().write<QStringList>([&](QSqlDatabase &db) -> Result<QStringList> {
        Result<StoredGroup> current = VariableGroupRecords::read(db, id);
        if (!current.ok())
            return current.error();
        if (Result<void> r = Database::exec(db, QStringLiteral("DELETE FROM variable_groups WHERE id = ?"), {id}); !r.ok())
            return r.error();
        if (Result<void> r = AuditLog::record(db, kEntity, id, current->group.name, QStringLiteral("delete"),
                                              VariableGroupRecords::snapshot(current->group), {});
            !r.ok())
            return r.error();
        QStringList out;
        for (const QString &ref : current->secretRefs) {
            if (!ref.isEmpty())
                out.append(ref);
        }
        return out;
    });
    if (!refs.ok())
        return refs.error();
    removeRefs(*m_secrets, *refs);
    return {};
}

Result<VariableGroup> VariableGroupService::setVariable(const QString &groupName, const Variable &variable)
{
    if (const QString problem = VariableNameRules::problem(variable.name); !problem.isEmpty())
        return invalid(problem);
    Result<VariableGroup> found = findByName(groupName);
    if (!found.ok())
        return found.error();
    Variable incoming = variable;
    incoming.id = 0;
    return commit(found->id, QStringLiteral("set"), {incoming},
                  [&](QSqlDatabase &, const StoredGroup *current) -> Result<VariableGroup> {
                      VariableGroup target = current->group;
                      const QString folded = incoming.name.toCaseFolded();
                      for (Variable &v : target.variables) {
                          if (v.name.toCaseFolded() == folded) {
                              const qint64 keptId = v.id;
                              v = incoming;
                              v.id = keptId;
                              return target;
                          }
                      }
                      target.variables.append(incoming);
                      return target;
                  });
}

Result<VariableGroup> VariableGroupService::unsetVariable(const QString &groupName, const QString &variableName)
{
    Result<VariableGroup> found = findByName(groupName);
    if (!found.ok())
        return found.error();
    return commit(found->id, QStringLiteral("unset"), {},
                  [&](QSqlDatabase &, const StoredGroup *current) -> Result<VariableGroup> {
                      VariableGroup target = current->group;
                      const QString folded = variableName.toCaseFolded();
                      for (qsizetype i = 0; i < target.variables.size(); ++i) {
                          if (target.variables.at(i).name.toCaseFolded() == folded) {
                              target.variables.removeAt(i);
                              return target;
                          }
                      }
                      return makeError(ErrorCode::NotFound, QStringLiteral("The variable group \"%1\" has no variable "
                                                                           "named \"%2\".")
                                                                .arg(current->group.name, variableName));
                  });
}

Result<QList<VariableGroupVersion>> VariableGroupService::history(qint64 id) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<QList<store::AuditEntry>> entries = AuditLog::forEntity(db, kEntity, id);
    if (!entries.ok())
        return entries.error();
    QList<VariableGroupVersion> out;
    for (const store::AuditEntry &e : *entries) {
        VariableGroupVersion version;
        version.auditId = e.id;
        version.at = e.at;
        version.osUser = e.osUser;
        version.action = e.action;
        version.snapshot = VariableGroupRecords::fromSnapshot(e.after.isEmpty() ? e.before : e.after);
        version.snapshot.id = id;
        version.revision = version.snapshot.revision;
        out.append(version);
    }
    return out;
}

Result<VariableGroup> VariableGroupService::restore(qint64 id, qint64 auditId)
{
    Result<QList<VariableGroupVersion>> versions = history(id);
    if (!versions.ok())
        return versions.error();
    const VariableGroupVersion *chosen = nullptr;
    for (const VariableGroupVersion &v : *versions) {
        if (v.auditId == auditId)
            chosen = &v;
    }
    if (!chosen)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Variable group %1 has no saved version with audit id %2.").arg(id).arg(auditId));
    VariableGroup target = chosen->snapshot;
    for (Variable &v : target.variables) {
        v.id = 0;  // secrets match the current ones by name
        v.replaceSecret = false;
    }
    return commit(id, QStringLiteral("restore"), {},
                  [&](QSqlDatabase &, const StoredGroup *) -> Result<VariableGroup> { return target; },
                  /*recreate=*/true);
}

Result<QString> VariableGroupService::secretValue(qint64 groupId, const QString &variableName) const
{
    QString ref;
    QString groupName;
    {
        QSqlDatabase db = m_workspace->database().connection();
        Result<StoredGroup> stored = VariableGroupRecords::read(db, groupId);
        if (!stored.ok())
            return stored.error();
        groupName = stored->group.name;
        const QString folded = variableName.toCaseFolded();
        bool found = false;
        for (qsizetype i = 0; i < stored->group.variables.size(); ++i) {
            const Variable &v = stored->group.variables.at(i);
            if (v.name.toCaseFolded() != folded)
                continue;
            if (!v.isSecret)
                return v.value;
            ref = stored->secretRefs.at(i);
            found = true;
            break;
        }
        if (!found)
            return makeError(ErrorCode::NotFound, QStringLiteral("The variable group \"%1\" has no variable named \"%2\".")
                                                      .arg(groupName, variableName));
    }
    if (ref.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("The secret \"%1\" of variable group \"%2\" has no value; "
                                                             "set it first.")
                                                  .arg(variableName, groupName));
    Result<QString> value = m_secrets->read(ref);
    if (!value.ok() && value.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, QStringLiteral("The value of the secret \"%1\" of variable group \"%2\" "
                                                             "is missing from the OS keychain (entry %3); set it again.")
                                                  .arg(variableName, groupName, ref));
    return value;
}

}  // namespace mlops::library
