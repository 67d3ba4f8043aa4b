#pragma once
// CsvChunkParser: the data-row loop of CsvReader (internal to it). Reads the rows of one byte
// range into column buffers, with the rules CsvReader documents (types, missing values, row
// length), and stops at the first problem.
//
// Two modes:
// - Serial: the whole rest of a file, in order. Under Types::Infer a column becomes text at
//   its first cell that is not a number (the shared column list is updated).
// - Parallel: one chunk of a file that starts at a row boundary, read while other chunks are
//   read on other threads. The column types are fixed; where the serial reader would change
//   one, or at a quoted field (which may hold line breaks, so the chunk boundaries after it
//   may not be row boundaries), it stops with NeedsSerial, and the reader goes on serially
//   from that row. Every result it does report is the one the serial reader would report.
//
// Rows made only of plain numbers (and unquoted text in text columns) take a fast path
// (FastDecimal: no tokenizer, no copy); any other row is read by the general path, which
// decides everything, so the fast path only changes the speed.
//
// Positions: lines count from the `line` of the start position (a Parallel chunk starts at
// line 1; the reader shifts its positions by the lines before the chunk).
// Threads: one parser per thread; in Parallel mode many parsers read one column list that
// nobody changes meanwhile.

#include "core/ml/csvtokenizer.h"
#include "core/ml/uninitializedallocator.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mlops::ml {

struct CsvColumn {
    QString name;
    bool numeric = true;    // false: a text column (Infer); its cells are not converted
    bool required = false;  // must stay numeric: a non-number is an error
};

class CsvChunkParser {
public:
    enum class Mode { Serial, Parallel };
    enum class Outcome {
        Done,         // every row up to the end was read
        Failed,       // problem() is the first error of the range
        NeedsSerial,  // Parallel only: read on serially from position() (a row start)
        Stopped,      // the poll function asked to stop
    };
    struct Problem {
        CsvTokenizer::Position where;
        QString what;  // the message without the "<source>:<line>:<column>: " prefix
    };
    // Called every kRowsPerPoll rows with the offset of the next row (from `origin`); returns
    // true to stop.
    using Poll = std::function<bool(qint64 offset)>;
    static constexpr qint64 kRowsPerPoll = 1024;

    // `columns` must outlive the parser; Serial mode changes their `numeric` flags.
    CsvChunkParser(std::vector<CsvColumn> &columns, Mode mode, char delimiter);

    // Parallel mode: the values of numeric column c go to target[c][0 .. capacity) (memory
    // the caller owns) instead of buffers of the parser's own; a row past `capacity` ends the
    // parse with NeedsSerial at that row.
    void setTarget(std::vector<double *> target, qint64 capacity);

    // Reads rows from `start` (a row start) up to `end`; offsets count from `origin`.
    Outcome parse(const char *origin, const char *end, const CsvTokenizer::Position &start, const Poll &poll);

    qint64 rows() const { return m_rows; }
    // Done: the end (its line is one past the last line break read); NeedsSerial: the start
    // of the row to read serially; Stopped: the next row.
    const CsvTokenizer::Position &position() const { return m_position; }
    const Problem &problem() const { return m_problem; }
    // The first missing value (empty cell or NA) of each column that allows them.
    const std::optional<CsvTokenizer::Position> &firstMissing(std::size_t column) const { return m_firstMissing[column]; }
    // The values read, rows() per column that is numeric (a column that became text: empty).
    // Without a target only.
    NumericValues &values(std::size_t column) { return m_values[column]; }

private:
    bool readPlainRow(CsvTokenizer &tokenizer, const char *end);
    bool readMixedRow(CsvTokenizer &tokenizer, const char *end);
    Outcome readRow(CsvTokenizer &tokenizer);
    Outcome fail(const CsvTokenizer::Position &where, const QString &what);
    Outcome failSyntax(CsvTokenizer::Status status, const CsvTokenizer::Field &field);
    QString columnLabel(std::size_t column) const;
    void reserve(qint64 rows);

    std::vector<CsvColumn> &m_columns;
    Mode m_mode;
    char m_delimiter;
    std::vector<NumericValues> m_values;
    std::vector<double *> m_write;  // m_values[c].data(), or null for a text column
    std::vector<std::optional<CsvTokenizer::Position>> m_firstMissing;
    qint64 m_rows = 0;
    qint64 m_capacity = 0;
    std::ptrdiff_t m_textColumns = 0;  // readPlainRow only when there are none
    bool m_hasTarget = false;
    CsvTokenizer::Position m_position;
    Problem m_problem;
    std::string m_buffer;
};

}  // namespace mlops::ml
