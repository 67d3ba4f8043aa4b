#include "core/pipeline/expression/expressionvalue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <limits>

namespace mlops::pipeline {

struct ExpressionValue::ObjectData {
    QList<Member> members;
    QHash<QString, qsizetype> index;  // case-folded key → position in members
};

namespace {

const QList<ExpressionValue> &emptyArray()
{
    static const QList<ExpressionValue> empty;
    return empty;
}

const QList<ExpressionValue::Member> &emptyMembers()
{
    static const QList<ExpressionValue::Member> empty;
    return empty;
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJson(QString &out, const ExpressionValue &value, int indent)
{
    const QString pad(indent * 2, QLatin1Char(' '));
    const QString innerPad((indent + 1) * 2, QLatin1Char(' '));
    switch (value.kind()) {
    case ExpressionValue::Kind::Null: out += QStringLiteral("null"); return;
    case ExpressionValue::Kind::Boolean: out += value.boolValue() ? QStringLiteral("true") : QStringLiteral("false"); return;
    case ExpressionValue::Kind::Number: {
        const double n = value.numberValue();
        if (std::isfinite(n))
            out += ExpressionValue::formatNumber(n);
        else
            appendJsonString(out, ExpressionValue::formatNumber(n));
        return;
    }
    case ExpressionValue::Kind::String: appendJsonString(out, value.stringValue()); return;
    case ExpressionValue::Kind::Version: appendJsonString(out, value.versionValue().toString()); return;
    case ExpressionValue::Kind::Array: {
        const auto &items = value.arrayItems();
        if (items.isEmpty()) {
            out += QStringLiteral("[]");
            return;
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += innerPad;
            appendJson(out, items.at(i), indent + 1);
            out += i + 1 < items.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += pad + QLatin1Char(']');
        return;
    }
    case ExpressionValue::Kind::Object: {
        const auto &members = value.objectMembers();
        if (members.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QStringLiteral("{\n");
        for (qsizetype i = 0; i < members.size(); ++i) {
            out += innerPad;
            appendJsonString(out, members.at(i).first);
            out += QStringLiteral(": ");
            appendJson(out, members.at(i).second, indent + 1);
            out += i + 1 < members.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += pad + QLatin1Char('}');
        return;
    }
    }
}

}  // namespace

// ---- VersionValue -------------------------------------------------------------------

QString ExpressionValue::VersionValue::toString() const
{
    QStringList texts;
    for (const int part : parts)
        texts.append(QString::number(part));
    return texts.join(QLatin1Char('.'));
}

int ExpressionValue::VersionValue::compare(const VersionValue &other) const
{
    for (qsizetype i = 0; i < 4; ++i) {
        // .NET: an undefined build/revision is -1, so 1.2 < 1.2.0.
        const int a = i < parts.size() ? parts.at(i) : -1;
        const int b = i < other.parts.size() ? other.parts.at(i) : -1;
        if (a != b)
            return a < b ? -1 : 1;
    }
    return 0;
}

std::optional<ExpressionValue::VersionValue> ExpressionValue::VersionValue::parse(const QString &text)
{
    const QStringList pieces = text.split(QLatin1Char('.'));
    if (pieces.size() < 2 || pieces.size() > 4)
        return std::nullopt;
    VersionValue version;
    for (const QString &piece : pieces) {
        const QString trimmed = piece.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        for (const QChar c : trimmed) {
            if (!isDigit(c))
                return std::nullopt;
        }
        bool ok = false;
        const qlonglong number = trimmed.toLongLong(&ok);
        if (!ok || number > std::numeric_limits<int>::max())
            return std::nullopt;
        version.parts.append(static_cast<int>(number));
    }
    return version;
}

// ---- construction -------------------------------------------------------------------

ExpressionValue ExpressionValue::boolean(bool value)
{
    ExpressionValue v;
    v.m_kind = Kind::Boolean;
    v.m_bool = value;
    return v;
}

ExpressionValue ExpressionValue::number(double value)
{
    ExpressionValue v;
    v.m_kind = Kind::Number;
    v.m_number = value;
    return v;
}

ExpressionValue ExpressionValue::string(QString value)
{
    ExpressionValue v;
    v.m_kind = Kind::String;
    v.m_string = std::move(value);
    return v;
}

ExpressionValue ExpressionValue::version(VersionValue value)
{
    ExpressionValue v;
    v.m_kind = Kind::Version;
    v.m_version = std::make_shared<const VersionValue>(std::move(value));
    return v;
}

ExpressionValue ExpressionValue::array(QList<ExpressionValue> items)
{
    ExpressionValue v;
    v.m_kind = Kind::Array;
    v.m_array = std::make_shared<const QList<ExpressionValue>>(std::move(items));
    return v;
}

ExpressionValue ExpressionValue::object(const QList<Member> &members)
{
    auto data = std::make_shared<ObjectData>();
    for (const Member &member : members) {
        const QString folded = member.first.toCaseFolded();
        const auto found = data->index.constFind(folded);
        if (found != data->index.constEnd()) {
            data->members[found.value()].second = member.second;
        } else {
            data->index.insert(folded, data->members.size());
            data->members.append(member);
        }
    }
    ExpressionValue v;
    v.m_kind = Kind::Object;
    v.m_object = std::move(data);
    return v;
}

ExpressionValue ExpressionValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool: return boolean(json.toBool());
    case QJsonValue::Double: return number(json.toDouble());
    case QJsonValue::String: return string(json.toString());
    case QJsonValue::Array: {
        QList<ExpressionValue> items;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            items.append(fromJson(item));
        return ExpressionValue::array(std::move(items));
    }
    case QJsonValue::Object: {
        QList<Member> members;
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({it.key(), fromJson(it.value())});
        return ExpressionValue::object(members);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString ExpressionValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("Null");
    case Kind::Boolean: return QStringLiteral("Boolean");
    case Kind::Number: return QStringLiteral("Number");
    case Kind::String: return QStringLiteral("String");
    case Kind::Version: return QStringLiteral("Version");
    case Kind::Array: return QStringLiteral("Array");
    case Kind::Object: return QStringLiteral("Object");
    }
    return {};
}

// ---- accessors ----------------------------------------------------------------------

const ExpressionValue::VersionValue &ExpressionValue::versionValue() const
{
    static const VersionValue empty;
    return m_version ? *m_version : empty;
}

const QList<ExpressionValue> &ExpressionValue::arrayItems() const
{
    return m_array ? *m_array : emptyArray();
}

const QList<ExpressionValue::Member> &ExpressionValue::objectMembers() const
{
    return m_object ? m_object->members : emptyMembers();
}

const ExpressionValue *ExpressionValue::member(const QString &key) const
{
    if (!m_object)
        return nullptr;
    const auto found = m_object->index.constFind(key.toCaseFolded());
    if (found == m_object->index.constEnd())
        return nullptr;
    return &m_object->members.at(found.value()).second;
}

const ExpressionValue *ExpressionValue::item(qsizetype index) const
{
    if (!m_array || index < 0 || index >= m_array->size())
        return nullptr;
    return &m_array->at(index);
}

qsizetype ExpressionValue::size() const
{
    if (m_array)
        return m_array->size();
    if (m_object)
        return m_object->members.size();
    return 0;
}

// ---- conversions --------------------------------------------------------------------

bool ExpressionValue::toBoolean() const
{
    switch (m_kind) {
    case Kind::Null: return false;
    case Kind::Boolean: return m_bool;
    case Kind::Number: return m_number != 0.0 && !std::isnan(m_number);
    case Kind::String: return !m_string.isEmpty();
    case Kind::Version:
    case Kind::Array:
    case Kind::Object:
        return true;
    }
    return false;
}

std::optional<double> ExpressionValue::toNumber() const
{
    switch (m_kind) {
    case Kind::Null: return 0.0;
    case Kind::Boolean: return m_bool ? 1.0 : 0.0;
    case Kind::Number: return m_number;
    case Kind::String:
        if (m_string.isEmpty())
            return 0.0;
        return parseNumber(m_string);
    case Kind::Version:
    case Kind::Array:
    case Kind::Object:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> ExpressionValue::toStringValue() const
{
    switch (m_kind) {
    case Kind::Null: return QString();
    case Kind::Boolean: return m_bool ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Number: return formatNumber(m_number);
    case Kind::String: return m_string;
    case Kind::Version: return versionValue().toString();
    case Kind::Array:
    case Kind::Object:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ExpressionValue::VersionValue> ExpressionValue::toVersion() const
{
    switch (m_kind) {
    case Kind::Version: return versionValue();
    case Kind::Number: return VersionValue::parse(formatNumber(m_number));
    case Kind::String: return VersionValue::parse(m_string);
    case Kind::Null:
    case Kind::Boolean:
    case Kind::Array:
    case Kind::Object:
        return std::nullopt;
    }
    return std::nullopt;
}

bool ExpressionValue::convertsToNull() const
{
    return m_kind == Kind::Null || (m_kind == Kind::String && m_string.isEmpty());
}

QString ExpressionValue::toDisplayString() const
{
    return toStringValue().value_or(QString());
}

bool ExpressionValue::equals(const ExpressionValue &right) const
{
    switch (m_kind) {
    case Kind::Null: return right.convertsToNull();
    case Kind::Boolean: return m_bool == right.toBoolean();
    case Kind::Number: {
        const auto other = right.toNumber();
        return other && *other == m_number;
    }
    case Kind::String: {
        const auto other = right.toStringValue();
        return other && m_string.compare(*other, Qt::CaseInsensitive) == 0;
    }
    case Kind::Version: {
        const auto other = right.toVersion();
        return other && versionValue().compare(*other) == 0;
    }
    case Kind::Array: return right.m_kind == Kind::Array && right.m_array == m_array;
    case Kind::Object: return right.m_kind == Kind::Object && right.m_object == m_object;
    }
    return false;
}

std::optional<int> ExpressionValue::compare(const ExpressionValue &right) const
{
    const auto sign = [](double a, double b) { return a < b ? -1 : (a > b ? 1 : 0); };
    switch (m_kind) {
    case Kind::Boolean: {
        const int a = m_bool ? 1 : 0;
        const int b = right.toBoolean() ? 1 : 0;
        return a - b;
    }
    case Kind::String: {
        const auto other = right.toStringValue();
        if (!other)
            return std::nullopt;
        const int c = m_string.compare(*other, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Kind::Version: {
        const auto other = right.toVersion();
        if (!other)
            return std::nullopt;
        return versionValue().compare(*other);
    }
    case Kind::Number:
    case Kind::Null:
    case Kind::Array:
    case Kind::Object: {
        // Null, arrays and objects compare as numbers (Null → 0, the others fail).
        const auto left = toNumber();
        const auto other = right.toNumber();
        if (!left || !other || std::isnan(*left) || std::isnan(*other))
            return std::nullopt;
        return sign(*left, *other);
    }
    }
    return std::nullopt;
}

QString ExpressionValue::toJsonText() const
{
    QString out;
    appendJson(out, *this, 0);
    return out;
}

bool ExpressionValue::sameAs(const ExpressionValue &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null: return true;
    case Kind::Boolean: return m_bool == other.m_bool;
    case Kind::Number: return m_number == other.m_number || (std::isnan(m_number) && std::isnan(other.m_number));
    case Kind::String: return m_string == other.m_string;
    case Kind::Version: return versionValue().parts == other.versionValue().parts;
    case Kind::Array: {
        const auto &a = arrayItems();
        const auto &b = other.arrayItems();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).sameAs(b.at(i)))
                return false;
        }
        return true;
    }
    case Kind::Object: {
        const auto &a = objectMembers();
        const auto &b = other.objectMembers();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).first != b.at(i).first || !a.at(i).second.sameAs(b.at(i).second))
                return false;
        }
        return true;
    }
    }
    return false;
}

QString ExpressionValue::formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0.0)
        return QStringLiteral("0");
    // %.15G gives .NET's "G15": 15 significant digits, no trailing zeros, scientific
    // notation ("E+28", at least two exponent digits) outside 1E-05 .. 1E+15.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15G", value);
    return QString::fromLatin1(buffer);
}

std::optional<double> ExpressionValue::parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = trimmed.size();
    QString normalized;
    if (i < n && (trimmed.at(i) == QLatin1Char('-') || trimmed.at(i) == QLatin1Char('+'))) {
        normalized += trimmed.at(i);
        ++i;
    }
    int digits = 0;
    while (i < n && (isDigit(trimmed.at(i)) || (trimmed.at(i) == QLatin1Char(',') && digits > 0))) {
        if (trimmed.at(i) != QLatin1Char(',')) {
            normalized += trimmed.at(i);
            ++digits;
        }
        ++i;
    }
    if (i < n && trimmed.at(i) == QLatin1Char('.')) {
        normalized += QLatin1Char('.');
        ++i;
        while (i < n && isDigit(trimmed.at(i))) {
            normalized += trimmed.at(i);
            ++digits;
            ++i;
        }
    }
    if (digits == 0 || i != n)
        return std::nullopt;
    bool ok = false;
    const double value = normalized.toDouble(&ok);
    if (!ok && !std::isinf(value))
        return std::nullopt;
    return value;
}

}  // namespace mlops::pipeline
