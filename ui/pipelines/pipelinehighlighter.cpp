#include "pipelinehighlighter.h"

#include <QRegularExpression>

namespace mlops::ui {

namespace {

// Block state: -1 = normal; >= 0 = inside a block scalar whose key is indented this much.
constexpr int kNormal = -1;

int indentOf(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

}  // namespace

PipelineHighlighter::PipelineHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void PipelineHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Hues are fixed, lightness follows the theme so text stays readable on its base.
    auto colour = [dark](int hue, int saturation) {
        return QColor::fromHsl(hue, saturation, dark ? 175 : 85);
    };
    auto set = [this](Kind kind, const QColor &c, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(c);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        f.setFontItalic(italic);
        m_formats[int(kind)] = f;
    };
    set(Kind::Key, colour(210, 160), true);
    set(Kind::String, colour(100, 140));
    set(Kind::Comment, palette.color(QPalette::PlaceholderText), false, true);
    set(Kind::Literal, colour(25, 200));
    set(Kind::TemplateExpression, colour(290, 170), true);
    set(Kind::RuntimeExpression, colour(180, 200), true);
    set(Kind::Macro, colour(340, 170));
    set(Kind::Anchor, colour(50, 160));
    m_formats[int(Kind::TemplateExpression)].setBackground(QColor::fromHsl(290, 120, dark ? 60 : 235));
    m_formats[int(Kind::RuntimeExpression)].setBackground(QColor::fromHsl(180, 120, dark ? 50 : 235));
    rehighlight();
}

QTextCharFormat PipelineHighlighter::format(Kind kind) const
{
    return m_formats[int(kind)];
}

void PipelineHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const int indent = indentOf(text);
    if (previous >= 0 && (isBlank(text) || indent > previous)) {
        // Content of a block scalar: a string, with expressions inside.
        setFormat(0, int(text.size()), format(Kind::String));
        highlightExpressions(text, 0, int(text.size()));
        setCurrentBlockState(previous);
        return;
    }
    setCurrentBlockState(kNormal);

    const int comment = commentStart(text, 0);
    const int end = comment >= 0 ? comment : int(text.size());
    if (comment >= 0)
        setFormat(comment, int(text.size()) - comment, format(Kind::Comment));
    if (text.left(end).trimmed().isEmpty())
        return;

    // Sequence dashes, then an optional `key:`.
    int pos = indent;
    while (pos + 1 < end && text.at(pos) == QLatin1Char('-') && text.at(pos + 1) == QLatin1Char(' ')) {
        pos += 2;
        while (pos < end && text.at(pos) == QLatin1Char(' '))
            ++pos;
    }
    static const QRegularExpression keyPattern(
        QStringLiteral(R"(\G(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|\$\{\{.*?\}\}|[^\s#'"\-{\[][^#]*?|-[^\s][^#]*?)\s*:(?=\s|$))"));
    const QRegularExpressionMatch key = keyPattern.match(text.left(end), pos);
    int valueStart = pos;
    int keyIndent = indent;
    if (key.hasMatch()) {
        setFormat(pos, int(key.capturedLength()) - 1, format(Kind::Key));
        keyIndent = pos == indent ? indent : pos;
        valueStart = int(key.capturedEnd());
    }
    highlightValue(text.left(end), valueStart);
    highlightExpressions(text, 0, end);

    // `key: |`, `key: >-`, `- |` … start a block scalar.
    static const QRegularExpression blockIndicator(QStringLiteral(R"((?:^|[\s:])[|>][-+0-9]*\s*$)"));
    const QString beforeComment = text.left(end);
    if (blockIndicator.match(beforeComment).hasMatch()) {
        // The scalar ends at the first line not indented deeper than the key (or than
        // the dash of `- |`).
        const bool dashOnly = !key.hasMatch() && pos > indent;
        setCurrentBlockState(dashOnly ? indent : keyIndent);
    }
}

void PipelineHighlighter::highlightValue(const QString &text, int from)
{
    int pos = from;
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    if (pos >= text.size())
        return;
    const QString value = text.mid(pos).trimmed();
    const QChar first = text.at(pos);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        setFormat(pos, int(text.size()) - pos, format(Kind::String));
        return;
    }
    if (first == QLatin1Char('&') || first == QLatin1Char('*')) {
        setFormat(pos, int(value.size()), format(Kind::Anchor));
        return;
    }
    static const QRegularExpression literal(QStringLiteral(
        R"(^(?:true|false|True|False|TRUE|FALSE|yes|no|null|Null|NULL|~|[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+)$)"));
    if (literal.match(value).hasMatch())
        setFormat(pos, int(value.size()), format(Kind::Literal));
}

void PipelineHighlighter::highlightExpressions(const QString &text, int from, int to)
{
    // `${{ … }}`, `$[ … ]`, `$( … )`; an unclosed expression runs to `to`.
    int pos = from;
    while (pos < to) {
        const int dollar = int(text.indexOf(QLatin1Char('$'), pos));
        if (dollar < 0 || dollar + 1 >= to)
            return;
        const QChar next = text.at(dollar + 1);
        QString close;
        Kind kind = Kind::Macro;
        if (next == QLatin1Char('{') && dollar + 2 < to && text.at(dollar + 2) == QLatin1Char('{')) {
            close = QStringLiteral("}}");
            kind = Kind::TemplateExpression;
        } else if (next == QLatin1Char('[')) {
            close = QStringLiteral("]");
            kind = Kind::RuntimeExpression;
        } else if (next == QLatin1Char('(')) {
            close = QStringLiteral(")");
            kind = Kind::Macro;
        } else {
            pos = dollar + 1;
            continue;
        }
        int end = int(text.indexOf(close, dollar + 2));
        end = (end < 0 || end >= to) ? to : end + int(close.size());
        setFormat(dollar, end - dollar, format(kind));
        pos = end;
    }
}

int PipelineHighlighter::commentStart(const QString &text, int from) const
{
    // `#` starts a comment at the line start or after whitespace, outside quotes and
    // outside expressions.
    QChar quote;
    int depth = 0;
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('{') || text.at(i + 1) == QLatin1Char('['))) {
            ++depth;
            ++i;
            continue;
        }
        if (depth > 0) {
            if (c == QLatin1Char('}') || c == QLatin1Char(']'))
                --depth;
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == QLatin1Char(':')
                || text.at(i - 1) == QLatin1Char('-') || text.at(i - 1) == QLatin1Char('['))) {
            quote = c;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace()))
            return i;
    }
    return -1;
}

}  // namespace mlops::ui
