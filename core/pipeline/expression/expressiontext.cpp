#include "core/pipeline/expression/expressiontext.h"

#include "core/pipeline/expression/expressionfunctions.h"

namespace mlops::pipeline {

namespace {

const QString kOpen = QStringLiteral("${{");

ExpressionError placed(ExpressionError error, int innerOffset)
{
    // innerOffset: 0-based offset of the expression body in the whole text.
    error.textColumn = error.column > 0 ? innerOffset + error.column : innerOffset + 1;
    return error;
}

}  // namespace

bool ExpressionText::containsTemplateExpression(const QString &text) { return text.contains(kOpen); }

std::optional<QString> ExpressionText::runtimeExpression(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 3 || !trimmed.startsWith(QStringLiteral("$[")) || !trimmed.endsWith(QLatin1Char(']')))
        return std::nullopt;
    return trimmed.mid(2, trimmed.size() - 3);
}

ExpressionResult<ExpressionText> ExpressionText::parse(const QString &text, const ExpressionParseOptions &options)
{
    ExpressionText result;
    result.m_text = text;
    qsizetype pos = 0;
    QString literal;
    int literalStart = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(kOpen, pos);
        if (open < 0) {
            literal += text.mid(pos);
            break;
        }
        literal += text.mid(pos, open - pos);
        // Find the closing "}}" outside quoted strings.
        const qsizetype bodyStart = open + kOpen.size();
        qsizetype i = bodyStart;
        bool inString = false;
        qsizetype close = -1;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\'')) {
                inString = !inString;
            } else if (!inString && c == QLatin1Char('}') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                close = i;
                break;
            }
            ++i;
        }
        if (close < 0) {
            ExpressionError error{QStringLiteral("The expression is not closed: expected '}}'"), 0,
                                  text.mid(bodyStart).left(200), 0};
            error.textColumn = static_cast<int>(open) + 1;
            return error;
        }
        if (!literal.isEmpty()) {
            result.m_pieces.append(Piece{literal, std::nullopt, literalStart});
            literal.clear();
        }
        const QString body = text.mid(bodyStart, close - bodyStart);
        auto parsed = Expression::parse(body, options);
        if (!parsed)
            return placed(parsed.error(), static_cast<int>(bodyStart));
        result.m_pieces.append(Piece{QString(), std::move(parsed).value(), static_cast<int>(open)});
        pos = close + 2;
        literalStart = static_cast<int>(pos);
    }
    if (!literal.isEmpty() || result.m_pieces.isEmpty())
        result.m_pieces.append(Piece{literal, std::nullopt, literalStart});
    return result;
}

ExpressionResult<ExpressionValue> ExpressionText::evaluate(const QString &text, const ExpressionParseOptions &options,
                                                           const ExpressionContext &context)
{
    auto parsed = parse(text, options);
    if (!parsed)
        return parsed.error();
    return parsed->evaluate(context);
}

bool ExpressionText::hasExpressions() const
{
    for (const Piece &piece : m_pieces) {
        if (piece.expression)
            return true;
    }
    return false;
}

bool ExpressionText::isWholeExpression() const
{
    return m_pieces.size() == 1 && m_pieces.constFirst().expression.has_value();
}

ExpressionResult<ExpressionValue> ExpressionText::evaluate(const ExpressionContext &context) const
{
    if (isWholeExpression()) {
        auto value = m_pieces.constFirst().expression->evaluate(context);
        if (!value)
            return placed(value.error(), m_pieces.constFirst().offset + static_cast<int>(kOpen.size()));
        return value;
    }
    QString out;
    for (const Piece &piece : m_pieces) {
        if (!piece.expression) {
            out += piece.literal;
            continue;
        }
        const int bodyOffset = piece.offset + static_cast<int>(kOpen.size());
        auto value = piece.expression->evaluate(context);
        if (!value)
            return placed(value.error(), bodyOffset);
        const auto text = value->toStringValue();
        if (!text) {
            ExpressionError error{ExpressionFunctions::conversionError(value.value(), ExpressionValue::Kind::String)
                                      + QStringLiteral(" Use convertToJson() to embed it in text."),
                                  1, piece.expression->text(), 0};
            return placed(error, bodyOffset);
        }
        out += *text;
        if (out.size() > ExpressionFunctions::kMaxResultLength) {
            return ExpressionError{QStringLiteral("The interpolated text exceeds the maximum length of %1 characters")
                                       .arg(ExpressionFunctions::kMaxResultLength),
                                   0, QString(), 0};
        }
    }
    return ExpressionValue::string(out);
}

}  // namespace mlops::pipeline
