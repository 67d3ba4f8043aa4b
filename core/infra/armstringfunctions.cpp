#include "armstringfunctions.h"

#include "armhash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QUrl>

namespace mlops::infra {

namespace {

using Kind = ArmFunction::Kind;

Result<ArmValue> concat(ArmCall &call)
{
    bool anyArray = false;
    bool anyScalar = false;
    for (int i = 0; i < call.count(); ++i) {
        const ArmValue &v = call.at(i);
        if (v.isArray())
            anyArray = true;
        else if (v.isObject())
            return call.wrongType(i, QStringLiteral("a String or an Array"));
        else
            anyScalar = true;
        if (anyArray && anyScalar)
            return call.fail(i, QStringLiteral("concat() joins either strings or arrays, not both (%1)").arg(call.describe(i)));
    }
    if (anyArray) {
        ArmArray out;
        for (const ArmValue &v : call.arguments())
            out.append(v.array());
        return ArmValue::fromArray(std::move(out));
    }
    QString out;
    for (const ArmValue &v : call.arguments())
        out += v.toDisplayString();
    return ArmValue::fromString(out);
}

// One "{index[,alignment][:format]}" item of format().
Result<QString> formatItem(ArmCall &call, const QString &spec)
{
    QString indexText = spec;
    QString alignmentText;
    QString formatText;
    const qsizetype colon = indexText.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        formatText = indexText.mid(colon + 1);
        indexText.truncate(colon);
    }
    const qsizetype comma = indexText.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        alignmentText = indexText.mid(comma + 1).trimmed();
        indexText.truncate(comma);
    }
    bool ok = false;
    const int index = indexText.trimmed().toInt(&ok);
    if (!ok || index < 0)
        return call.fail(0, QStringLiteral("format(): '{%1}' does not start with an argument number").arg(spec));
    if (index + 1 >= call.count())
        return call.fail(0, QStringLiteral("format(): '{%1}' refers to argument %2, but only %3 follow the format string")
                                .arg(spec)
                                .arg(index)
                                .arg(call.count() - 1));
    const ArmValue &value = call.at(index + 1);
    QString text;
    if (formatText.isEmpty()) {
        text = value.toDisplayString();
    } else if (value.isInteger()) {
        const QChar kind = formatText.at(0).toUpper();
        const QString digitsText = formatText.mid(1);
        int digits = 0;
        if (!digitsText.isEmpty()) {
            digits = digitsText.toInt(&ok);
            if (!ok || digits < 0 || digits > 99)
                return call.fail(0, QStringLiteral("format(): bad precision in '{%1}'").arg(spec));
        }
        const qint64 n = value.toInteger();
        if (kind == u'D') {
            text = QString::number(n < 0 ? -n : n).rightJustified(digits, QLatin1Char('0'));
            if (n < 0)
                text.prepend(QLatin1Char('-'));
        } else if (kind == u'X') {
            text = QString::number(quint64(n), 16).rightJustified(digits, QLatin1Char('0'));
            if (formatText.at(0) == u'X')
                text = text.toUpper();
        } else if (kind == u'N') {
            QLocale c(QLocale::C);
            c.setNumberOptions(QLocale::DefaultNumberOptions);
            text = c.toString(double(n), 'f', digitsText.isEmpty() ? 2 : digits);
        } else {
            return call.fail(0, QStringLiteral("format(): the format '%1' is not supported offline (D, N and X are)").arg(formatText));
        }
    } else {
        return call.fail(0, QStringLiteral("format(): '{%1}' has a format but argument %2 is %3, not an Integer")
                                .arg(spec)
                                .arg(index)
                                .arg(value.typeName()));
    }
    if (!alignmentText.isEmpty()) {
        const int width = alignmentText.toInt(&ok);
        if (!ok)
            return call.fail(0, QStringLiteral("format(): bad alignment in '{%1}'").arg(spec));
        text = width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
    }
    return text;
}

Result<ArmValue> format(ArmCall &call)
{
    Result<QString> pattern = call.string(0);
    if (!pattern.ok())
        return pattern.error();
    QString out;
    const QString &p = *pattern;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'{') {
            if (i + 1 < p.size() && p.at(i + 1) == u'{') {
                out += QLatin1Char('{');
                ++i;
                continue;
            }
            const qsizetype close = p.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return call.fail(0, QStringLiteral("format(): '{' at position %1 is not closed").arg(i));
            Result<QString> item = formatItem(call, p.mid(i + 1, close - i - 1));
            if (!item.ok())
                return item.error();
            out += *item;
            i = close;
        } else if (c == u'}') {
            if (i + 1 < p.size() && p.at(i + 1) == u'}') {
                out += QLatin1Char('}');
                ++i;
                continue;
            }
            return call.fail(0, QStringLiteral("format(): a single '}' at position %1 (write '}}')").arg(i));
        } else {
            out += c;
        }
    }
    return ArmValue::fromString(out);
}

