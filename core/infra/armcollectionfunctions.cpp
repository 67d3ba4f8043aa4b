#include "armcollectionfunctions.h"

#include <algorithm>

namespace mlops::infra {

namespace {

using Kind = ArmFunction::Kind;

Result<ArmValue> createArray(ArmCall &call) { return ArmValue::fromArray(call.arguments()); }

Result<ArmValue> createObject(ArmCall &call)
{
    if (call.count() % 2 != 0)
        return call.fail(-1, QStringLiteral("createObject() takes key, value pairs: %1 arguments is an odd number").arg(call.count()));
    ArmObject members;
    for (int i = 0; i < call.count(); i += 2) {
        if (!call.at(i).isString())
            return call.wrongType(i, QStringLiteral("a String (a member name)"));
        members.append({call.at(i).toString(), call.at(i + 1)});
    }
    return ArmValue::fromObject(std::move(members));
}

Result<ArmValue> toArray(ArmCall &call)
{
    if (call.at(0).isArray())
        return call.at(0);
    return ArmValue::fromArray({call.at(0)});
}

Result<ArmValue> coalesce(ArmCall &call)
{
    for (int i = 0; i < call.count(); ++i) {
        if (call.at(i).isSymbolic()) {
            QStringList parts;
            for (const ArmValue &v : call.arguments())
                parts.append(v.toExpressionText());
            return ArmValue::symbolic(QStringLiteral("coalesce(%1)").arg(parts.join(QStringLiteral(", "))));
        }
        if (!call.at(i).isNull())
            return call.at(i);
    }
    return ArmValue();
}

Result<ArmValue> empty(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    switch (v.kind()) {
    case ArmValue::Kind::Null:
        return ArmValue::fromBool(true);
    case ArmValue::Kind::String:
        return ArmValue::fromBool(v.toString().isEmpty());
    case ArmValue::Kind::Array:
        return ArmValue::fromBool(v.array().isEmpty());
    case ArmValue::Kind::Object:
        return ArmValue::fromBool(v.object().isEmpty());
    default:
        return call.wrongType(0, QStringLiteral("a String, an Array, an Object or null"));
    }
}

Result<ArmValue> length(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    if (v.isString())
        return ArmValue::fromInteger(v.toString().size());
    if (v.isArray())
        return ArmValue::fromInteger(v.array().size());
    if (v.isObject())
        return ArmValue::fromInteger(v.object().size());
    return call.wrongType(0, QStringLiteral("a String, an Array or an Object"));
}

Result<ArmValue> endItem(ArmCall &call, bool wantFirst)
{
    const ArmValue &v = call.at(0);
    if (v.isString()) {
        const QString s = v.toString();
        if (s.isEmpty())
            return ArmValue::fromString(QString());
        return ArmValue::fromString(QString(wantFirst ? s.front() : s.back()));
    }
    if (v.isArray()) {
        if (v.array().isEmpty())
            return ArmValue();
        return wantFirst ? v.array().constFirst() : v.array().constLast();
    }
    return call.wrongType(0, QStringLiteral("a String or an Array"));
}

Result<ArmValue> first(ArmCall &call) { return endItem(call, true); }
Result<ArmValue> last(ArmCall &call) { return endItem(call, false); }

Result<ArmValue> slice(ArmCall &call, bool take)
{
    const ArmValue &v = call.at(0);
    Result<qint64> n = call.integer(1);
    if (!n.ok())
        return n.error();
    if (v.isString()) {
        const QString s = v.toString();
        const qsizetype count = std::clamp<qint64>(*n, 0, s.size());
        return ArmValue::fromString(take ? s.left(count) : s.mid(count));
    }
    if (v.isArray()) {
        const ArmArray &items = v.array();
        const qsizetype count = std::clamp<qint64>(*n, 0, items.size());
        return ArmValue::fromArray(take ? items.mid(0, count) : items.mid(count));
    }
    return call.wrongType(0, QStringLiteral("a String or an Array"));
}

Result<ArmValue> take(ArmCall &call) { return slice(call, true); }
Result<ArmValue> skip(ArmCall &call) { return slice(call, false); }

Result<ArmValue> contains(ArmCall &call)
{
    const ArmValue &container = call.at(0);
    const ArmValue &item = call.at(1);
    if (container.isString()) {
        if (!item.isString() && !item.isInteger() && !item.isBool())
            return call.wrongType(1, QStringLiteral("a String"));
        return ArmValue::fromBool(container.toString().contains(item.toDisplayString(), Qt::CaseSensitive));
    }
    if (container.isArray())
        return ArmValue::fromBool(container.array().contains(item));
    if (container.isObject()) {
        if (!item.isString())
            return call.wrongType(1, QStringLiteral("a String (a member name)"));
        return ArmValue::fromBool(container.member(item.toString()) != nullptr);
    }
    return call.wrongType(0, QStringLiteral("a String, an Array or an Object"));
}

Result<ArmValue> position(ArmCall &call, bool fromEnd)
{
    const ArmValue &container = call.at(0);
    const ArmValue &item = call.at(1);
    if (container.isString()) {
        if (!item.isString())
            return call.wrongType(1, QStringLiteral("a String"));
        const QString s = container.toString();
        const qsizetype at = fromEnd ? s.lastIndexOf(item.toString(), -1, Qt::CaseInsensitive)
                                     : s.indexOf(item.toString(), 0, Qt::CaseInsensitive);
        return ArmValue::fromInteger(at);
    }
    if (container.isArray()) {
        const ArmArray &items = container.array();
        return ArmValue::fromInteger(fromEnd ? items.lastIndexOf(item) : items.indexOf(item));
    }
    return call.wrongType(0, QStringLiteral("a String or an Array"));
}

Result<ArmValue> indexOf(ArmCall &call) { return position(call, false); }
Result<ArmValue> lastIndexOf(ArmCall &call) { return position(call, true); }

// Objects are merged recursively (a later member replaces an earlier one unless both are
// objects); arrays keep each distinct item once, in order.
ArmValue merged(const ArmValue &a, const ArmValue &b)
{
    ArmObject out = a.object();
    for (const ArmMember &member : b.object()) {
        auto it = std::find_if(out.begin(), out.end(), [&](const ArmMember &m) {
            return m.first.compare(member.first, Qt::CaseInsensitive) == 0;
        });
        if (it == out.end())
            out.append(member);
        else if (it->second.isObject() && member.second.isObject())
            it->second = merged(it->second, member.second);
        else
            it->second = member.second;
    }
    return ArmValue::fromObject(std::move(out));
}

Result<ArmValue> unionOf(ArmCall &call)
{
    const bool arrays = call.at(0).isArray();
    if (!arrays && !call.at(0).isObject())
        return call.wrongType(0, QStringLiteral("an Array or an Object"));
    for (int i = 1; i < call.count(); ++i) {
        if (call.at(i).isArray() != arrays || (!arrays && !call.at(i).isObject()))
            return call.wrongType(i, arrays ? QStringLiteral("an Array, like the first") : QStringLiteral("an Object, like the first"));
    }
    if (!arrays) {
        ArmValue out = call.at(0);
        for (int i = 1; i < call.count(); ++i)
            out = merged(out, call.at(i));
        return out;
    }
    ArmArray out;
    for (const ArmValue &v : call.arguments()) {
        for (const ArmValue &item : v.array()) {
            if (!out.contains(item))
                out.append(item);
        }
    }
    return ArmValue::fromArray(std::move(out));
}

Result<ArmValue> intersection(ArmCall &call)
{
    const bool arrays = call.at(0).isArray();
    if (!arrays && !call.at(0).isObject())
        return call.wrongType(0, QStringLiteral("an Array or an Object"));
    for (int i = 1; i < call.count(); ++i) {
        if (call.at(i).isArray() != arrays || (!arrays && !call.at(i).isObject()))
            return call.wrongType(i, arrays ? QStringLiteral("an Array, like the first") : QStringLiteral("an Object, like the first"));
    }
    if (arrays) {
        ArmArray out;
        for (const ArmValue &item : call.at(0).array()) {
            bool everywhere = !out.contains(item);
            for (int i = 1; i < call.count() && everywhere; ++i)
                everywhere = call.at(i).array().contains(item);
            if (everywhere)
                out.append(item);
        }
        return ArmValue::fromArray(std::move(out));
    }
    ArmObject out;
    for (const ArmMember &member : call.at(0).object()) {
        bool everywhere = true;
        for (int i = 1; i < call.count() && everywhere; ++i) {
            const ArmValue *other = call.at(i).member(member.first);
            everywhere = other && *other == member.second;
        }
        if (everywhere)
            out.append(member);
    }
    return ArmValue::fromObject(std::move(out));
}

}  // namespace

QList<ArmFunction> ArmCollectionFunctions::functions()
{
    return {
        {QStringLiteral("createArray"), 0, -1, createArray, Kind::Containers},
        {QStringLiteral("createObject"), 0, -1, createObject, Kind::Containers},
        {QStringLiteral("array"), 1, 1, toArray, Kind::Containers},
        {QStringLiteral("coalesce"), 1, -1, coalesce, Kind::Containers},
        {QStringLiteral("empty"), 1, 1, empty, Kind::Pure},
        {QStringLiteral("length"), 1, 1, length, Kind::Pure},
        {QStringLiteral("first"), 1, 1, first, Kind::Pure},
        {QStringLiteral("last"), 1, 1, last, Kind::Pure},
        {QStringLiteral("take"), 2, 2, take, Kind::Pure},
        {QStringLiteral("skip"), 2, 2, skip, Kind::Pure},
        {QStringLiteral("contains"), 2, 2, contains, Kind::Pure},
        {QStringLiteral("indexOf"), 2, 2, indexOf, Kind::Pure},
        {QStringLiteral("lastIndexOf"), 2, 2, lastIndexOf, Kind::Pure},
        {QStringLiteral("union"), 1, -1, unionOf, Kind::Pure},
        {QStringLiteral("intersection"), 1, -1, intersection, Kind::Pure},
    };
}

}  // namespace mlops::infra
