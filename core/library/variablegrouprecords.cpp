#include "variablegrouprecords.h"

#include "core/store/database.h"
#include "variablenamerules.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace mlops::library {

using store::Database;

namespace {

constexpr qsizetype kMaxGroupName = 256;

QDateTime parseTime(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

}  // namespace

QString VariableGroupRecords::now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

Result<StoredGroup> VariableGroupRecords::read(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, description, created_at, created_by, modified_at, modified_by, revision"
                             " FROM variable_groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading variable group %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no variable group with id %1.").arg(id));
    StoredGroup out;
    VariableGroup &g = out.group;
    g.id = id;
    g.name = q.value(0).toString();
    g.description = q.value(1).toString();
    g.createdAt = parseTime(q.value(2));
    g.createdBy = q.value(3).toString();
    g.modifiedAt = parseTime(q.value(4));
    g.modifiedBy = q.value(5).toString();
    g.revision = q.value(6).toInt();

    QSqlQuery v(db);
    v.prepare(QStringLiteral("SELECT id, name, value, is_secret, secret_ref FROM variables WHERE group_id = ?"
                             " ORDER BY position"));
    v.addBindValue(id);
    if (!v.exec())
        return Database::queryError(v, QStringLiteral("reading the variables of group %1").arg(g.name));
    while (v.next()) {
        Variable var;
        var.id = v.value(0).toLongLong();
        var.name = v.value(1).toString();
        var.isSecret = v.value(3).toBool();
        const QString ref = v.value(4).isNull() ? QString() : v.value(4).toString();
        if (var.isSecret)
            var.secretIsSet = !ref.isEmpty();
        else
            var.value = v.value(2).toString();
        g.variables.append(var);
        out.secretRefs.append(var.isSecret ? ref : QString());
    }
    return out;
}

Result<qint64> VariableGroupRecords::idByName(QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    QSqlQuery q(db);
    // NOCASE folds ASCII only; names with other letters are compared here, folded.
    if (isAscii(name)) {
        q.prepare(QStringLiteral("SELECT id FROM variable_groups WHERE name = ? AND id <> ?"));
        q.addBindValue(name);
        q.addBindValue(exceptId);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("looking up the group \"%1\"").arg(name));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }
    q.prepare(QStringLiteral("SELECT id, name FROM variable_groups WHERE id <> ?"));
    q.addBindValue(exceptId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("looking up the group \"%1\"").arg(name));
    const QString folded = name.toCaseFolded();
    while (q.next()) {
        if (q.value(1).toString().toCaseFolded() == folded)
            return q.value(0).toLongLong();
    }
    return qint64(0);
}

Result<void> VariableGroupRecords::writeVariables(QSqlDatabase &db, qint64 groupId, const QList<Variable> &variables,
                                                  const QStringList &secretRefs, const QList<qint64> &keepIds)
{
    if (Result<void> r = Database::exec(db, QStringLiteral("DELETE FROM variables WHERE group_id = ?"), {groupId}); !r.ok())
        return r;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO variables (id, group_id, position, name, value, is_secret, secret_ref)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return Database::queryError(q, QStringLiteral("preparing to save variables"));
    const QVariant null(QMetaType::fromType<QString>());
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const Variable &v = variables.at(i);
        const QString ref = i < secretRefs.size() ? secretRefs.at(i) : QString();
        q.bindValue(0, v.id != 0 && keepIds.contains(v.id) ? QVariant(v.id) : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(1, groupId);
        q.bindValue(2, int(i));
        q.bindValue(3, v.name);
        q.bindValue(4, v.isSecret ? null : QVariant(v.value.isNull() ? QStringLiteral("") : v.value));
        q.bindValue(5, v.isSecret ? 1 : 0);
        q.bindValue(6, v.isSecret && !ref.isEmpty() ? QVariant(ref) : null);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("saving variable \"%1\"").arg(v.name));
    }
    return {};
}

QJsonObject VariableGroupRecords::snapshot(const VariableGroup &group)
{
    QJsonArray variables;
    for (const Variable &v : group.variables) {
        QJsonObject o;
        o.insert(QLatin1String("name"), v.name);
        o.insert(QLatin1String("value"), v.isSecret ? QJsonValue(QJsonValue::Null) : QJsonValue(v.value));
        o.insert(QLatin1String("isSecret"), v.isSecret);
        variables.append(o);
    }
    QJsonObject out;
    out.insert(QLatin1String("id"), group.id);
    out.insert(QLatin1String("name"), group.name);
    out.insert(QLatin1String("description"), group.description);
    out.insert(QLatin1String("revision"), group.revision);
    out.insert(QLatin1String("variables"), variables);
    return out;
}

VariableGroup VariableGroupRecords::fromSnapshot(const QJsonObject &snapshot)
{
    VariableGroup g;
    g.id = snapshot.value(QLatin1String("id")).toInteger();
    g.name = snapshot.value(QLatin1String("name")).toString();
    g.description = snapshot.value(QLatin1String("description")).toString();
    g.revision = snapshot.value(QLatin1String("revision")).toInt();
    const QJsonArray variables = snapshot.value(QLatin1String("variables")).toArray();
    for (const QJsonValue &value : variables) {
        const QJsonObject o = value.toObject();
        Variable v;
        v.name = o.value(QLatin1String("name")).toString();
        v.isSecret = o.value(QLatin1String("isSecret")).toBool();
        if (!v.isSecret)
            v.value = o.value(QLatin1String("value")).toString();
        g.variables.append(v);
    }
    return g;
}

QString VariableGroupRecords::groupNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("The variable group name is empty.");
    if (name.trimmed() != name)
        return QStringLiteral("The variable group name \"%1\" starts or ends with a space.").arg(name);
    if (name.size() > kMaxGroupName)
        return QStringLiteral("The variable group name is %1 characters long; at most %2 are allowed.")
            .arg(name.size())
            .arg(kMaxGroupName);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return QStringLiteral("The variable group name \"%1\" contains a control character (U+%2).")
                .arg(name)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

QString VariableGroupRecords::variablesProblem(const QList<Variable> &variables)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const Variable &v = variables.at(i);
        if (const QString problem = VariableNameRules::problem(v.name); !problem.isEmpty())
            return QStringLiteral("Variable %1: %2").arg(i + 1).arg(problem);
        const QString key = v.name.toCaseFolded();
        if (const auto it = seen.constFind(key); it != seen.constEnd())
            return QStringLiteral("The variable name \"%1\" is used twice (variables %2 and %3, \"%4\" and \"%1\"); "
                                  "names are case-insensitive, so each must be unique in the group.")
                .arg(v.name)
                .arg(*it + 1)
                .arg(i + 1)
                .arg(variables.at(*it).name);
        seen.insert(key, i);
    }
    return {};
}

}  // namespace mlops::library
