#include "core/pipeline/yaml/yamlparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace mlops::pipeline {

namespace {

// Thrown by the event handler to stop yaml-cpp; caught in parse().
struct StopParsing {};

// Maps yaml-cpp marks (0-based line, byte column) to 1-based line and character column.
class PositionMap {
public:
    PositionMap(const QByteArray &bytes, QString file) : m_bytes(bytes), m_file(std::move(file))
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    SourcePos at(const YAML::Mark &mark) const
    {
        if (mark.is_null() || mark.line < 0)
            return SourcePos{m_file, 0, 0};
        const auto line = static_cast<std::size_t>(mark.line);
        if (line >= m_lineStarts.size())
            return SourcePos{m_file, mark.line + 1, mark.column + 1};
        // yaml-cpp counts bytes; editors count characters.
        const qsizetype start = m_lineStarts[line];
        const qsizetype len = qMin<qsizetype>(mark.column, m_bytes.size() - start);
        const int column = static_cast<int>(QString::fromUtf8(m_bytes.constData() + start, len).size()) + 1;
        return SourcePos{m_file, mark.line + 1, column};
    }

    SourcePos atOffset(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const auto line = static_cast<std::size_t>(it - m_lineStarts.begin()) - 1;
        const qsizetype start = m_lineStarts[line];
        const int column = static_cast<int>(QString::fromUtf8(m_bytes.constData() + start, offset - start).size()) + 1;
        return SourcePos{m_file, static_cast<int>(line) + 1, column};
    }

    char byteAt(int offset) const
    {
        return offset >= 0 && offset < m_bytes.size() ? m_bytes[offset] : '\0';
    }

    QByteArray line(int zeroBasedLine) const
    {
        if (zeroBasedLine < 0 || static_cast<std::size_t>(zeroBasedLine) >= m_lineStarts.size())
            return {};
        const qsizetype start = m_lineStarts[static_cast<std::size_t>(zeroBasedLine)];
        qsizetype end = m_bytes.indexOf('\n', start);
        if (end < 0)
            end = m_bytes.size();
        return m_bytes.mid(start, end - start);
    }

    // The anchor/alias name that starts at a byte offset.
    QString wordAt(int offset) const
    {
        qsizetype end = offset;
        while (end < m_bytes.size() && !QByteArrayView(" \t\r\n,]}").contains(m_bytes[end]))
            ++end;
        return QString::fromUtf8(m_bytes.mid(offset, end - offset));
    }

private:
    const QByteArray &m_bytes;
    QString m_file;
    std::vector<qsizetype> m_lineStarts;
};

// Builds YamlNodes from yaml-cpp events with an explicit stack.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const PositionMap &positions, Diagnostics &diagnostics)
        : m_positions(positions), m_diagnostics(diagnostics)
    {
    }

    std::optional<YamlNode> takeRoot() { return std::move(m_root); }

    // Where the (last) document started; unknown before OnDocumentStart.
    SourcePos documentStart() const { return m_documentStart; }

