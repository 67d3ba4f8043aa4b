#include "parameterrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace mlops::infra {

namespace {

bool allowedMatch(const ArmValue &allowed, const ArmValue &value)
{
    if (allowed.isString() && value.isString())
        return allowed.toString().compare(value.toString(), Qt::CaseInsensitive) == 0;
    return allowed == value;
}

QString shown(const ArmValue &value)
{
    return value.isString() ? QLatin1Char('\'') + value.toString() + QLatin1Char('\'') : value.toDisplayString();
}

QString allowedList(const ArmArray &allowed)
{
    QStringList parts;
    for (const ArmValue &v : allowed)
        parts.append(shown(v));
    if (parts.size() > 20)
        parts = parts.mid(0, 20) << QStringLiteral("… (%1 in all)").arg(allowed.size());
    return parts.join(QStringLiteral(", "));
}

QString expectedKind(const QString &type)
{
    if (type == QLatin1String("string") || type == QLatin1String("securestring"))
        return QStringLiteral("a String");
    if (type == QLatin1String("int"))
        return QStringLiteral("an Integer");
    if (type == QLatin1String("bool"))
        return QStringLiteral("a Bool");
    if (type == QLatin1String("array"))
        return QStringLiteral("an Array");
    return QStringLiteral("an Object");
}

bool hasType(const QString &type, const ArmValue &value)
{
    if (type == QLatin1String("string") || type == QLatin1String("securestring"))
        return value.isString();
    if (type == QLatin1String("int"))
        return value.isInteger();
    if (type == QLatin1String("bool"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    return value.isObject();
}

}  // namespace

QStringList ParameterRules::types()
{
    return {QStringLiteral("string"), QStringLiteral("securestring"), QStringLiteral("int"), QStringLiteral("bool"),
            QStringLiteral("object"), QStringLiteral("secureObject"), QStringLiteral("array")};
}

QString ParameterRules::normalizedType(const QString &declared)
{
    const QString lower = declared.toLower();
    for (const QString &type : types()) {
        if (type.toLower() == lower)
            return lower;
    }
    return {};
}

bool ParameterRules::isSecure(const QString &normalizedType)
{
    return normalizedType == QLatin1String("securestring") || normalizedType == QLatin1String("secureobject");
}

Result<ArmValue> ParameterRules::fromText(const QString &type, const QString &text)
{
    if (type == QLatin1String("string") || type == QLatin1String("securestring"))
        return ArmValue::fromString(text);
    if (type == QLatin1String("int")) {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not an integer").arg(text));
        return ArmValue::fromInteger(n);
    }
    if (type == QLatin1String("bool")) {
        const QString t = text.trimmed();
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return ArmValue::fromBool(true);
        if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return ArmValue::fromBool(false);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not true or false").arg(text));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    const bool wantArray = type == QLatin1String("array");
    if (error.error != QJsonParseError::NoError || (wantArray ? !doc.isArray() : !doc.isObject()))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a JSON %2").arg(text, wantArray ? QStringLiteral("array") : QStringLiteral("object")));
    return ArmValue::fromJson(wantArray ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

QString ParameterRules::check(const ParameterConstraints &c, const ArmValue &value)
{
    if (value.isSymbolic())
        return {};  // known only during the deployment (a Key Vault reference)
    if (!hasType(c.type, value))
        return QStringLiteral("expected %1 (the declared type is %2), got %3")
            .arg(expectedKind(c.type), c.type, value.isNull() ? QStringLiteral("null") : value.typeName());
    const bool secure = isSecure(c.type);
    if (c.allowedValues) {
        const ArmArray items = value.isArray() ? value.array() : ArmArray{value};
        for (const ArmValue &item : items) {
            const bool found = std::any_of(c.allowedValues->cbegin(), c.allowedValues->cend(),
                                           [&](const ArmValue &allowed) { return allowedMatch(allowed, item); });
            if (!found)
                return secure ? QStringLiteral("the value is not one of the allowed values")
                              : QStringLiteral("the value %1 is not one of the allowed values: %2").arg(shown(item), allowedList(*c.allowedValues));
        }
    }
    if (value.isInteger()) {
        if (c.minValue && value.toInteger() < *c.minValue)
            return QStringLiteral("the value %1 is less than the minValue %2").arg(value.toInteger()).arg(*c.minValue);
        if (c.maxValue && value.toInteger() > *c.maxValue)
            return QStringLiteral("the value %1 is greater than the maxValue %2").arg(value.toInteger()).arg(*c.maxValue);
    }
    if (value.isString() || value.isArray()) {
        const qint64 length = value.isString() ? value.toString().size() : value.array().size();
        const QString unit = value.isString() ? QStringLiteral("characters") : QStringLiteral("items");
        const QString what = value.isString() ? (secure ? QStringLiteral("the value") : shown(value)) : QStringLiteral("the array");
        if (c.minLength && length < *c.minLength)
            return QStringLiteral("%1 has %2 %3, fewer than the minLength %4").arg(what).arg(length).arg(unit).arg(*c.minLength);
        if (c.maxLength && length > *c.maxLength)
            return QStringLiteral("%1 has %2 %3, more than the maxLength %4").arg(what).arg(length).arg(unit).arg(*c.maxLength);
    }
    return {};
}

}  // namespace mlops::infra
