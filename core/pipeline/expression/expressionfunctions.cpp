#include "core/pipeline/expression/expressionfunctions.h"

#include "core/pipeline/expression/expressionformatter.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace mlops::pipeline {

namespace {

using Kind = ExpressionValue::Kind;
constexpr int kMany = ExpressionFunctions::kUnlimitedArgs;

const QList<ExpressionFunctionInfo> &table()
{
    static const QList<ExpressionFunctionInfo> functions = {
        {ExpressionFunction::And, QStringLiteral("and"), 2, kMany, false, false},
        {ExpressionFunction::Or, QStringLiteral("or"), 2, kMany, false, false},
        {ExpressionFunction::Not, QStringLiteral("not"), 1, 1, false, false},
        {ExpressionFunction::Xor, QStringLiteral("xor"), 2, 2, false, false},
        {ExpressionFunction::Eq, QStringLiteral("eq"), 2, 2, false, false},
        {ExpressionFunction::Ne, QStringLiteral("ne"), 2, 2, false, false},
        {ExpressionFunction::Gt, QStringLiteral("gt"), 2, 2, false, false},
        {ExpressionFunction::Ge, QStringLiteral("ge"), 2, 2, false, false},
        {ExpressionFunction::Lt, QStringLiteral("lt"), 2, 2, false, false},
        {ExpressionFunction::Le, QStringLiteral("le"), 2, 2, false, false},
        {ExpressionFunction::In, QStringLiteral("in"), 1, kMany, false, false},
        {ExpressionFunction::NotIn, QStringLiteral("notIn"), 1, kMany, false, false},
        {ExpressionFunction::Contains, QStringLiteral("contains"), 2, 2, false, false},
        {ExpressionFunction::ContainsValue, QStringLiteral("containsValue"), 2, 2, false, false},
        {ExpressionFunction::StartsWith, QStringLiteral("startsWith"), 2, 2, false, false},
        {ExpressionFunction::EndsWith, QStringLiteral("endsWith"), 2, 2, false, false},
        {ExpressionFunction::Coalesce, QStringLiteral("coalesce"), 2, kMany, false, false},
        {ExpressionFunction::Format, QStringLiteral("format"), 1, kMany, false, false},
        {ExpressionFunction::Join, QStringLiteral("join"), 2, 2, false, false},
        {ExpressionFunction::Replace, QStringLiteral("replace"), 3, 3, false, false},
        {ExpressionFunction::Split, QStringLiteral("split"), 2, 2, false, false},
        {ExpressionFunction::Lower, QStringLiteral("lower"), 1, 1, false, false},
        {ExpressionFunction::Upper, QStringLiteral("upper"), 1, 1, false, false},
        {ExpressionFunction::Trim, QStringLiteral("trim"), 1, 1, false, false},
        {ExpressionFunction::Substring, QStringLiteral("substring"), 3, 3, false, false},
        {ExpressionFunction::Length, QStringLiteral("length"), 1, 1, false, false},
        {ExpressionFunction::ConvertToJson, QStringLiteral("convertToJson"), 1, 1, false, false},
        {ExpressionFunction::Iif, QStringLiteral("iif"), 3, 3, false, false},
        {ExpressionFunction::Counter, QStringLiteral("counter"), 2, 2, true, false},
        {ExpressionFunction::Always, QStringLiteral("always"), 0, 0, false, true},
        {ExpressionFunction::Canceled, QStringLiteral("canceled"), 0, 0, false, true},
        {ExpressionFunction::Failed, QStringLiteral("failed"), 0, kMany, false, true},
        {ExpressionFunction::Succeeded, QStringLiteral("succeeded"), 0, kMany, false, true},
        {ExpressionFunction::SucceededOrFailed, QStringLiteral("succeededOrFailed"), 0, kMany, false, true},
    };
    return functions;
}

ExpressionError plainError(QString message) { return ExpressionError{std::move(message), 0, {}, 0}; }

ExpressionResult<QString> asString(const ExpressionValue &value)
{
    if (auto text = value.toStringValue())
        return *text;
    return plainError(ExpressionFunctions::conversionError(value, Kind::String));
}

ExpressionResult<double> asNumber(const ExpressionValue &value)
{
    if (auto number = value.toNumber())
        return *number;
    return plainError(ExpressionFunctions::conversionError(value, Kind::Number));
}

ExpressionResult<ExpressionValue> compareCall(ExpressionFunction id, const ExpressionValue &left,
                                              const ExpressionValue &right)
{
    const auto order = left.compare(right);
    if (!order) {
        const Kind target = left.isPrimitive() && !left.isNull() ? left.kind() : Kind::Number;
        const ExpressionValue &culprit = left.isPrimitive() ? right : left;
        return plainError(ExpressionFunctions::conversionError(culprit, target));
    }
    switch (id) {
    case ExpressionFunction::Gt: return ExpressionValue::boolean(*order > 0);
    case ExpressionFunction::Ge: return ExpressionValue::boolean(*order >= 0);
    case ExpressionFunction::Lt: return ExpressionValue::boolean(*order < 0);
    default: return ExpressionValue::boolean(*order <= 0);
    }
}

ExpressionResult<ExpressionValue> stringTest(ExpressionFunction id, const ExpressionValue &a, const ExpressionValue &b)
{
    const auto left = asString(a);
    if (!left)
        return left.error();
    const auto right = asString(b);
    if (!right)
        return right.error();
    switch (id) {
    case ExpressionFunction::Contains: return ExpressionValue::boolean(left->contains(*right, Qt::CaseInsensitive));
    case ExpressionFunction::StartsWith: return ExpressionValue::boolean(left->startsWith(*right, Qt::CaseInsensitive));
    default: return ExpressionValue::boolean(left->endsWith(*right, Qt::CaseInsensitive));
    }
}

ExpressionResult<ExpressionValue> tooLong(const QString &function)
{
    return plainError(QStringLiteral("The result of '%1' exceeds the maximum length of %2 characters")
                          .arg(function)
                          .arg(ExpressionFunctions::kMaxResultLength));
}

ExpressionResult<ExpressionValue> containsValue(const ExpressionValue &collection, const ExpressionValue &needle)
{
    if (collection.isArray()) {
        for (const ExpressionValue &item : collection.arrayItems()) {
            if (needle.equals(item))
                return ExpressionValue::boolean(true);
        }
    } else if (collection.isObject()) {
        for (const ExpressionValue::Member &member : collection.objectMembers()) {
            if (needle.equals(member.second))
                return ExpressionValue::boolean(true);
        }
    }
    return ExpressionValue::boolean(false);
}

ExpressionResult<ExpressionValue> join(const ExpressionValue &separator, const ExpressionValue &items)
{
    const auto sep = asString(separator);
    if (!sep)
        return sep.error();
    if (!items.isArray())
        return ExpressionValue::string(items.toDisplayString());
    QString out;
    bool first = true;
    for (const ExpressionValue &item : items.arrayItems()) {
        if (!first)
            out += *sep;
        first = false;
        out += item.toDisplayString();
        if (out.size() > ExpressionFunctions::kMaxResultLength)
            return tooLong(QStringLiteral("join"));
    }
    return ExpressionValue::string(out);
}

ExpressionResult<ExpressionValue> replace(const QList<ExpressionValue> &args)
{
    const auto text = asString(args.at(0));
    if (!text)
        return text.error();
    const auto before = asString(args.at(1));
    if (!before)
        return before.error();
    const auto after = asString(args.at(2));
    if (!after)
        return after.error();
    if (before->isEmpty())
        return ExpressionValue::string(*text);
    const qsizetype hits = text->count(*before, Qt::CaseInsensitive);
    if (text->size() + hits * after->size() > ExpressionFunctions::kMaxResultLength)
        return tooLong(QStringLiteral("replace"));
    QString out = *text;
    out.replace(*before, *after, Qt::CaseInsensitive);
    return ExpressionValue::string(out);
}

ExpressionResult<ExpressionValue> split(const ExpressionValue &textValue, const ExpressionValue &separatorValue)
{
    const auto text = asString(textValue);
    if (!text)
        return text.error();
    const auto separator = asString(separatorValue);
    if (!separator)
        return separator.error();
    QList<ExpressionValue> pieces;
    if (separator->isEmpty()) {
        pieces.append(ExpressionValue::string(*text));
    } else {
        const QStringList parts = text->split(*separator, Qt::KeepEmptyParts, Qt::CaseSensitive);
        for (const QString &part : parts)
            pieces.append(ExpressionValue::string(part));
    }
    return ExpressionValue::array(std::move(pieces));
}

ExpressionResult<ExpressionValue> substring(const QList<ExpressionValue> &args)
{
    const auto text = asString(args.at(0));
    if (!text)
        return text.error();
    const auto start = asNumber(args.at(1));
    if (!start)
        return start.error();
    const auto length = asNumber(args.at(2));
    if (!length)
        return length.error();
    const auto toInt = [](double d) -> std::optional<qint64> {
        if (std::isnan(d) || d < -2147483648.0 || d > 2147483647.0)
            return std::nullopt;
        return static_cast<qint64>(std::trunc(d));
    };
    const auto s = toInt(*start);
    const auto l = toInt(*length);
    if (!s || !l || *s < 0 || *l < 0 || *s + *l > text->size()) {
        return plainError(QStringLiteral("substring: start index %1 and length %2 are outside the string of length %3")
                              .arg(ExpressionValue::formatNumber(*start), ExpressionValue::formatNumber(*length))
                              .arg(text->size()));
    }
    return ExpressionValue::string(text->mid(*s, *l));
}

ExpressionResult<ExpressionValue> length(const ExpressionValue &value)
{
    if (value.isArray() || value.isObject())
        return ExpressionValue::number(static_cast<double>(value.size()));
    return ExpressionValue::number(static_cast<double>(value.toDisplayString().size()));
}

ExpressionResult<ExpressionValue> caseOrTrim(ExpressionFunction id, const ExpressionValue &value)
{
    const auto text = asString(value);
    if (!text)
        return text.error();
    switch (id) {
    case ExpressionFunction::Lower: return ExpressionValue::string(text->toLower());
    case ExpressionFunction::Upper: return ExpressionValue::string(text->toUpper());
    default: return ExpressionValue::string(text->trimmed());
    }
}

}  // namespace

