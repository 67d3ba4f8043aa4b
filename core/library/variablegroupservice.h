#pragma once
// VariableGroupService: create, read, update, delete, clone, history and restore of
// variable groups (Pipelines → Library in Azure DevOps). The CLI and the GUI both
// call this; it holds every rule (names, duplicates, secrets, audit).
//
// Rules:
//  - group names: non-empty, at most 256 characters, unique case-insensitively;
//  - variable names: VariableNameRules; unique within a group case-insensitively;
//  - secret values go to the SecretStore only (a row keeps a keychain reference);
//  - every change is one write transaction plus one audit entry (secrets redacted).
// Failures: NotFound, AlreadyExists, InvalidInput (message says which field and why),
// Conflict (a stale revision: someone else saved first), Unavailable (keychain).
//
// Thread safety: any thread; the workspace gives each thread its own connection.

#include "core/common/result.h"
#include "variablegroup.h"

#include <functional>
#include <memory>

class QSqlDatabase;

namespace mlops::store {
class Workspace;
}

namespace mlops::library {

class SecretStore;
struct StoredGroup;

class VariableGroupService {
public:
    VariableGroupService(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<SecretStore> secrets);

    // Groups whose name, description or a variable name contains `filter`
    // (case-insensitive; all when empty), ordered by name.
    Result<QList<VariableGroupSummary>> list(const QString &filter = {}) const;
    Result<VariableGroup> get(qint64 id) const;
    Result<VariableGroup> findByName(const QString &name) const;  // case-insensitive

    Result<VariableGroup> create(const VariableGroup &group);
    // Replaces name, description and variables of group.id. group.revision must equal
    // the stored revision (else Conflict).
    Result<VariableGroup> update(const VariableGroup &group);
    // A copy named `newName` with every variable, secrets included.
    Result<VariableGroup> clone(qint64 id, const QString &newName);
    Result<void> remove(qint64 id);

    // Saves a group read by VariableGroupJson::importGroup: replaces the variables and
    // description of the group with the same name (case-insensitive), or creates it.
    // Secrets without a value keep the stored secret of the same name. Audit action "import".
    Result<VariableGroup> importGroup(const VariableGroup &group);

    // Adds or replaces one variable of the group named `groupName` (CLI `vargroup set`).
    Result<VariableGroup> setVariable(const QString &groupName, const Variable &variable);
    // Removes one variable (NotFound when the group has no such variable).
    Result<VariableGroup> unsetVariable(const QString &groupName, const QString &variableName);

    // Saved versions of the group, oldest first (also for a deleted group's id).
    Result<QList<VariableGroupVersion>> history(qint64 id) const;
    // Makes the group look like the version saved by audit entry `auditId`. Secrets of
    // that version keep the current value when a secret of the same name exists now;
    // otherwise they come back without a value (secretIsSet false).
    Result<VariableGroup> restore(qint64 id, qint64 auditId);

    // The value of a secret variable, for the agent at run time. NotFound when unset.
    Result<QString> secretValue(qint64 groupId, const QString &variableName) const;

private:
    using Builder = std::function<Result<VariableGroup>(QSqlDatabase &db, const StoredGroup *current)>;
    // One change: writes new secrets (replaceSecret) of `incoming` to the keychain, then in
    // one transaction re-reads group `groupId` (0: a new group), asks `build` for the
    // group to save, checks it, saves it with an audit entry `action`, and afterwards
    // removes keychain entries nothing refers to any more. `recreate`: a missing group
    // `groupId` is inserted again under that id (restore of a deleted group).
    Result<VariableGroup> commit(qint64 groupId, const QString &action, const QList<Variable> &incoming,
                                 const Builder &build, bool recreate = false);

    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<SecretStore> m_secrets;
};

}  // namespace mlops::library