    void OnDocumentStart(const YAML::Mark &mark) override { m_documentStart = m_positions.at(mark); }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        const char c = m_positions.byteAt(mark.pos);
        if (c == '~' || c == 'n' || c == 'N') {
            add(YamlNode::null(m_positions.at(mark)));
            return;
        }
        // An empty value: yaml-cpp marks the token after it. Place it at its key instead, or
        // at the '-' of an empty sequence item.
        if (!m_stack.empty() && m_stack.back().kind == YamlNode::Kind::Mapping && m_stack.back().pendingKey) {
            add(YamlNode::null(m_stack.back().pendingKey->pos()));
            return;
        }
        int at = mark.pos - 1;
        while (at >= 0 && (m_positions.byteAt(at) == ' ' || m_positions.byteAt(at) == '\n' || m_positions.byteAt(at) == '\r'))
            --at;
        if (at >= 0 && m_positions.byteAt(at) == '-') {
            add(YamlNode::null(m_positions.atOffset(at)));
            return;
        }
        add(YamlNode::null(m_positions.at(mark)));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        error(m_positions.at(mark), QStringLiteral("YAML aliases (*%1) are not supported by Azure Pipelines; repeat "
                                                   "the content or use a template instead")
                                        .arg(m_positions.wordAt(mark.pos + 1)));
        add(YamlNode::null(m_positions.at(mark)));
    }

    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        error(m_positions.at(mark), QStringLiteral("YAML anchors (&%1) are not supported by Azure Pipelines; "
                                                   "use a template instead")
                                        .arg(QString::fromStdString(name)));
        m_anchorReported = true;
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(mark, anchor);
        YamlNode::Style style = YamlNode::Style::Plain;
        if (tag != "?") {
            switch (m_positions.byteAt(mark.pos)) {
            case '\'': style = YamlNode::Style::SingleQuoted; break;
            case '|': style = YamlNode::Style::Literal; break;
            case '>': style = YamlNode::Style::Folded; break;
            default: style = YamlNode::Style::DoubleQuoted; break;
            }
        }
        add(YamlNode::scalar(QString::fromStdString(value), m_positions.at(mark), style));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        push(YamlNode::Kind::Sequence, mark);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        push(YamlNode::Kind::Mapping, mark);
    }

    void OnMapEnd() override { pop(); }

private:
    struct Frame {
        YamlNode::Kind kind = YamlNode::Kind::Sequence;
        SourcePos pos;
        QList<YamlNode> items;
        QList<YamlPair> entries;
        std::optional<YamlNode> pendingKey;
        QHash<QString, int> keyLines;
    };

    void error(const SourcePos &pos, QString message)
    {
        m_diagnostics.append(diagnosticAt(pos, std::move(message)));
    }

    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        // OnAnchor already named it; this catches yaml-cpp versions that do not call it.
        if (anchor != YAML::NullAnchor && !m_anchorReported)
            error(m_positions.at(mark),
                  QStringLiteral("YAML anchors are not supported by Azure Pipelines; use a template instead"));
        m_anchorReported = false;
    }

    void push(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        if (static_cast<int>(m_stack.size()) >= YamlParser::kMaxDepth) {
            error(m_positions.at(mark), QStringLiteral("The YAML is nested more than %1 levels deep")
                                            .arg(YamlParser::kMaxDepth));
            throw StopParsing{};
        }
        Frame f;
        f.kind = kind;
        f.pos = m_positions.at(mark);
        m_stack.push_back(std::move(f));
    }

    void pop()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.kind == YamlNode::Kind::Sequence) {
            add(YamlNode::sequence(std::move(f.items), std::move(f.pos)));
        } else {
            if (f.pendingKey)  // cannot happen with a well-formed event stream
                f.entries.append({*f.pendingKey, YamlNode::null(f.pendingKey->pos())});
            add(YamlNode::mapping(std::move(f.entries), std::move(f.pos)));
        }
    }

    void add(YamlNode node)
    {
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame &f = m_stack.back();
        if (f.kind == YamlNode::Kind::Sequence) {
            f.items.append(std::move(node));
            return;
        }
        if (!f.pendingKey) {
            if (node.isScalar()) {
                const auto it = f.keyLines.constFind(node.text());
                if (it != f.keyLines.constEnd()) {
                    error(node.pos(), QStringLiteral("Duplicate key '%1' (first defined at line %2)")
                                          .arg(node.text())
                                          .arg(it.value()));
                } else {
                    f.keyLines.insert(node.text(), node.pos().line);
                }
            }
            f.pendingKey = std::move(node);
            return;
        }
        f.entries.append({std::move(*f.pendingKey), std::move(node)});
        f.pendingKey.reset();
    }

    const PositionMap &m_positions;
    Diagnostics &m_diagnostics;
    std::vector<Frame> m_stack;
    std::optional<YamlNode> m_root;
    SourcePos m_documentStart;
    bool m_anchorReported = false;
};

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