const ExpressionFunctionInfo *ExpressionFunctions::find(const QString &name)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> result;
        const auto &functions = table();
        for (qsizetype i = 0; i < functions.size(); ++i)
            result.insert(functions.at(i).name.toLower(), i);
        return result;
    }();
    const auto found = index.constFind(name.toLower());
    return found == index.constEnd() ? nullptr : &table().at(found.value());
}

const ExpressionFunctionInfo &ExpressionFunctions::info(ExpressionFunction id)
{
    static const ExpressionFunctionInfo unknown;
    for (const ExpressionFunctionInfo &entry : table()) {
        if (entry.id == id)
            return entry;
    }
    return unknown;
}

QString ExpressionFunctions::conversionError(const ExpressionValue &value, Kind to)
{
    QString message = QStringLiteral("Unable to convert from %1 to %2.")
                          .arg(ExpressionValue::kindName(value.kind()), ExpressionValue::kindName(to));
    if (value.isPrimitive() && !value.isNull())
        message += QStringLiteral(" Value: '%1'").arg(value.toDisplayString().left(200));
    return message;
}

ExpressionResult<ExpressionValue> ExpressionFunctions::call(ExpressionFunction id, const QList<ExpressionValue> &args)
{
    switch (id) {
    case ExpressionFunction::Not: return ExpressionValue::boolean(!args.at(0).toBoolean());
    case ExpressionFunction::Xor: return ExpressionValue::boolean(args.at(0).toBoolean() != args.at(1).toBoolean());
    case ExpressionFunction::Eq: return ExpressionValue::boolean(args.at(0).equals(args.at(1)));
    case ExpressionFunction::Ne: return ExpressionValue::boolean(!args.at(0).equals(args.at(1)));
    case ExpressionFunction::Gt:
    case ExpressionFunction::Ge:
    case ExpressionFunction::Lt:
    case ExpressionFunction::Le:
        return compareCall(id, args.at(0), args.at(1));
    case ExpressionFunction::Contains:
    case ExpressionFunction::StartsWith:
    case ExpressionFunction::EndsWith:
        return stringTest(id, args.at(0), args.at(1));
    case ExpressionFunction::ContainsValue: return containsValue(args.at(0), args.at(1));
    case ExpressionFunction::Format: {
        auto formatted = ExpressionFormatter::format(args);
        if (!formatted)
            return formatted.error();
        return ExpressionValue::string(std::move(formatted).value());
    }
    case ExpressionFunction::Join: return join(args.at(0), args.at(1));
    case ExpressionFunction::Replace: return replace(args);
    case ExpressionFunction::Split: return split(args.at(0), args.at(1));
    case ExpressionFunction::Lower:
    case ExpressionFunction::Upper:
    case ExpressionFunction::Trim:
        return caseOrTrim(id, args.at(0));
    case ExpressionFunction::Substring: return substring(args);
    case ExpressionFunction::Length: return length(args.at(0));
    case ExpressionFunction::ConvertToJson: {
        QString json = args.at(0).toJsonText();
        if (json.size() > kMaxResultLength)
            return tooLong(QStringLiteral("convertToJson"));
        return ExpressionValue::string(std::move(json));
    }
    case ExpressionFunction::Iif: return args.at(0).toBoolean() ? args.at(1) : args.at(2);
    default:
        break;
    }
    return plainError(QStringLiteral("Function '%1' cannot be called here").arg(info(id).name));
}

}  // namespace mlops::pipeline
