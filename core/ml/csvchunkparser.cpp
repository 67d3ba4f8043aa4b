#include "csvchunkparser.h"

#include "fastdecimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace mlops::ml {

namespace {

enum class Cell { Number, Missing, NotANumber, NotFinite };

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// The general conversion of one cell (the fast path accepts a subset of what this accepts,
// with the same values).
Cell parseCell(std::string_view text, double &value)
{
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && isBlank(text[b]))
        ++b;
    while (e > b && isBlank(text[e - 1]))
        --e;
    text = text.substr(b, e - b);
    if (text.empty())
        return Cell::Missing;
    if (text.size() <= 4) {
        static constexpr std::string_view kMissing[] = {"NA", "N/A", "n/a", "NaN", "nan", "NAN", "NULL", "null", "#N/A", "<NA>"};
        for (std::string_view spelling : kMissing) {
            if (text == spelling)
                return Cell::Missing;
        }
    }
    const char *first = text.data();
    const char *last = first + text.size();
    if (*first == '+' && last - first > 1 && first[1] != '-')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ptr != last || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return Cell::NotANumber;
    if (ec == std::errc::result_out_of_range || !std::isfinite(value))
        return Cell::NotFinite;
    return Cell::Number;
}

QString quotedCell(std::string_view text)
{
    QString cell = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (cell.size() > 40)
        cell = cell.left(37) + QStringLiteral("...");
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

}  // namespace

CsvChunkParser::CsvChunkParser(std::vector<CsvColumn> &columns, Mode mode, char delimiter)
    : m_columns(columns),
      m_mode(mode),
      m_delimiter(delimiter),
      m_values(columns.size()),
      m_write(columns.size(), nullptr),
      m_firstMissing(columns.size())
{
}

void CsvChunkParser::setTarget(std::vector<double *> target, qint64 capacity)
{
    m_write = std::move(target);
    m_capacity = capacity;
    m_hasTarget = true;
}

void CsvChunkParser::reserve(qint64 rows)
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].numeric) {
            m_values[c].resize(std::size_t(rows));  // uninitialised: every row is written
            m_write[c] = m_values[c].data();
        } else {
            m_write[c] = nullptr;
        }
    }
    m_capacity = rows;
}

CsvChunkParser::Outcome CsvChunkParser::parse(const char *origin, const char *end, const CsvTokenizer::Position &start,
                                              const Poll &poll)
{
    CsvTokenizer tokenizer(origin, end, m_delimiter, start);
    m_rows = 0;
    m_textColumns = std::count_if(m_columns.begin(), m_columns.end(), [](const CsvColumn &c) { return !c.numeric; });
    if (!m_hasTarget)
        reserve(64);
    bool estimated = m_hasTarget;
    Outcome outcome = Outcome::Done;
    for (;;) {
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd())
            break;
        if (m_rows % kRowsPerPoll == 0 && poll && poll(tokenizer.offset())) {
            outcome = Outcome::Stopped;
            break;
        }
        if (m_rows == m_capacity) {
            if (m_hasTarget) {
                outcome = Outcome::NeedsSerial;  // more rows than the caller counted line feeds
                break;
            }
            reserve(m_capacity + m_capacity / 2 + 1024);
        }
        const CsvTokenizer::Position rowStart = tokenizer.position();
        if (!(m_textColumns == 0 ? readPlainRow(tokenizer, end) : readMixedRow(tokenizer, end))) {
            outcome = readRow(tokenizer);
            if (outcome != Outcome::Done) {
                if (outcome == Outcome::NeedsSerial)
                    tokenizer = CsvTokenizer(origin, end, m_delimiter, rowStart);
                break;
            }
        }
        ++m_rows;
        if (!estimated) {
            // From the length of the first row (+10%): usually the only allocation.
            estimated = true;
            const qint64 rowBytes = std::max<qint64>(1, qint64(tokenizer.cursor() - rowStart.at));
            reserve(std::max(m_capacity, qint64(end - rowStart.at) / rowBytes * 11 / 10 + 16));
        }
    }
    m_position = tokenizer.position();
    for (std::size_t c = 0; c < m_columns.size() && !m_hasTarget; ++c) {
        if (m_columns[c].numeric)
            m_values[c].resize(std::size_t(m_rows));
    }
    return outcome;
}

