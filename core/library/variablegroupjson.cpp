#include "variablegroupjson.h"

#include "core/common/textposition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

namespace mlops::library {

namespace {

Error invalid(const QString &sourceName, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, sourceName + QStringLiteral(": ") + what);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

Result<VariableGroup> groupFrom(const QJsonObject &object, const QString &sourceName)
{
    VariableGroup group;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return invalid(sourceName, QStringLiteral("the variable group has no \"name\" (a non-empty string is required)"));
    group.name = name.toString();

    const QJsonValue description = object.value(QLatin1String("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return invalid(sourceName, QStringLiteral("\"description\" is %1; a string is required").arg(typeName(description)));
    group.description = description.toString();

    const QJsonValue type = object.value(QLatin1String("type"));
    if (type.isString() && type.toString().compare(QLatin1String("Vsts"), Qt::CaseInsensitive) != 0)
        return invalid(sourceName, QStringLiteral("the group \"%1\" is of type \"%2\"; only \"Vsts\" groups (variables "
                                                  "stored in Azure DevOps, not linked to a Key Vault) can be imported")
                                       .arg(group.name, type.toString()));

    const QJsonValue variables = object.value(QLatin1String("variables"));
    if (!variables.isUndefined() && !variables.isNull() && !variables.isObject())
        return invalid(sourceName, QStringLiteral("\"variables\" of \"%1\" is %2; an object { NAME: { \"value\": … } } "
                                                  "is required")
                                       .arg(group.name, typeName(variables)));
    const QJsonObject vars = variables.toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        if (!it.value().isObject())
            return invalid(sourceName, QStringLiteral("variable \"%1\" is %2; an object with \"value\" is required")
                                           .arg(it.key(), typeName(it.value())));
        const QJsonObject v = it.value().toObject();
        Variable variable;
        variable.name = it.key();
        const QJsonValue isSecret = v.value(QLatin1String("isSecret"));
        if (!isSecret.isUndefined() && !isSecret.isNull() && !isSecret.isBool())
            return invalid(sourceName, QStringLiteral("\"isSecret\" of variable \"%1\" is %2; true or false is required")
                                           .arg(it.key(), typeName(isSecret)));
        variable.isSecret = isSecret.toBool(false);
        const QJsonValue value = v.value(QLatin1String("value"));
        bool hasValue = true;
        switch (value.type()) {
        case QJsonValue::String: variable.value = value.toString(); break;
        case QJsonValue::Double: variable.value = QString::number(value.toDouble(), 'g', 17); break;
        case QJsonValue::Bool: variable.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
        case QJsonValue::Null:
        case QJsonValue::Undefined: hasValue = false; break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            return invalid(sourceName, QStringLiteral("the value of variable \"%1\" is %2; a string is required")
                                           .arg(it.key(), typeName(value)));
        }
        if (variable.isSecret)
            variable.replaceSecret = hasValue;
        group.variables.append(variable);
    }
    return group;
}

}  // namespace

QJsonObject VariableGroupJson::toAzureJson(const VariableGroup &group)
{
    QJsonObject variables;
    for (const Variable &v : group.variables) {
        QJsonObject entry;
        if (v.isSecret) {
            entry.insert(QLatin1String("value"), QJsonValue::Null);
            entry.insert(QLatin1String("isSecret"), true);
        } else {
            entry.insert(QLatin1String("value"), v.value);
        }
        variables.insert(v.name, entry);
    }
    QJsonObject out;
    out.insert(QLatin1String("name"), group.name);
    out.insert(QLatin1String("description"), group.description);
    out.insert(QLatin1String("type"), QStringLiteral("Vsts"));
    out.insert(QLatin1String("variables"), variables);
    return out;
}

QByteArray VariableGroupJson::exportGroup(const VariableGroup &group)
{
    return QJsonDocument(toAzureJson(group)).toJson(QJsonDocument::Indented);
}

Result<VariableGroup> VariableGroupJson::importGroup(const QByteArray &json, const QString &sourceName)
{
    QByteArray data = json;
    qsizetype skipped = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        skipped = 3;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1:%2: %3")
                                                      .arg(sourceName, lineColumnAt(json, error.offset + skipped),
                                                           error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1:1:1: a JSON object (one variable group) is required, not %2")
                             .arg(sourceName, doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a value")));
    const QJsonObject root = doc.object();
    const QJsonValue list = root.value(QLatin1String("value"));
    if (list.isArray() && !root.contains(QLatin1String("name"))) {
        const QJsonArray groups = list.toArray();
        if (groups.size() != 1)
            return invalid(sourceName, QStringLiteral("the file holds %1 variable groups in \"value\"; exactly one can "
                                                      "be imported at a time")
                                           .arg(groups.size()));
        if (!groups.at(0).isObject())
            return invalid(sourceName, QStringLiteral("\"value\"[0] is %1; a variable group object is required")
                                           .arg(typeName(groups.at(0))));
        return groupFrom(groups.at(0).toObject(), sourceName);
    }
    return groupFrom(root, sourceName);
}

}  // namespace mlops::library
