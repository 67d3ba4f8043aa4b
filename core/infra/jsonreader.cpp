#include "jsonreader.h"

#include "core/common/textposition.h"

#include <QFile>

#include <algorithm>

namespace mlops::infra {

namespace {

constexpr int kMaxDepth = 256;

struct ParseFailure {
    qsizetype offset = 0;
    QString message;
};

// The byte offset of the first invalid UTF-8 sequence in `data`, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

class Parser {
public:
    Parser(const QString &text, Diagnostics &warnings, const JsonSource &source)
        : m_text(text), m_warnings(warnings), m_source(source)
    {
    }

    bool parseDocument(JsonNode &root)
    {
        skipSpace();
        if (failed())
            return false;
        if (atEnd())
            return fail(m_pos, QStringLiteral("the file is empty: expected a JSON value"));
        if (!parseValue(root, 0))
            return false;
        skipSpace();
        if (failed())
            return false;
        if (!atEnd())
            return fail(m_pos, QStringLiteral("unexpected '%1' after the JSON value").arg(m_text.at(m_pos)));
        return true;
    }

    const ParseFailure &failure() const { return m_failure; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool failed() const { return !m_failure.message.isEmpty(); }

    bool fail(qsizetype offset, const QString &message)
    {
        if (!failed())
            m_failure = ParseFailure{offset, message};
        return false;
    }

    void setPosition(JsonNode &node, qsizetype offset) const
    {
        node.offset = offset;
        const Diagnostic d = m_source.at(node, QString());
        node.line = d.line;
        node.column = d.column;
    }

    // Skips white space and comments; an unterminated block comment is a failure.
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos);
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                ++m_pos;
            } else if (c == u'/' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'/') {
                while (!atEnd() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c == u'/' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'*') {
                const qsizetype end = m_text.indexOf(QStringLiteral("*/"), m_pos + 2);
                if (end < 0) {
                    fail(m_pos, QStringLiteral("unterminated comment"));
                    m_pos = m_text.size();
                    return;
                }
                m_pos = end + 2;
            } else {
                return;
            }
        }
    }