Result<ArmValue> toLower(ArmCall &call)
{
    Result<QString> s = call.string(0);
    return s.ok() ? Result<ArmValue>(ArmValue::fromString(s->toLower())) : Result<ArmValue>(s.error());
}

Result<ArmValue> toUpper(ArmCall &call)
{
    Result<QString> s = call.string(0);
    return s.ok() ? Result<ArmValue>(ArmValue::fromString(s->toUpper())) : Result<ArmValue>(s.error());
}

Result<ArmValue> trim(ArmCall &call)
{
    Result<QString> s = call.string(0);
    return s.ok() ? Result<ArmValue>(ArmValue::fromString(s->trimmed())) : Result<ArmValue>(s.error());
}

Result<ArmValue> substring(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    Result<qint64> start = call.integer(1);
    if (!start.ok())
        return start.error();
    if (*start < 0 || *start > s->size())
        return call.fail(1, QStringLiteral("substring(): the start index %1 is outside the string (length %2)").arg(*start).arg(s->size()));
    qint64 length = s->size() - *start;
    if (call.count() > 2) {
        Result<qint64> given = call.integer(2);
        if (!given.ok())
            return given.error();
        if (*given < 0 || *start + *given > s->size())
            return call.fail(2, QStringLiteral("substring(): %1 characters from index %2 go past the end of the string (length %3)")
                                    .arg(*given)
                                    .arg(*start)
                                    .arg(s->size()));
        length = *given;
    }
    return ArmValue::fromString(s->mid(*start, length));
}

Result<ArmValue> replace(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    Result<QString> before = call.string(1);
    if (!before.ok())
        return before.error();
    Result<QString> after = call.string(2);
    if (!after.ok())
        return after.error();
    if (before->isEmpty())
        return call.fail(1, QStringLiteral("replace(): the text to replace is empty"));
    QString out = *s;
    out.replace(*before, *after, Qt::CaseSensitive);
    return ArmValue::fromString(out);
}

Result<ArmValue> split(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    QStringList delimiters;
    if (call.at(1).isString()) {
        delimiters.append(call.at(1).toString());
    } else if (call.at(1).isArray()) {
        for (const ArmValue &d : call.at(1).array()) {
            if (!d.isString())
                return call.fail(1, QStringLiteral("split(): every delimiter must be a String"));
            delimiters.append(d.toString());
        }
    } else {
        return call.wrongType(1, QStringLiteral("a String or an Array of Strings"));
    }
    ArmArray parts;
    QString current;
    const QString &text = *s;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype matched = 0;
        for (const QString &d : std::as_const(delimiters)) {
            if (!d.isEmpty() && QStringView(text).mid(i).startsWith(d)) {
                matched = d.size();
                break;
            }
        }
        if (matched > 0) {
            parts.append(ArmValue::fromString(current));
            current.clear();
            i += matched;
        } else {
            current += text.at(i);
            ++i;
        }
    }
    parts.append(ArmValue::fromString(current));
    return ArmValue::fromArray(std::move(parts));
}

Result<ArmValue> startsWith(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    Result<QString> prefix = call.string(1);
    if (!prefix.ok())
        return prefix.error();
    return ArmValue::fromBool(s->startsWith(*prefix, Qt::CaseInsensitive));
}

Result<ArmValue> endsWith(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    Result<QString> suffix = call.string(1);
    if (!suffix.ok())
        return suffix.error();
    return ArmValue::fromBool(s->endsWith(*suffix, Qt::CaseInsensitive));
}

Result<ArmValue> padLeft(ArmCall &call)
{
    const ArmValue &v = call.at(0);
    if (!v.isString() && !v.isInteger())
        return call.wrongType(0, QStringLiteral("a String or an Integer"));
    Result<qint64> width = call.integer(1);
    if (!width.ok())
        return width.error();
    if (*width < 0 || *width > 16 * 1024)
        return call.fail(1, QStringLiteral("padLeft(): the total length must be between 0 and 16384"));
    QChar fill = QLatin1Char(' ');
    if (call.count() > 2) {
        Result<QString> f = call.string(2);
        if (!f.ok())
            return f.error();
        if (f->size() != 1)
            return call.fail(2, QStringLiteral("padLeft(): the padding must be one character, not '%1'").arg(*f));
        fill = f->at(0);
    }
    return ArmValue::fromString(v.toDisplayString().rightJustified(*width, fill));
}

