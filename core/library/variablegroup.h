#pragma once
// Plain data of the Library: variable groups and their variables.

#include <QDateTime>
#include <QList>
#include <QString>

namespace mlops::library {

struct Variable {
    qint64 id = 0;  // row id; 0 for a variable not yet saved
    QString name;
    // Plain variable: its value. Secret variable: always empty when read from the
    // service (secrets are write-only); when writing, the new secret if replaceSecret.
    QString value;
    bool isSecret = false;
    bool secretIsSet = false;   // read: a secret value is stored in the keychain
    bool replaceSecret = false; // write: store `value` as the secret; otherwise the stored
                                // secret of the variable with the same id (or, for id 0,
                                // the same name, case-insensitively) is kept
};

struct VariableGroup {
    qint64 id = 0;
    QString name;
    QString description;
    QList<Variable> variables;  // in the user's order
    QDateTime createdAt;        // UTC
    QString createdBy;
    QDateTime modifiedAt;
    QString modifiedBy;
    int revision = 0;  // increases by one with every saved change; update() refuses a stale one
};

// One row of the group list (no variable values: cheap to list 10,000 groups).
struct VariableGroupSummary {
    qint64 id = 0;
    QString name;
    QString description;
    int variableCount = 0;
    int secretCount = 0;
    QDateTime modifiedAt;
    QString modifiedBy;
};

// One saved version of a group, from the audit log.
struct VariableGroupVersion {
    qint64 auditId = 0;
    int revision = 0;
    QDateTime at;
    QString osUser;
    QString action;  // create, update, restore, import, set, unset, delete
    VariableGroup snapshot;  // secrets with empty values
};

}  // namespace mlops::library