SourcePos posOfOffset(const QByteArray &bytes, qsizetype offset, const QString &file)
{
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    const int line = static_cast<int>(bytes.left(offset).count('\n')) + 1;
    const int column = static_cast<int>(QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size()) + 1;
    return SourcePos{file, line, column};
}

bool hasTabIndent(const QByteArray &line)
{
    for (char c : line) {
        if (c == '\t')
            return true;
        if (c != ' ')
            return false;
    }
    return false;
}

QString syntaxMessage(const YAML::ParserException &e, const PositionMap &positions)
{
    QString message = QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg));
    if (e.msg.find("anchor") != std::string::npos)
        message += QStringLiteral(" (YAML anchors and aliases are not supported by Azure Pipelines)");
    for (int l = e.mark.line; l >= 0 && l >= e.mark.line - 1; --l) {
        if (hasTabIndent(positions.line(l))) {
            message += QStringLiteral(" (line %1 is indented with a tab character; YAML indentation must use spaces)")
                           .arg(l + 1);
            break;
        }
    }
    return message;
}

}  // namespace

YamlParseResult YamlParser::parse(const QByteArray &input, const QString &fileName)
{
    YamlParseResult result;
    const SourcePos filePos{fileName, 0, 0};
    if (input.size() > kMaxFileBytes) {
        result.diagnostics.append(diagnosticAt(
            filePos, QStringLiteral("The YAML file is too large (%1 bytes; the limit is %2 bytes)")
                         .arg(input.size())
                         .arg(kMaxFileBytes)));
        return result;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        result.diagnostics.append(diagnosticAt(
            posOfOffset(bytes, nul, fileName),
            QStringLiteral("The file is not YAML text: it contains a NUL byte (binary file?)")));
        return result;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        result.diagnostics.append(diagnosticAt(
            posOfOffset(bytes, bad, fileName),
            QStringLiteral("The file is not valid UTF-8 (invalid byte 0x%1)")
                .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))));
        return result;
    }

    const PositionMap positions(bytes, fileName);
    std::istringstream stream(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    TreeBuilder builder(positions, result.diagnostics);
    try {
        YAML::Parser parser(stream);
        if (parser.HandleNextDocument(builder)) {
            if (auto root = builder.takeRoot())
                result.root = std::move(*root);
            // A second document is an error; parse it only to find where it starts.
            Diagnostics ignored;
            TreeBuilder second(positions, ignored);
            bool another = false;
            try {
                another = parser.HandleNextDocument(second);
            } catch (const StopParsing &) {
                another = true;  // too deep, but it is another document all the same
            }
            if (another) {
                result.diagnostics.append(diagnosticAt(
                    second.documentStart(), QStringLiteral("A pipeline file holds a single YAML document; another "
                                                           "document starts here")));
            }
        }
    } catch (const StopParsing &) {
        result.root = YamlNode();
    } catch (const YAML::ParserException &e) {
        result.diagnostics.append(diagnosticAt(positions.at(e.mark), syntaxMessage(e, positions)));
        result.root = YamlNode();
    } catch (const std::exception &e) {
        result.diagnostics.append(
            diagnosticAt(filePos, QStringLiteral("YAML could not be read: %1").arg(QString::fromUtf8(e.what()))));
        result.root = YamlNode();
    }
    return result;
}

YamlParseResult YamlParser::parseFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > kMaxFileBytes) {
        YamlParseResult result;
        result.diagnostics.append(diagnosticAt(
            SourcePos{path, 0, 0}, QStringLiteral("The YAML file is too large (%1 bytes; the limit is %2 bytes)")
                                       .arg(info.size())
                                       .arg(kMaxFileBytes)));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        YamlParseResult result;
        result.diagnostics.append(diagnosticAt(
            SourcePos{path, 0, 0}, QStringLiteral("Cannot read the file: %1").arg(file.errorString())));
        return result;
    }
    return parse(file.readAll(), path);
}

}  // namespace mlops::pipeline
