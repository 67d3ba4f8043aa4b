#include "armvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mlops::infra {

namespace {

const ArmArray &emptyArray()
{
    static const ArmArray empty;
    return empty;
}

const ArmObject &emptyObject()
{
    static const ArmObject empty;
    return empty;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

}  // namespace

ArmValue ArmValue::fromBool(bool value)
{
    ArmValue v;
    v.m_kind = Kind::Bool;
    v.m_data = value;
    return v;
}

ArmValue ArmValue::fromInteger(qint64 value)
{
    ArmValue v;
    v.m_kind = Kind::Integer;
    v.m_data = value;
    return v;
}

ArmValue ArmValue::fromNumber(double value)
{
    ArmValue v;
    v.m_kind = Kind::Number;
    v.m_data = value;
    return v;
}

ArmValue ArmValue::fromString(const QString &value)
{
    ArmValue v;
    v.m_kind = Kind::String;
    v.m_data = value;
    return v;
}

ArmValue ArmValue::fromArray(ArmArray items)
{
    ArmValue v;
    v.m_kind = Kind::Array;
    v.m_data = std::make_shared<const ArmArray>(std::move(items));
    return v;
}

ArmValue ArmValue::fromObject(ArmObject members)
{
    ArmValue v;
    v.m_kind = Kind::Object;
    v.m_data = std::make_shared<const ArmObject>(std::move(members));
    return v;
}

ArmValue ArmValue::symbolic(const QString &expression)
{
    ArmValue v;
    v.m_kind = Kind::Symbolic;
    v.m_data = expression;
    return v;
}

ArmValue ArmValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return fromBool(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return fromInteger(qint64(d));
        return fromNumber(d);
    }
    case QJsonValue::String:
        return fromString(json.toString());
    case QJsonValue::Array: {
        ArmArray items;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            items.append(fromJson(item));
        return fromArray(std::move(items));
    }
    case QJsonValue::Object: {
        ArmObject members;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append({it.key(), fromJson(it.value())});
        return fromObject(std::move(members));
    }
    }
    return {};
}

bool ArmValue::containsSymbolic() const
{
    switch (m_kind) {
    case Kind::Symbolic:
        return true;
    case Kind::Array:
        for (const ArmValue &item : array()) {
            if (item.containsSymbolic())
                return true;
        }
        return false;
    case Kind::Object:
        for (const ArmMember &member : object()) {
            if (member.second.containsSymbolic())
                return true;
        }
        return false;
    default:
        return false;
    }
}

bool ArmValue::toBool() const { return m_kind == Kind::Bool && std::get<bool>(m_data); }

qint64 ArmValue::toInteger() const { return m_kind == Kind::Integer ? std::get<qint64>(m_data) : 0; }

double ArmValue::toNumber() const
{
    if (m_kind == Kind::Integer)
        return double(std::get<qint64>(m_data));
    return m_kind == Kind::Number ? std::get<double>(m_data) : 0.0;
}

QString ArmValue::toString() const
{
    return (m_kind == Kind::String || m_kind == Kind::Symbolic) ? std::get<QString>(m_data) : QString();
}

const ArmArray &ArmValue::array() const
{
    return m_kind == Kind::Array ? *std::get<std::shared_ptr<const ArmArray>>(m_data) : emptyArray();
}

const ArmObject &ArmValue::object() const
{
    return m_kind == Kind::Object ? *std::get<std::shared_ptr<const ArmObject>>(m_data) : emptyObject();
}

const ArmValue *ArmValue::member(QStringView name) const
{
    if (m_kind != Kind::Object)
        return nullptr;
    const ArmObject &members = object();
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (QStringView(it->first).compare(name, Qt::CaseInsensitive) == 0)
            return &it->second;
    }
    return nullptr;
}

QString ArmValue::typeName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("Null");
    case Kind::Bool:
        return QStringLiteral("Bool");
    case Kind::Integer:
        return QStringLiteral("Integer");
    case Kind::Number:
        return QStringLiteral("Number");
    case Kind::String:
        return QStringLiteral("String");
    case Kind::Array:
        return QStringLiteral("Array");
    case Kind::Object:
        return QStringLiteral("Object");
    case Kind::Symbolic:
        return QStringLiteral("deployment-time value");
    }
    return {};
}

QJsonValue ArmValue::toJson() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return toBool();
    case Kind::Integer:
        return QJsonValue(toInteger());
    case Kind::Number:
        return toNumber();
    case Kind::String:
        return toString();
    case Kind::Symbolic:
        return QString(QLatin1Char('[') + toString() + QLatin1Char(']'));
    case Kind::Array: {
        QJsonArray out;
        for (const ArmValue &item : array())
            out.append(item.toJson());
        return out;
    }
    case Kind::Object: {
        QJsonObject out;
        for (const ArmMember &member : object())
            out.insert(member.first, member.second.toJson());
        return out;
    }
    }
    return {};
}

QString ArmValue::toExpressionText() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null()");
    case Kind::Bool:
        return toBool() ? QStringLiteral("true()") : QStringLiteral("false()");
    case Kind::Integer:
        return QString::number(toInteger());
    case Kind::Number:
        return QStringLiteral("json('%1')").arg(QString::number(toNumber(), 'g', 17));
    case Kind::String:
        return quoted(toString());
    case Kind::Symbolic:
        return toString();
    case Kind::Array:
    case Kind::Object:
        if (containsSymbolic())
            break;
        return QStringLiteral("json(%1)").arg(quoted(toDisplayString()));
    }
    // A container holding deployment-time values: spelled with createArray/createObject.
    QStringList parts;
    if (m_kind == Kind::Array) {
        for (const ArmValue &item : array())
            parts.append(item.toExpressionText());
        return QStringLiteral("createArray(%1)").arg(parts.join(QStringLiteral(", ")));
    }
    for (const ArmMember &member : object())
        parts.append(quoted(member.first) + QStringLiteral(", ") + member.second.toExpressionText());
    return QStringLiteral("createObject(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString ArmValue::toDisplayString() const
{
    switch (m_kind) {
    case Kind::Null:
        return {};
    case Kind::Bool:
        return toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Integer:
        return QString::number(toInteger());
    case Kind::Number:
        return QString::number(toNumber(), 'g', 17);
    case Kind::String:
        return toString();
    case Kind::Symbolic:
        return QString(QLatin1Char('[') + toString() + QLatin1Char(']'));
    case Kind::Array:
        return QString::fromUtf8(QJsonDocument(toJson().toArray()).toJson(QJsonDocument::Compact));
    case Kind::Object:
        return QString::fromUtf8(QJsonDocument(toJson().toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool ArmValue::operator==(const ArmValue &other) const
{
    const bool numeric = (m_kind == Kind::Integer || m_kind == Kind::Number);
    const bool otherNumeric = (other.m_kind == Kind::Integer || other.m_kind == Kind::Number);
    if (numeric && otherNumeric)
        return (m_kind == Kind::Integer && other.m_kind == Kind::Integer) ? toInteger() == other.toInteger()
                                                                          : toNumber() == other.toNumber();
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return toBool() == other.toBool();
    case Kind::String:
    case Kind::Symbolic:
        return toString() == other.toString();
    case Kind::Array:
        return array() == other.array();
    case Kind::Object: {
        const ArmObject &a = object();
        const ArmObject &b = other.object();
        if (a.size() != b.size())
            return false;
        for (const ArmMember &member : a) {
            const ArmValue *match = other.member(member.first);
            if (!match || *match != member.second)
                return false;
        }
        return true;
    }
    case Kind::Integer:
    case Kind::Number:
        break;
    }
    return false;
}

}  // namespace mlops::infra
