#include "core/pipeline/yaml/yamlwriter.h"

namespace mlops::pipeline {

namespace {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF;
}

bool needsDoubleQuotes(const QString &text)
{
    for (QChar c : text) {
        if (isControl(c) || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

bool isSafePlain(const QString &t)
{
    if (t.isEmpty())
        return false;
    if (t.front().isSpace() || t.back().isSpace())
        return false;
    static const QString nullWords[] = {QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                        QStringLiteral("NULL")};
    for (const QString &w : nullWords) {
        if (t == w)
            return false;
    }
    const QChar first = t.front();
    if (QStringLiteral(",[]{}#&*!|>'\"%@`").contains(first))
        return false;
    if (first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':')) {
        if (t.size() == 1 || t[1].isSpace())
            return false;
        if (t.startsWith(QLatin1String("---")))
            return false;
    }
    if (t.startsWith(QLatin1String("...")))
        return false;
    if (t.back() == QLatin1Char(':'))
        return false;
    if (t.contains(QLatin1String(": ")) || t.contains(QLatin1String(":\t")) || t.contains(QLatin1String(" #"))
        || t.contains(QLatin1String("\t#")))
        return false;
    return !needsDoubleQuotes(t);
}

QString doubleQuoted(const QString &t)
{
    QString out = QStringLiteral("\"");
    for (QChar c : t) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'\0': out += QStringLiteral("\\0"); break;
        default:
            if (isControl(c))
                out += QStringLiteral("\\u%1").arg(static_cast<unsigned>(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString singleQuoted(const QString &t)
{
    QString escaped = t;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A literal block is possible when the text has several lines, no control characters
// other than tab/newline, is not only whitespace, and its first non-empty line does not
// start with whitespace (which would need an indentation indicator).
bool canBeLiteralBlock(const QString &t)
{
    if (!t.contains(QLatin1Char('\n')) || t.trimmed().isEmpty())
        return false;
    for (QChar c : t) {
        if (c != QLatin1Char('\n') && isControl(c))
            return false;
    }
    const QStringList lines = t.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        return !line.front().isSpace();  // also rejects all-space lines before the first text
    }
    return false;
}

class Writer {
public:
    QString out;

    void writeRoot(const YamlNode &root)
    {
        switch (root.kind()) {
        case YamlNode::Kind::Null: return;
        case YamlNode::Kind::Scalar:
            writeScalarValue(root, 0, true);
            return;
        case YamlNode::Kind::Sequence:
            if (root.items().isEmpty())
                out += QStringLiteral("[]\n");
            else
                writeSequence(root, 0, false);
            return;
        case YamlNode::Kind::Mapping:
            if (root.entries().isEmpty())
                out += QStringLiteral("{}\n");
            else
                writeMapping(root, 0, false);
            return;
        }
    }

private:
    void indent(int n) { out += QString(n, QLatin1Char(' ')); }

    // Writes " value\n" (or a block) after a "key:" or "-" prefix that is already written.
    // `indent` is the indentation of the line holding the prefix.
    void writeScalarValue(const YamlNode &scalar, int blockIndent, bool atRoot)
    {
        const QString &t = scalar.text();
        const QString sep = atRoot ? QString() : QStringLiteral(" ");
        if (t.contains(QLatin1Char('\n')) && canBeLiteralBlock(t)) {
            qsizetype trailing = 0;
            while (trailing < t.size() && t[t.size() - 1 - trailing] == QLatin1Char('\n'))
                ++trailing;
            const QString chomp = trailing == 0 ? QStringLiteral("-") : trailing == 1 ? QString() : QStringLiteral("+");
            out += sep + QLatin1Char('|') + chomp + QLatin1Char('\n');
            const QString body = trailing == 0 ? t : t.left(t.size() - 1);
            const QStringList lines = body.split(QLatin1Char('\n'));
            const int contentIndent = atRoot ? 2 : blockIndent + 2;
            for (const QString &line : lines) {
                if (!line.isEmpty())
                    indent(contentIndent);
                out += line + QLatin1Char('\n');
            }
            return;
        }
        out += sep + YamlWriter::scalarText(scalar) + QLatin1Char('\n');
    }

    void writeKey(const YamlNode &key, int ind)
    {
        if (key.isNull()) {
            out += QLatin1Char('~');  // a null key (never meaningful in a pipeline)
            return;
        }
        if (key.isScalar() && !key.text().contains(QLatin1Char('\n'))) {
            out += YamlWriter::scalarText(key);
            return;
        }
        // Explicit key: "? <node>" then ":" on its own line.
        out += QLatin1Char('?');
        writeItemBody(key, ind);
        indent(ind);
    }

    void writeMapping(const YamlNode &map, int ind, bool firstInline)
    {
        bool first = true;
        for (const YamlPair &entry : map.entries()) {
            if (!(first && firstInline))
                indent(ind);
            first = false;
            writeKey(entry.first, ind);
            out += QLatin1Char(':');
            const YamlNode &v = entry.second;
            switch (v.kind()) {
            case YamlNode::Kind::Null: out += QLatin1Char('\n'); break;
            case YamlNode::Kind::Scalar: writeScalarValue(v, ind, false); break;
            case YamlNode::Kind::Sequence:
                if (v.items().isEmpty()) {
                    out += QStringLiteral(" []\n");
                } else {
                    out += QLatin1Char('\n');
                    writeSequence(v, ind, false);
                }
                break;
            case YamlNode::Kind::Mapping:
                if (v.entries().isEmpty()) {
                    out += QStringLiteral(" {}\n");
                } else {
                    out += QLatin1Char('\n');
                    writeMapping(v, ind + 2, false);
                }
                break;
            }
        }
    }

    // Writes what follows a "-" (or "?") already written at column `ind`.
    void writeItemBody(const YamlNode &item, int ind)
    {
        switch (item.kind()) {
        case YamlNode::Kind::Null: out += QLatin1Char('\n'); break;
        case YamlNode::Kind::Scalar: writeScalarValue(item, ind, false); break;
        case YamlNode::Kind::Sequence:
            if (item.items().isEmpty()) {
                out += QStringLiteral(" []\n");
            } else {
                out += QLatin1Char(' ');
                writeSequence(item, ind + 2, true);
            }
            break;
        case YamlNode::Kind::Mapping:
            if (item.entries().isEmpty()) {
                out += QStringLiteral(" {}\n");
            } else {
                out += QLatin1Char(' ');
                writeMapping(item, ind + 2, true);
            }
            break;
        }
    }

    void writeSequence(const YamlNode &seq, int ind, bool firstInline)
    {
        bool first = true;
        for (const YamlNode &item : seq.items()) {
            if (!(first && firstInline))
                indent(ind);
            first = false;
            out += QLatin1Char('-');
            writeItemBody(item, ind);
        }
    }
};

}  // namespace

QString YamlWriter::scalarText(const YamlNode &scalar)
{
    const QString &t = scalar.text();
    if (scalar.isPlain() && isSafePlain(t))
        return t;
    if (needsDoubleQuotes(t))
        return doubleQuoted(t);
    return singleQuoted(t);
}

QString YamlWriter::write(const YamlNode &root)
{
    Writer w;
    w.writeRoot(root);
    return w.out;
}

}  // namespace mlops::pipeline
