#include "core/pipeline/expression/expressionformatter.h"

#include "core/pipeline/expression/expressionfunctions.h"

#include <QTimeZone>

#include <cstdlib>

namespace mlops::pipeline {

namespace {

ExpressionError plainError(QString message) { return ExpressionError{std::move(message), 0, {}, 0}; }

QString padded(qint64 number, int width) { return QString::number(number).rightJustified(width, QLatin1Char('0')); }

}  // namespace

std::optional<QDateTime> ExpressionFormatter::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A date needs at least yyyy-MM-dd; plain numbers are never dates.
    if (trimmed.size() < 10 || trimmed.at(4) != QLatin1Char('-'))
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

ExpressionResult<QString> ExpressionFormatter::formatDate(const QDateTime &dateTime, const QString &specifier)
{
    QString out;
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    qsizetype i = 0;
    while (i < specifier.size()) {
        const QChar c = specifier.at(i);
        qsizetype run = 1;
        while (i + run < specifier.size() && specifier.at(i + run) == c)
            ++run;
        const auto bad = [&]() {
            return plainError(QStringLiteral("The date format specifier '%1' is not supported in '%2'")
                                  .arg(specifier.mid(i, run), specifier));
        };
        switch (c.unicode()) {
        case 'y':
            if (run == 4)
                out += padded(date.year(), 4);
            else if (run == 2)
                out += padded(date.year() % 100, 2);
            else
                return bad();
            break;
        case 'M':
            if (run > 2)
                return bad();
            out += padded(date.month(), static_cast<int>(run));
            break;
        case 'd':
            if (run > 2)
                return bad();
            out += padded(date.day(), static_cast<int>(run));
            break;
        case 'H':
            if (run > 2)
                return bad();
            out += padded(time.hour(), static_cast<int>(run));
            break;
        case 'm':
            if (run > 2)
                return bad();
            out += padded(time.minute(), static_cast<int>(run));
            break;
        case 's':
            if (run > 2)
                return bad();
            out += padded(time.second(), static_cast<int>(run));
            break;
        case 'f': {
            if (run > 7)
                return bad();
            // Milliseconds are all the precision QTime keeps; more digits are zeros.
            const QString fraction = padded(time.msec(), 3) + QStringLiteral("0000");
            out += fraction.left(run);
            break;
        }
        case 'K': {
            if (run > 1)
                return bad();
            const int offset = dateTime.offsetFromUtc();
            const int minutes = std::abs(offset) / 60;
            out += (offset < 0 ? QStringLiteral("-") : QStringLiteral("+")) + padded(minutes / 60, 2)
                + QLatin1Char(':') + padded(minutes % 60, 2);
            break;
        }
        default:
            if (c.isLetter())
                return bad();
            out += QString(run, c);
            break;
        }
        i += run;
    }
    return out;
}

ExpressionResult<QString> ExpressionFormatter::format(const QList<ExpressionValue> &args)
{
    const auto pattern = args.at(0).toStringValue();
    if (!pattern)
        return plainError(ExpressionFunctions::conversionError(args.at(0), ExpressionValue::Kind::String));
    const QString &fmt = *pattern;
    const auto invalid = [&fmt](const QString &why) {
        return plainError(QStringLiteral("The format string '%1' is invalid: %2").arg(fmt.left(200), why));
    };
    QString out;
    qsizetype i = 0;
    while (i < fmt.size()) {
        const QChar c = fmt.at(i);
        if (c == QLatin1Char('}')) {
            if (i + 1 < fmt.size() && fmt.at(i + 1) == QLatin1Char('}')) {
                out += QLatin1Char('}');
                i += 2;
                continue;
            }
            return invalid(QStringLiteral("'}' at index %1 must be written '}}'").arg(i));
        }
        if (c != QLatin1Char('{')) {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < fmt.size() && fmt.at(i + 1) == QLatin1Char('{')) {
            out += QLatin1Char('{');
            i += 2;
            continue;
        }
        const qsizetype close = fmt.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return invalid(QStringLiteral("'{' at index %1 is not closed").arg(i));
        const QString inner = fmt.mid(i + 1, close - i - 1);
        const qsizetype colon = inner.indexOf(QLatin1Char(':'));
        const QString indexText = colon < 0 ? inner : inner.left(colon);
        const QString specifier = colon < 0 ? QString() : inner.mid(colon + 1);
        bool ok = indexText.size() <= 9 && !indexText.isEmpty();
        for (const QChar d : indexText)
            ok = ok && d >= QLatin1Char('0') && d <= QLatin1Char('9');
        const qsizetype index = ok ? indexText.toLongLong() : -1;
        if (!ok)
            return invalid(QStringLiteral("'{%1}' is not an argument index").arg(inner.left(50)));
        if (index + 1 >= args.size()) {
            return invalid(QStringLiteral("'{%1}' refers to argument %2 but %3 argument(s) were given")
                               .arg(inner.left(50))
                               .arg(index)
                               .arg(args.size() - 1));
        }
        const ExpressionValue &value = args.at(index + 1);
        if (specifier.isEmpty()) {
            out += value.toDisplayString();
        } else {
            const auto date = value.isString() ? parseDate(value.stringValue()) : std::nullopt;
            if (!date) {
                return invalid(QStringLiteral("the format specifier '%1' can only be applied to a date value")
                                   .arg(specifier.left(50)));
            }
            const auto text = formatDate(*date, specifier);
            if (!text)
                return text.error();
            out += *text;
        }
        if (out.size() > ExpressionFunctions::kMaxResultLength)
            return plainError(QStringLiteral("The result of 'format' exceeds the maximum length of %1 characters")
                                  .arg(ExpressionFunctions::kMaxResultLength));
        i = close + 1;
    }
    return out;
}

}  // namespace mlops::pipeline