// A row of plain numbers, every column numeric: read here without the tokenizer. False leaves
// the tokenizer where it was, for readRow. (The hottest loop of the reader: its shape is tuned.)
bool CsvChunkParser::readPlainRow(CsvTokenizer &tokenizer, const char *end)
{
    const std::size_t count = m_columns.size();
    double *const *write = m_write.data();
    const char *p = tokenizer.cursor();
    std::size_t c = 0;
    for (; c < count; ++c) {
        double value;
        const char *next = FastDecimal::parse(p, end, value);
        // After the number: the delimiter, or the line break after the last column.
        if (!next || next == end || (*next != (c + 1 == count ? '\n' : m_delimiter) && (*next != '\r' || c + 1 != count)))
            break;
        write[c][m_rows] = value;
        p = next + 1;
    }
    if (c != count)
        return false;
    tokenizer.finishRow(p - 1);
    return true;
}

// readPlainRow where some columns are text (Serial mode): their unquoted cells are skipped.
bool CsvChunkParser::readMixedRow(CsvTokenizer &tokenizer, const char *end)
{
    const char delimiter = m_delimiter;
    const std::size_t count = m_columns.size();
    const char *p = tokenizer.cursor();
    for (std::size_t c = 0;;) {
        const char *next = p;
        if (double *out = m_write[c]) {
            next = FastDecimal::parse(p, end, out[m_rows]);
            if (!next)
                return false;
        } else {
            if (p < end && *p == '"')
                return false;
            while (next < end && *next != delimiter && *next != '\n' && *next != '\r')
                ++next;
        }
        if (++c == count) {
            if (next < end && *next != '\n' && *next != '\r')
                return false;
            tokenizer.finishRow(next);
            return true;
        }
        if (next == end || *next != delimiter)
            return false;
        p = next + 1;
    }
}

CsvChunkParser::Outcome CsvChunkParser::readRow(CsvTokenizer &tokenizer)
{
    const std::size_t columnCount = m_columns.size();
    CsvTokenizer::Field field;
    std::size_t index = 0;
    bool rowEnded = false;
    std::optional<CsvTokenizer::Position> firstExtra;
    while (!rowEnded) {
        const auto status = tokenizer.next(field, rowEnded);
        if (field.quoted && m_mode == Mode::Parallel)
            return Outcome::NeedsSerial;  // a quoted field may hold line breaks
        if (status != CsvTokenizer::Status::Ok)
            return failSyntax(status, field);
        if (index >= columnCount) {
            if (!firstExtra)
                firstExtra = field.start;
            ++index;
            continue;
        }
        const std::size_t c = index++;
        CsvColumn &column = m_columns[c];
        if (!column.numeric)
            continue;
        double value = 0;
        const Cell cell = parseCell(CsvTokenizer::text(field, m_buffer), value);
        if (cell == Cell::Number) {
            m_write[c][m_rows] = value;
            continue;
        }
        if (cell == Cell::Missing) {
            if (column.required)
                return fail(field.start, QStringLiteral("missing value in %1").arg(columnLabel(c)));
            if (!m_firstMissing[c])
                m_firstMissing[c] = field.start;
            m_write[c][m_rows] = std::nan("");
            continue;
        }
        if (column.required || cell == Cell::NotFinite) {
            const QString what = cell == Cell::NotFinite ? QStringLiteral("is not a finite number") : QStringLiteral("is not a number");
            return fail(field.start,
                        QStringLiteral("%1 in %2 %3").arg(quotedCell(CsvTokenizer::text(field, m_buffer)), columnLabel(c), what));
        }
        if (m_mode == Mode::Parallel)
            return Outcome::NeedsSerial;  // the serial reader turns the column into text here
        column.numeric = false;  // Infer: from here on a text column
        ++m_textColumns;
        m_firstMissing[c].reset();
        NumericValues().swap(m_values[c]);
        m_write[c] = nullptr;
    }
    if (index != columnCount) {
        const QString what =
            QStringLiteral("the row has %1 fields, the header has %2").arg(QString::number(index), QString::number(columnCount));
        return fail(firstExtra ? *firstExtra : field.end, what);
    }
    return Outcome::Done;
}

CsvChunkParser::Outcome CsvChunkParser::fail(const CsvTokenizer::Position &where, const QString &what)
{
    m_problem = Problem{where, what};
    return Outcome::Failed;
}

CsvChunkParser::Outcome CsvChunkParser::failSyntax(CsvTokenizer::Status status, const CsvTokenizer::Field &field)
{
    if (status == CsvTokenizer::Status::UnterminatedQuote)
        return fail(field.start, QStringLiteral("unterminated quoted field (no closing quote before the end of the file)"));
    return fail(field.end, QStringLiteral("unexpected character '%1' after the closing quote of a field")
                               .arg(QString::fromUtf8(field.end.at, 1)));
}

QString CsvChunkParser::columnLabel(std::size_t column) const
{
    return QStringLiteral("column %1 \"%2\"").arg(QString::number(column + 1), m_columns[column].name);
}

}  // namespace mlops::ml