    bool parseValue(JsonNode &node, int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_pos, QStringLiteral("the JSON is nested more than %1 levels deep").arg(kMaxDepth));
        setPosition(node, m_pos);
        const QChar c = peek();
        if (c == u'{')
            return parseObject(node, depth);
        if (c == u'[')
            return parseArray(node, depth);
        if (c == u'"') {
            node.type = JsonNode::Type::String;
            return parseString(node.string);
        }
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return parseNumber(node);
        if (c.isLetter()) {
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text.at(end).isLetterOrNumber())
                ++end;
            const QString word = m_text.mid(m_pos, end - m_pos);
            if (word == QLatin1String("true") || word == QLatin1String("false")) {
                node.type = JsonNode::Type::Bool;
                node.boolean = word == QLatin1String("true");
            } else if (word == QLatin1String("null")) {
                node.type = JsonNode::Type::Null;
            } else {
                return fail(m_pos, QStringLiteral("unexpected '%1': expected a value (strings are written in double quotes)").arg(word));
            }
            m_pos = end;
            return true;
        }
        if (c == u'\'')
            return fail(m_pos, QStringLiteral("strings are written in double quotes, not single quotes"));
        return fail(m_pos, QStringLiteral("unexpected '%1': expected a value").arg(c));
    }

    bool parseObject(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Object;
        const qsizetype open = m_pos;
        ++m_pos;  // {
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (failed())
                return false;
            if (atEnd())
                return fail(open, QStringLiteral("this object is not closed: expected '}'"));
            if (peek() == u'}')
                return fail(m_pos, QStringLiteral("trailing comma before '}'"));
            if (peek() != u'"')
                return fail(m_pos, QStringLiteral("expected a member name in double quotes"));
            JsonNode member;
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (peek() != u':')
                return fail(m_pos, QStringLiteral("expected ':' after the member name \"%1\"").arg(key));
            ++m_pos;
            skipSpace();
            if (failed())
                return false;
            if (atEnd())
                return fail(m_pos, QStringLiteral("expected a value for \"%1\"").arg(key));
            if (!parseValue(member, depth + 1))
                return false;
            JsonNode keyNode;
            setPosition(keyNode, keyOffset);
            member.key = key;
            member.keyLine = keyNode.line;
            member.keyColumn = keyNode.column;
            for (const JsonNode &previous : node.children) {
                if (previous.key.compare(key, Qt::CaseInsensitive) == 0) {
                    Diagnostic warning = m_source.at(keyNode, QStringLiteral("duplicate member \"%1\" (also on line %2); the last one is used")
                                                                  .arg(key)
                                                                  .arg(previous.keyLine),
                                                     Diagnostic::Severity::Warning);
                    m_warnings.append(warning);
                    break;
                }
            }
            node.children.push_back(std::move(member));
            skipSpace();
            if (failed())
                return false;
            const QChar c = peek();
            if (c == u',') {
                ++m_pos;
                continue;
            }
            if (c == u'}') {
                ++m_pos;
                return true;
            }
            if (atEnd())
                return fail(open, QStringLiteral("this object is not closed: expected '}'"));
            return fail(m_pos, QStringLiteral("expected ',' or '}' after the value of \"%1\"").arg(key));
        }
    }

    bool parseArray(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Array;
        const qsizetype open = m_pos;
        ++m_pos;  // [
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (failed())
                return false;
            if (atEnd())
                return fail(open, QStringLiteral("this array is not closed: expected ']'"));
            if (peek() == u']')
                return fail(m_pos, QStringLiteral("trailing comma before ']'"));
            JsonNode item;
            if (!parseValue(item, depth + 1))
                return false;
            node.children.push_back(std::move(item));
            skipSpace();
            if (failed())
                return false;
            const QChar c = peek();
            if (c == u',') {
                ++m_pos;
                continue;
            }
            if (c == u']') {
                ++m_pos;
                return true;
            }
            if (atEnd())
                return fail(open, QStringLiteral("this array is not closed: expected ']'"));
            return fail(m_pos, QStringLiteral("expected ',' or ']' after an array item"));
        }
    }

    static int hexValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    }

    bool parseString(QString &out)
    {
        const qsizetype open = m_pos;
        ++m_pos;  // "
        for (;;) {
            if (atEnd())
                return fail(open, QStringLiteral("this string is not closed: expected '\"'"));
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\n' || c == u'\r')
                return fail(m_pos, QStringLiteral("line break inside a string (write \\n)"));
            if (c.unicode() < 0x20)
                return fail(m_pos, QStringLiteral("control character U+%1 inside a string").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            if (c != u'\\') {
                out.append(c);
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return fail(open, QStringLiteral("this string is not closed: expected '\"'"));
            const QChar e = m_text.at(m_pos + 1);
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                out.append(e);
                break;
            case u'b':
                out.append(QChar(u'\b'));
                break;
            case u'f':
                out.append(QChar(u'\f'));
                break;
            case u'n':
                out.append(QChar(u'\n'));
                break;
            case u'r':
                out.append(QChar(u'\r'));
                break;
            case u't':
                out.append(QChar(u'\t'));
                break;
            case u'u': {
                int code = 0;
                for (int k = 0; k < 4; ++k) {
                    const qsizetype at = m_pos + 2 + k;
                    const int digit = at < m_text.size() ? hexValue(m_text.at(at)) : -1;
                    if (digit < 0)
                        return fail(m_pos, QStringLiteral("\\u must be followed by four hexadecimal digits"));
                    code = code * 16 + digit;
                }
                out.append(QChar(char16_t(code)));
                m_pos += 4;
                break;
            }
            default:
                return fail(m_pos, QStringLiteral("unknown escape '\\%1' inside a string").arg(e));
            }
            m_pos += 2;
        }
    }

    bool parseNumber(JsonNode &node)
    {
        node.type = JsonNode::Type::Number;
        const qsizetype start = m_pos;
        auto digits = [&] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= u'0' && peek() <= u'9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == u'-')
            ++m_pos;
        if (peek() == u'0') {
            ++m_pos;
            if (peek() >= u'0' && peek() <= u'9')
                return fail(start, QStringLiteral("numbers do not start with 0"));
        } else if (digits() == 0) {
            return fail(start, QStringLiteral("expected digits after '-'"));
        }
        bool integral = true;
        if (peek() == u'.') {
            ++m_pos;
            integral = false;
            if (digits() == 0)
                return fail(m_pos, QStringLiteral("expected digits after the decimal point"));
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_pos;
            integral = false;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            if (digits() == 0)
                return fail(m_pos, QStringLiteral("expected digits in the exponent"));
        }
        if (!atEnd() && (peek().isLetterOrNumber() || peek() == u'.'))
            return fail(m_pos, QStringLiteral("unexpected '%1' in a number").arg(peek()));
        const QString text = m_text.mid(start, m_pos - start);
        bool ok = false;
        node.number = text.toDouble(&ok);
        if (integral) {
            bool fits = false;
            node.integer = text.toLongLong(&fits);
            node.isInteger = fits;
        }
        return true;
    }

    const QString &m_text;
    Diagnostics &m_warnings;
    const JsonSource &m_source;
    qsizetype m_pos = 0;
    ParseFailure m_failure;
};

}  // namespace

