#include "auditlog.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace mlops::store {

namespace {

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    const bool secret = object.value(QLatin1String("isSecret")).toBool(false);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (secret && it.key() == QLatin1String("value"))
            out.insert(it.key(), QJsonValue::Null);
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    return value;
}

QVariant toColumn(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromColumn(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

Result<QList<AuditEntry>> readEntries(QSqlQuery &q)
{
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.osUser = q.value(2).toString();
        e.entityType = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.entityName = q.value(5).toString();
        e.action = q.value(6).toString();
        e.before = fromColumn(q.value(7));
        e.after = fromColumn(q.value(8));
        out.append(e);
    }
    return out;
}

const char *kColumns = "id, at, os_user, entity_type, entity_id, entity_name, action, before_json, after_json";

}  // namespace

QJsonObject AuditLog::redacted(const QJsonObject &snapshot) { return redactObject(snapshot); }

QString AuditLog::osUser()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<void> AuditLog::record(QSqlDatabase &db, const QString &entityType, qint64 entityId, const QString &entityName,
                              const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    return Database::exec(db,
                          QStringLiteral("INSERT INTO audit_log (at, os_user, entity_type, entity_id, entity_name, action,"
                                         " before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), osUser(), entityType, entityId,
                           entityName, action, toColumn(redacted(before)), toColumn(redacted(after))});
}

Result<QList<AuditEntry>> AuditLog::forEntity(QSqlDatabase &db, const QString &entityType, qint64 entityId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(entityType);
    q.addBindValue(entityId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the history"));
    return readEntries(q);
}

Result<QList<AuditEntry>> AuditLog::recent(QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the audit log"));
    return readEntries(q);
}

}  // namespace mlops::store
