#include "core/pipeline/expression/expressionlexer.h"

namespace mlops::pipeline {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isKeywordStart(QChar c) { return isAsciiLetter(c) || c == QLatin1Char('_'); }
bool isKeywordChar(QChar c) { return isKeywordStart(c) || isAsciiDigit(c); }
// Characters that continue a number/version-like run ("1.2.3", "-minus", "0.9.o.9").
bool isRunChar(QChar c) { return isKeywordChar(c) || c == QLatin1Char('.') || c == QLatin1Char('-'); }

bool isNumberLiteral(const QString &text)
{
    // -?(digits[.digits*] | .digits)
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text.at(i) == QLatin1Char('-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isAsciiDigit(text.at(i))) {
        ++i;
        ++digits;
    }
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && isAsciiDigit(text.at(i))) {
            ++i;
            ++digits;
        }
    }
    return digits > 0 && i == n;
}

bool isVersionLiteral(const QString &text)
{
    // digits.digits.digits[.digits] (two or three dots)
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() < 3 || parts.size() > 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return false;
        for (const QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
    }
    return true;
}

}  // namespace

QList<ExpressionToken> ExpressionLexer::tokenize(const QString &expression)
{
    using Kind = ExpressionToken::Kind;
    QList<ExpressionToken> tokens;
    const qsizetype n = expression.size();
    qsizetype i = 0;
    const auto push = [&tokens](Kind kind, QString text, qsizetype start, QString value = {}) {
        tokens.append(ExpressionToken{kind, std::move(text), std::move(value), static_cast<int>(start) + 1});
    };
    while (i < n) {
        const QChar c = expression.at(i);
        const qsizetype start = i;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case '(': push(Kind::LeftParen, QString(c), start); ++i; continue;
        case ')': push(Kind::RightParen, QString(c), start); ++i; continue;
        case '[': push(Kind::LeftBracket, QString(c), start); ++i; continue;
        case ']': push(Kind::RightBracket, QString(c), start); ++i; continue;
        case ',': push(Kind::Comma, QString(c), start); ++i; continue;
        case '*': push(Kind::Star, QString(c), start); ++i; continue;
        default: break;
        }
        if (c == QLatin1Char('\'')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (expression.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && expression.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += expression.at(i);
                ++i;
            }
            const QString raw = expression.mid(start, i - start);
            push(closed ? Kind::String : Kind::Unexpected, raw, start, value);
            continue;
        }
        if (c == QLatin1Char('.')) {
            const Kind previous = tokens.isEmpty() ? Kind::End : tokens.constLast().kind;
            if (previous == Kind::Keyword || previous == Kind::RightParen || previous == Kind::RightBracket
                || previous == Kind::Star) {
                push(Kind::Dot, QString(c), start);
                ++i;
                continue;
            }
        }
        if (isKeywordStart(c)) {
            while (i < n && isKeywordChar(expression.at(i)))
                ++i;
            push(Kind::Keyword, expression.mid(start, i - start), start);
            continue;
        }
        if (isAsciiDigit(c) || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            while (i < n && isRunChar(expression.at(i)))
                ++i;
            const QString run = expression.mid(start, i - start);
            if (isNumberLiteral(run))
                push(Kind::Number, run, start);
            else if (isVersionLiteral(run))
                push(Kind::Version, run, start);
            else
                push(Kind::Unexpected, run, start);
            continue;
        }
        // Anything else (operators such as '+', '==', '!') is a single unexpected symbol.
        push(Kind::Unexpected, QString(c), start);
        ++i;
    }
    tokens.append(ExpressionToken{Kind::End, QString(), QString(), static_cast<int>(n) + 1});
    return tokens;
}

}  // namespace mlops::pipeline
