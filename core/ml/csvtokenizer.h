#pragma once
// CsvTokenizer: splits delimited text into fields, one at a time, tracking the physical
// line of every field (internal to CsvReader; inline because it is the hot loop).
// RFC 4180 quoting: a field that starts with '"' ends at the next lone '"', "" is an
// escaped quote, and the field may hold delimiters and line breaks. Line ends: LF, CRLF
// or a lone CR. Not thread-safe; it reads memory it does not own. Several tokenizers may read
// the same memory at once (the reader's chunks).

#include <QtGlobal>

#include <string>
#include <string_view>

namespace mlops::ml {

class CsvTokenizer {
public:
    struct Position {
        const char *at = nullptr;         // the byte
        const char *lineStart = nullptr;  // first byte of its line
        qint64 line = 1;                  // 1-based
    };
    struct Field {
        std::string_view raw;  // content without the surrounding quotes ("" still doubled)
        bool quoted = false;
        bool escaped = false;  // raw holds "" pairs
        Position start;        // first byte of the field (the opening quote if quoted)
        Position end;          // just past the field (past the closing quote if quoted)
    };
    enum class Status { Ok, UnterminatedQuote, JunkAfterQuote };

    CsvTokenizer(const char *begin, const char *end, char delimiter)
        : m_begin(begin), m_end(end), m_p(begin), m_lineStart(begin), m_delimiter(delimiter)
    {
    }
    // Starts at `start` (a row start inside [origin, end)); offset() counts from `origin`.
    CsvTokenizer(const char *origin, const char *end, char delimiter, const Position &start)
        : m_begin(origin), m_end(end), m_p(start.at), m_lineStart(start.lineStart), m_line(start.line), m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_p >= m_end; }
    qint64 offset() const { return qint64(m_p - m_begin); }
    qint64 line() const { return m_line; }
    Position position() const { return {m_p, m_lineStart, m_line}; }
    const char *cursor() const { return m_p; }

    // Moves past a row the caller has read itself: `rowEnd` is the row's line break (consumed
    // here) or the end. Precondition: no line break between cursor() and rowEnd.
    void finishRow(const char *rowEnd)
    {
        m_p = rowEnd;
        if (m_p < m_end)
            consumeLineBreak();
    }

    // Skips line breaks at the start of a row (blank lines).
    void skipBlankLines()
    {
        while (m_p < m_end && (*m_p == '\n' || *m_p == '\r'))
            consumeLineBreak();
    }

    // Reads the next field; `rowEnded` tells whether it was the last of its row.
    // On a syntax error, `field.start` / `field.end` locate it (end = the offending byte).
    Status next(Field &field, bool &rowEnded)
    {
        field.start = position();
        field.escaped = false;
        if (m_p < m_end && *m_p == '"') {
            field.quoted = true;
            const char *content = ++m_p;
            for (;;) {
                if (m_p >= m_end) {
                    field.end = position();
                    return Status::UnterminatedQuote;
                }
                const char c = *m_p;
                if (c == '"') {
                    if (m_p + 1 < m_end && m_p[1] == '"') {
                        field.escaped = true;
                        m_p += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n' || c == '\r')
                    consumeLineBreak();
                else
                    ++m_p;
            }
            field.raw = std::string_view(content, std::size_t(m_p - content));
            ++m_p;  // the closing quote
            field.end = position();
            if (m_p < m_end && *m_p != m_delimiter && *m_p != '\n' && *m_p != '\r')
                return Status::JunkAfterQuote;
        } else {
            field.quoted = false;
            const char *content = m_p;
            const char delimiter = m_delimiter;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                ++m_p;
            }
            field.raw = std::string_view(content, std::size_t(m_p - content));
            field.end = position();
        }
        if (m_p >= m_end) {
            rowEnded = true;
        } else if (*m_p == m_delimiter) {
            ++m_p;
            rowEnded = false;
        } else {
            consumeLineBreak();
            rowEnded = true;
        }
        return Status::Ok;
    }

    // The field's text with "" collapsed (a copy only when needed, into `buffer`).
    static std::string_view text(const Field &field, std::string &buffer)
    {
        if (!field.escaped)
            return field.raw;
        buffer.clear();
        for (std::size_t i = 0; i < field.raw.size(); ++i) {
            buffer.push_back(field.raw[i]);
            if (field.raw[i] == '"')
                ++i;  // skip the second quote of the pair
        }
        return buffer;
    }

private:
    void consumeLineBreak()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
        m_lineStart = m_p;
    }

    const char *m_begin;
    const char *m_end;
    const char *m_p;
    const char *m_lineStart;
    qint64 m_line = 1;
    char m_delimiter;
};

}  // namespace mlops::ml
