#pragma once
// CsvReader: reads a delimited text file (RFC 4180: a header row, quoted fields with ""
// escapes and embedded delimiters/newlines, LF or CRLF line ends, an optional UTF-8 BOM)
// into a column-major Dataset. Numbers are parsed correctly rounded (as std::from_chars
// and strtod, like pandas' round_trip parser); leading/trailing blanks around a number are
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
// Io when the file cannot be read, Internal when memory runs out) has the message "<source>:<line>:<column>: <what>",
// line = 1-based physical line of the file, column = 1-based character column on that
// line; the message names the CSV column (number and header name). When `diagnostic`
// is given, it receives the same problem as a structured Diagnostic. A header that is not
// valid UTF-8 is an error too.
// Cancel: when *options.cancel becomes true the read stops within ~1000 rows per thread
// (and between the blocks of the SHA-256) and returns ErrorCode::Unavailable with the
// message "<source>: reading cancelled".
//
// Speed: files are memory-mapped; rows of plain numbers are converted without copies
// (correctly rounded, the same doubles as std::from_chars). A large file is split at line
// ends into chunks read on options.threads threads at once; a chunk that meets a quoted
// field, or a cell that would turn an inferred column into text, hands over to one serial
// reader from that row on, so the result and the first error reported (the earliest in the
// file) are always those of a serial read. The cost in memory is the columns (8 bytes per
// numeric cell). A file with text columns is read twice (the second pass collects the text).
//
// Threads: a CsvReader may be used from any one thread at a time; it starts and joins its
// own helper threads inside each call. The progress callback runs on the calling thread,
// at most ~20 times a second, with `done` never decreasing and done <= total, and ends with
// done == total on success. total counts the bytes of every pass: the file size, plus the
// size again for the SHA-256 (computeSha256) and, known only after the first pass, for the
// text pass.

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
    int threads = 0;                           // 0: QThread::idealThreadCount(); 1: serial
    qint64 chunkBytes = 0;                     // 0: automatic (from the size and the threads)
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
