#pragma once
// VariableGroupRecords: the SQL rows and audit snapshots of variable groups. An
// internal helper of VariableGroupService and ServiceConnectionService (not for the
// UI or the CLI): every function works on the caller's connection, inside the
// caller's transaction when it writes.
//
// Snapshot shape (audit log before/after): {id, name, description, revision,
// variables: [{name, value, isSecret}]}; secret values are always null.

#include "core/common/result.h"
#include "variablegroup.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace mlops::library {

// A group as stored, with the keychain reference of each variable (parallel to
// group.variables; empty for plain variables and secrets without a value).
struct StoredGroup {
    VariableGroup group;
    QStringList secretRefs;
};

class VariableGroupRecords {
public:
    static constexpr const char *kEntityType = "variable_group";

    // NotFound when no group has `id`.
    static Result<StoredGroup> read(QSqlDatabase &db, qint64 id);
    // The id of the group named `name` (case-insensitive, Unicode-aware), ignoring
    // `exceptId`; 0 when there is none.
    static Result<qint64> idByName(QSqlDatabase &db, const QString &name, qint64 exceptId = 0);
    // Replaces the variables of `groupId` by `variables` (positions in list order).
    // A variable id is kept when it is in `keepIds`; `secretRefs` is parallel to
    // `variables`. Secret values are never written: their value column is NULL.
    static Result<void> writeVariables(QSqlDatabase &db, qint64 groupId, const QList<Variable> &variables,
                                       const QStringList &secretRefs, const QList<qint64> &keepIds);

    static QJsonObject snapshot(const VariableGroup &group);
    static VariableGroup fromSnapshot(const QJsonObject &snapshot);

    // Empty when `name` is a valid group name; otherwise why not.
    static QString groupNameProblem(const QString &name);
    // Empty when the variables are valid (names, duplicates); otherwise why not.
    static QString variablesProblem(const QList<Variable> &variables);

    static QString now();  // UTC, ISO 8601 with milliseconds
};

}  // namespace mlops::library
