#include "core/pipeline/expand/templatedirective.h"

#include <QRegularExpression>

namespace mlops::pipeline {

QString TemplateDirective::kindName(Kind kind)
{
    switch (kind) {
    case Kind::If: return QStringLiteral("if");
    case Kind::ElseIf: return QStringLiteral("elseif");
    case Kind::Else: return QStringLiteral("else");
    case Kind::Each: return QStringLiteral("each");
    case Kind::Insert: return QStringLiteral("insert");
    }
    return QString();
}

std::optional<TemplateDirective> TemplateDirective::parse(const YamlNode &node)
{
    if (!node.isScalar())
        return std::nullopt;
    return parse(node.text());
}

std::optional<TemplateDirective> TemplateDirective::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("${{")) || !trimmed.endsWith(QLatin1String("}}")))
        return std::nullopt;
    const int start = static_cast<int>(text.indexOf(QLatin1String("${{"))) + 3;
    const int end = static_cast<int>(text.lastIndexOf(QLatin1String("}}")));
    if (end < start)
        return std::nullopt;
    const QString body = text.mid(start, end - start);
    static const QRegularExpression head(QStringLiteral("^\\s*(if|elseif|else|each|insert)(?=[\\s(]|$)"));
    const QRegularExpressionMatch match = head.match(body);
    if (!match.hasMatch())
        return std::nullopt;
    TemplateDirective d;
    const QString word = match.captured(1);
    const int restStart = static_cast<int>(match.capturedEnd(1));
    const QString rest = body.mid(restStart);
    const int restOffset = start + restStart;
    if (word == QLatin1String("if") || word == QLatin1String("elseif")) {
        d.kind = word == QLatin1String("if") ? Kind::If : Kind::ElseIf;
        d.expression = rest;
        d.expressionOffset = restOffset;
        if (rest.trimmed().isEmpty())
            d.error = QStringLiteral("'%1' needs a condition").arg(word);
    } else if (word == QLatin1String("else") || word == QLatin1String("insert")) {
        d.kind = word == QLatin1String("else") ? Kind::Else : Kind::Insert;
        if (!rest.trimmed().isEmpty())
            d.error = QStringLiteral("Unexpected text after '%1': '%2'").arg(word, rest.trimmed());
    } else {
        d.kind = Kind::Each;
        static const QRegularExpression each(QStringLiteral("^\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+in(?=[\\s(])"));
        const QRegularExpressionMatch m = each.match(rest);
        if (!m.hasMatch()) {
            d.error = QStringLiteral("Expected 'each <name> in <expression>'");
        } else {
            d.variable = m.captured(1);
            d.expression = rest.mid(m.capturedEnd(0));
            d.expressionOffset = restOffset + static_cast<int>(m.capturedEnd(0));
            if (d.expression.trimmed().isEmpty())
                d.error = QStringLiteral("'each' needs a collection after 'in'");
        }
    }
    // Point at the first character of the expression, not at the blank before it.
    while (!d.expression.isEmpty() && d.expression.front().isSpace()) {
        d.expression.remove(0, 1);
        ++d.expressionOffset;
    }
    return d;
}

SourcePos TemplateDirective::positionIn(const YamlNode &scalar, int offset)
{
    SourcePos pos = scalar.pos();
    if (!pos.isKnown())
        return pos;
    const QString &text = scalar.text();
    offset = qBound(0, offset, static_cast<int>(text.size()));
    const QStringView before = QStringView(text).left(offset);
    const qsizetype newlines = before.count(QLatin1Char('\n'));
    const bool quoted = scalar.style() == YamlNode::Style::SingleQuoted
        || scalar.style() == YamlNode::Style::DoubleQuoted;
    const bool block = scalar.style() == YamlNode::Style::Literal || scalar.style() == YamlNode::Style::Folded;
    if (newlines == 0 && !block) {
        pos.column += offset + (quoted ? 1 : 0);
        return pos;
    }
    pos.line += static_cast<int>(newlines) + (block ? 1 : 0);
    pos.column = offset - static_cast<int>(before.lastIndexOf(QLatin1Char('\n'))) + (block ? pos.column + 1 : 0);
    return pos;
}

}  // namespace mlops::pipeline
