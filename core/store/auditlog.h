#pragma once
// AuditLog: the record of every change made to a workspace.
//
// Services call record() inside the same write transaction as the change, so an
// entry exists exactly when the change does. Snapshots (before/after) are JSON
// objects; any object carrying "isSecret": true has its "value" replaced by null
// before it is written, so secret values never reach the log even by mistake.

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mlops::store {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;  // UTC
    QString osUser;
    QString entityType;  // e.g. "variable_group", "service_connection"
    qint64 entityId = 0;
    QString entityName;
    QString action;  // "create", "update", "delete", "restore", "import", …
    QJsonObject before;  // empty for create
    QJsonObject after;   // empty for delete
};

class AuditLog {
public:
    // Appends an entry; call inside the write transaction of the change.
    static Result<void> record(QSqlDatabase &db, const QString &entityType, qint64 entityId,
                               const QString &entityName, const QString &action,
                               const QJsonObject &before, const QJsonObject &after);

    // Entries for one entity, oldest first.
    static Result<QList<AuditEntry>> forEntity(QSqlDatabase &db, const QString &entityType, qint64 entityId);

    // The most recent entries of the whole workspace, newest first.
    static Result<QList<AuditEntry>> recent(QSqlDatabase &db, int limit);

    // Returns `snapshot` with every secret value replaced by null (recursively).
    static QJsonObject redacted(const QJsonObject &snapshot);

    // The operating-system user running this process.
    static QString osUser();
};

}  // namespace mlops::store