Diagnostic JsonSource::at(const JsonNode &node, const QString &message, Diagnostic::Severity severity) const
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = file;
    const auto it = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), node.offset);
    const qsizetype lineIndex = std::max<qsizetype>(0, (it - lineStarts.cbegin()) - 1);
    d.line = int(lineIndex + 1);
    d.column = int(node.offset - (lineStarts.empty() ? 0 : lineStarts.at(size_t(lineIndex))) + 1);
    return d;
}

Diagnostic JsonSource::at(const JsonNode &node, qsizetype index, const QString &message, Diagnostic::Severity severity) const
{
    Diagnostic d = at(node, message, severity);
    if (node.type != JsonNode::Type::String)
        return d;
    // Walk the raw text after the opening quote, one decoded character at a time.
    qsizetype raw = node.offset + 1;
    for (qsizetype decoded = 0; decoded < index && raw < text.size() && text.at(raw) != u'"'; ++decoded) {
        if (text.at(raw) == u'\\')
            raw += (raw + 1 < text.size() && text.at(raw + 1) == u'u') ? 6 : 2;
        else
            ++raw;
    }
    d.column += int(raw - node.offset);
    return d;
}

Result<JsonSource> JsonReader::read(const QByteArray &bytes, const QString &file, Diagnostic *problem)
{
    JsonSource source;
    source.file = file;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    auto failAt = [&](int line, int column, const QString &message) -> Error {
        Diagnostic d;
        d.file = file;
        d.line = line;
        d.column = column;
        d.message = message;
        if (problem)
            *problem = d;
        return makeError(ErrorCode::InvalidInput, d.toString());
    };

    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const QString where = lineColumnAt(data, bad);
        return failAt(where.section(QLatin1Char(':'), 0, 0).toInt(), where.section(QLatin1Char(':'), 1, 1).toInt(),
                      QStringLiteral("the file is not valid UTF-8"));
    }
    source.text = QString::fromUtf8(data);
    source.lineStarts.push_back(0);
    for (qsizetype i = 0; i < source.text.size(); ++i) {
        if (source.text.at(i) == u'\n')
            source.lineStarts.push_back(i + 1);
    }
    Parser parser(source.text, source.warnings, source);
    if (!parser.parseDocument(source.root)) {
        JsonNode at;
        at.offset = parser.failure().offset;
        const Diagnostic d = source.at(at, parser.failure().message);
        return failAt(d.line, d.column, d.message);
    }
    return source;
}

Result<JsonSource> JsonReader::readFile(const QString &path, Diagnostic *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic d;
        d.file = path;
        d.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        if (problem)
            *problem = d;
        return makeError(ErrorCode::Io, d.toString());
    }
    return read(file.readAll(), path, problem);
}

}  // namespace mlops::infra