Result<ArmValue> toStringValue(ArmCall &call) { return ArmValue::fromString(call.at(0).toDisplayString()); }

Result<QStringList> stringArguments(ArmCall &call)
{
    QStringList parts;
    for (int i = 0; i < call.count(); ++i) {
        Result<QString> s = call.string(i);
        if (!s.ok())
            return s.error();
        parts.append(*s);
    }
    return parts;
}

Result<ArmValue> uniqueString(ArmCall &call)
{
    Result<QStringList> parts = stringArguments(call);
    return parts.ok() ? Result<ArmValue>(ArmValue::fromString(ArmHash::uniqueString(*parts))) : Result<ArmValue>(parts.error());
}

Result<ArmValue> guid(ArmCall &call)
{
    Result<QStringList> parts = stringArguments(call);
    return parts.ok() ? Result<ArmValue>(ArmValue::fromString(ArmHash::guid(*parts))) : Result<ArmValue>(parts.error());
}

Result<ArmValue> base64(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    return ArmValue::fromString(QString::fromLatin1(s->toUtf8().toBase64()));
}

Result<ArmValue> base64ToString(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    const auto decoded = QByteArray::fromBase64Encoding(s->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return call.fail(0, QStringLiteral("base64ToString(): '%1' is not base64").arg(*s));
    return ArmValue::fromString(QString::fromUtf8(*decoded));
}

Result<ArmValue> json(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    // Wrapped in an array so that scalars ('5', 'null', '"text"') parse too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + s->toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return call.fail(0, QStringLiteral("json(): '%1' is not valid JSON").arg(*s));
    return ArmValue::fromJson(doc.array().at(0));
}

Result<ArmValue> uri(ArmCall &call)
{
    Result<QString> base = call.string(0);
    if (!base.ok())
        return base.error();
    Result<QString> relative = call.string(1);
    if (!relative.ok())
        return relative.error();
    const QUrl baseUrl(*base, QUrl::StrictMode);
    if (!baseUrl.isValid() || baseUrl.isRelative())
        return call.fail(0, QStringLiteral("uri(): '%1' is not an absolute URI").arg(*base));
    return ArmValue::fromString(baseUrl.resolved(QUrl(*relative)).toString());
}

Result<ArmValue> uriComponent(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    return ArmValue::fromString(QString::fromLatin1(QUrl::toPercentEncoding(*s)));
}

Result<ArmValue> uriComponentToString(ArmCall &call)
{
    Result<QString> s = call.string(0);
    if (!s.ok())
        return s.error();
    return ArmValue::fromString(QUrl::fromPercentEncoding(s->toLatin1()));
}

}  // namespace

QList<ArmFunction> ArmStringFunctions::functions()
{
    return {
        {QStringLiteral("concat"), 1, -1, concat, Kind::Pure},
        {QStringLiteral("format"), 1, -1, format, Kind::Pure},
        {QStringLiteral("toLower"), 1, 1, toLower, Kind::Pure},
        {QStringLiteral("toUpper"), 1, 1, toUpper, Kind::Pure},
        {QStringLiteral("trim"), 1, 1, trim, Kind::Pure},
        {QStringLiteral("substring"), 2, 3, substring, Kind::Pure},
        {QStringLiteral("replace"), 3, 3, replace, Kind::Pure},
        {QStringLiteral("split"), 2, 2, split, Kind::Pure},
        {QStringLiteral("startsWith"), 2, 2, startsWith, Kind::Pure},
        {QStringLiteral("endsWith"), 2, 2, endsWith, Kind::Pure},
        {QStringLiteral("padLeft"), 2, 3, padLeft, Kind::Pure},
        {QStringLiteral("string"), 1, 1, toStringValue, Kind::Pure},
        {QStringLiteral("uniqueString"), 1, -1, uniqueString, Kind::Pure},
        {QStringLiteral("guid"), 1, -1, guid, Kind::Pure},
        {QStringLiteral("base64"), 1, 1, base64, Kind::Pure},
        {QStringLiteral("base64ToString"), 1, 1, base64ToString, Kind::Pure},
        {QStringLiteral("json"), 1, 1, json, Kind::Pure},
        {QStringLiteral("uri"), 2, 2, uri, Kind::Pure},
        {QStringLiteral("uriComponent"), 1, 1, uriComponent, Kind::Pure},
        {QStringLiteral("uriComponentToString"), 1, 1, uriComponentToString, Kind::Pure},
    };
}

}  // namespace mlops::infra
