#include "armlogicfunctions.h"

#include <cmath>
#include <limits>

namespace mlops::infra {

namespace {

using Kind = ArmFunction::Kind;

Result<ArmValue> logicalAnd(ArmCall &call)
{
    bool all = true;
    for (int i = 0; i < call.count(); ++i) {
        Result<bool> b = call.boolean(i);
        if (!b.ok())
            return b.error();
        all = all && *b;
    }
    return ArmValue::fromBool(all);
}

Result<ArmValue> logicalOr(ArmCall &call)
{
    bool any = false;
    for (int i = 0; i < call.count(); ++i) {
        Result<bool> b = call.boolean(i);
        if (!b.ok())
            return b.error();
        any = any || *b;
    }
    return ArmValue::fromBool(any);
}

Result<ArmValue> logicalNot(ArmCall &call)
{
    Result<bool> b = call.boolean(0);
    if (!b.ok())
        return b.error();
    return ArmValue::fromBool(!*b);
}

Result<ArmValue> toBool(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    if (v.isBool())
        return v;
    if (v.isInteger())
        return ArmValue::fromBool(v.toInteger() != 0);
    if (v.isString()) {
        if (v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return ArmValue::fromBool(true);
        if (v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return ArmValue::fromBool(false);
        return call.fail(0, QStringLiteral("bool() cannot convert '%1': use 'true' or 'false'").arg(v.toString()));
    }
    return call.wrongType(0, QStringLiteral("a Bool, an Integer or a String"));
}

Result<ArmValue> constantTrue(ArmCall &) { return ArmValue::fromBool(true); }
Result<ArmValue> constantFalse(ArmCall &) { return ArmValue::fromBool(false); }
Result<ArmValue> constantNull(ArmCall &) { return ArmValue(); }

Result<ArmValue> equals(ArmCall &call) { return ArmValue::fromBool(call.at(0) == call.at(1)); }

// -1, 0, 1 for two Integers or two Strings.
Result<int> compare(ArmCall &call)
{
    const ArmValue &a = call.at(0);
    const ArmValue &b = call.at(1);
    if (a.isInteger() && b.isInteger())
        return a.toInteger() < b.toInteger() ? -1 : (a.toInteger() > b.toInteger() ? 1 : 0);
    if (a.isString() && b.isString()) {
        const int c = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (!a.isInteger() && !a.isString())
        return call.wrongType(0, QStringLiteral("an Integer or a String"));
    return call.fail(1, QStringLiteral("%1() compares two Integers or two Strings, not %2 and %3")
                            .arg(call.name(), a.typeName(), b.typeName()));
}

Result<ArmValue> less(ArmCall &call)
{
    Result<int> c = compare(call);
    return c.ok() ? Result<ArmValue>(ArmValue::fromBool(*c < 0)) : Result<ArmValue>(c.error());
}

Result<ArmValue> lessOrEquals(ArmCall &call)
{
    Result<int> c = compare(call);
    return c.ok() ? Result<ArmValue>(ArmValue::fromBool(*c <= 0)) : Result<ArmValue>(c.error());
}

Result<ArmValue> greater(ArmCall &call)
{
    Result<int> c = compare(call);
    return c.ok() ? Result<ArmValue>(ArmValue::fromBool(*c > 0)) : Result<ArmValue>(c.error());
}

Result<ArmValue> greaterOrEquals(ArmCall &call)
{
    Result<int> c = compare(call);
    return c.ok() ? Result<ArmValue>(ArmValue::fromBool(*c >= 0)) : Result<ArmValue>(c.error());
}

enum class Operation { Add, Sub, Mul, Div, Mod };

Result<ArmValue> arithmetic(ArmCall &call, Operation operation)
{
    Result<qint64> a = call.integer(0);
    if (!a.ok())
        return a.error();
    Result<qint64> b = call.integer(1);
    if (!b.ok())
        return b.error();
    qint64 out = 0;
    bool overflow = false;
    switch (operation) {
    case Operation::Add:
        overflow = __builtin_add_overflow(*a, *b, &out);
        break;
    case Operation::Sub:
        overflow = __builtin_sub_overflow(*a, *b, &out);
        break;
    case Operation::Mul:
        overflow = __builtin_mul_overflow(*a, *b, &out);
        break;
    case Operation::Div:
    case Operation::Mod:
        if (*b == 0)
            return call.fail(1, QStringLiteral("%1() by zero").arg(call.name()));
        if (*a == std::numeric_limits<qint64>::min() && *b == -1) {
            overflow = true;
            break;
        }
        out = operation == Operation::Div ? *a / *b : *a % *b;
        break;
    }
    if (overflow)
        return call.fail(-1, QStringLiteral("%1(%2, %3) overflows a 64-bit integer").arg(call.name()).arg(*a).arg(*b));
    return ArmValue::fromInteger(out);
}

Result<ArmValue> add(ArmCall &call) { return arithmetic(call, Operation::Add); }
Result<ArmValue> sub(ArmCall &call) { return arithmetic(call, Operation::Sub); }
Result<ArmValue> mul(ArmCall &call) { return arithmetic(call, Operation::Mul); }
Result<ArmValue> div(ArmCall &call) { return arithmetic(call, Operation::Div); }
Result<ArmValue> mod(ArmCall &call) { return arithmetic(call, Operation::Mod); }

// min()/max() of Integers given as arguments or as one Array.
Result<ArmValue> extreme(ArmCall &call, bool wantMax)
{
    ArmArray values = call.arguments();
    int pointAt = -1;
    if (call.count() == 1 && call.at(0).isArray()) {
        values = call.at(0).array();
        pointAt = 0;
        if (values.isEmpty())
            return call.fail(0, QStringLiteral("%1() of an empty array").arg(call.name()));
    }
    qint64 best = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isInteger()) {
            if (pointAt < 0)
                return call.wrongType(int(i), QStringLiteral("an Integer"));
            return call.fail(0, QStringLiteral("item %1 of the array given to %2() is %3, not an Integer")
                                    .arg(i)
                                    .arg(call.name(), values.at(i).typeName()));
        }
        const qint64 v = values.at(i).toInteger();
        if (i == 0 || (wantMax ? v > best : v < best))
            best = v;
    }
    return ArmValue::fromInteger(best);
}

Result<ArmValue> minimum(ArmCall &call) { return extreme(call, false); }
Result<ArmValue> maximum(ArmCall &call) { return extreme(call, true); }

Result<ArmValue> toInt(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    if (v.isInteger())
        return v;
    if (v.kind() == ArmValue::Kind::Number && std::isfinite(v.toNumber()))
        return ArmValue::fromInteger(qint64(std::trunc(v.toNumber())));
    if (v.isString()) {
        bool ok = false;
        const qint64 parsed = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return call.fail(0, QStringLiteral("int() cannot convert '%1' to an integer").arg(v.toString()));
        return ArmValue::fromInteger(parsed);
    }
    return call.wrongType(0, QStringLiteral("an Integer or a String"));
}

Result<ArmValue> toFloat(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    if (v.isInteger() || v.kind() == ArmValue::Kind::Number)
        return ArmValue::fromNumber(v.toNumber());
    if (v.isString()) {
        bool ok = false;
        const double parsed = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return call.fail(0, QStringLiteral("float() cannot convert '%1' to a number").arg(v.toString()));
        return ArmValue::fromNumber(parsed);
    }
    return call.wrongType(0, QStringLiteral("an Integer or a String"));
}

Result<ArmValue> range(ArmCall &call)
{
    Result<qint64> start = call.integer(0);
    if (!start.ok())
        return start.error();
    Result<qint64> count = call.integer(1);
    if (!count.ok())
        return count.error();
    if (*count < 0 || *count > 10000)
        return call.fail(1, QStringLiteral("range() count must be between 0 and 10000, not %1").arg(*count));
    if (*start + *count > std::numeric_limits<qint32>::max())
        return call.fail(-1, QStringLiteral("range(): start + count must not exceed 2147483647"));
    ArmArray items;
    items.reserve(*count);
    for (qint64 i = 0; i < *count; ++i)
        items.append(ArmValue::fromInteger(*start + i));
    return ArmValue::fromArray(std::move(items));
}

}  // namespace

QList<ArmFunction> ArmLogicFunctions::functions()
{
    return {
        {QStringLiteral("and"), 2, -1, logicalAnd, Kind::Pure},
        {QStringLiteral("or"), 2, -1, logicalOr, Kind::Pure},
        {QStringLiteral("not"), 1, 1, logicalNot, Kind::Pure},
        {QStringLiteral("bool"), 1, 1, toBool, Kind::Pure},
        {QStringLiteral("true"), 0, 0, constantTrue, Kind::Pure},
        {QStringLiteral("false"), 0, 0, constantFalse, Kind::Pure},
        {QStringLiteral("null"), 0, 0, constantNull, Kind::Pure},
        // The evaluator runs if() itself: it evaluates the condition, then one branch.
        {QStringLiteral("if"), 3, 3, nullptr, Kind::Lazy},
        {QStringLiteral("equals"), 2, 2, equals, Kind::Pure},
        {QStringLiteral("less"), 2, 2, less, Kind::Pure},
        {QStringLiteral("lessOrEquals"), 2, 2, lessOrEquals, Kind::Pure},
        {QStringLiteral("greater"), 2, 2, greater, Kind::Pure},
        {QStringLiteral("greaterOrEquals"), 2, 2, greaterOrEquals, Kind::Pure},
        {QStringLiteral("add"), 2, 2, add, Kind::Pure},
        {QStringLiteral("sub"), 2, 2, sub, Kind::Pure},
        {QStringLiteral("mul"), 2, 2, mul, Kind::Pure},
        {QStringLiteral("div"), 2, 2, div, Kind::Pure},
        {QStringLiteral("mod"), 2, 2, mod, Kind::Pure},
        {QStringLiteral("min"), 1, -1, minimum, Kind::Pure},
        {QStringLiteral("max"), 1, -1, maximum, Kind::Pure},
        {QStringLiteral("int"), 1, 1, toInt, Kind::Pure},
        {QStringLiteral("float"), 1, 1, toFloat, Kind::Pure},
        {QStringLiteral("range"), 2, 2, range, Kind::Pure},
    };
}

}  // namespace mlops::infra
