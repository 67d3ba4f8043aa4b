#pragma once
// CsvReader: reads a delimited text file (RFC 4180: a header row, quoted fields with ""
// escapes and embedded delimiters/newlines, LF or CRLF line ends, an optional UTF-8 BOM)
// into a column-major Dataset. Numbers are parsed correctly rounded (std::from_chars,
// like strtod / pandas' round_trip parser); leading/trailing blanks around a number are
// ignored; blank lines are skipped.
//
// Column types: with Types::AllNumeric every column must be numeric; with Types::Infer
// a column becomes a text column at its first cell that is not a number, unless the
// column is listed in numericColumns (then that cell is an error). Empty cells and the
// usual NA spellings (NA, N/A, NaN, nan, NULL, null, #N/A, <NA>) are missing values:
// an error in a numeric column, kept verbatim in a text column. Non-finite numbers
// (inf) are errors.
//
// Failure: nothing half-built is returned. The Error (InvalidInput for bad content,
// Io when the file cannot be read) has the message "<source>:<line>:<column>: <what>",
// line = 1-based physical line of the file, column = 1-based character column on that
// line; the message names the CSV column (number and header name). When `diagnostic`
// is given, it receives the same problem as a structured Diagnostic.
// Cancel: when *options.cancel becomes true the read stops within ~1000 rows and
// returns ErrorCode::Unavailable with the message "<source>: reading cancelled".
//
// Large files are memory-mapped; the cost is the columns (8 bytes per numeric cell).
// A file with text columns is read twice (the second pass collects the text).
// Threads: a CsvReader may be used from any one thread at a time; the progress callback
// runs on the calling thread, at most ~20 times a second, with done <= total; total
// is the file size, and grows once to twice the size when a second pass is needed.

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/ml/dataset.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mlops::ml {

struct CsvReadOptions {
    enum class Types { Infer, AllNumeric };
    Types types = Types::Infer;
    QStringList numericColumns;  // Infer: these must exist and be numeric
    char delimiter = ',';
    bool computeSha256 = false;  // fill Dataset::sha256() from the file bytes
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;  // not owned; may be set from another thread
};

class CsvReader {
public:
    explicit CsvReader(CsvReadOptions options = {});

    // Reads the file at `path`; the source name in messages is the file name as given.
    Result<Dataset> readFile(const QString &path, Diagnostic *diagnostic = nullptr) const;
    // Parses bytes already in memory; `sourceName` is used in messages and as
    // Dataset::sourceName().
    Result<Dataset> parse(QByteArrayView data, const QString &sourceName, Diagnostic *diagnostic = nullptr) const;

private:
    CsvReadOptions m_options;
};

}  // namespace mlops::ml
