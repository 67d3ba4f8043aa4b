#pragma once
// JsonReader: reads a JSON document (an ARM template, a parameters file) into a tree of
// JsonNode that keeps every value's line and column.
//
// Accepted: RFC 8259 JSON in UTF-8, with a leading byte-order mark skipped and with
// `// …` and `/* … */` comments, which Azure accepts in template files. Refused: trailing
// commas, single quotes, NaN/Infinity, raw control characters in strings, invalid UTF-8,
// nesting deeper than 256 levels, anything after the value.
//
// Failure: an ErrorCode::InvalidInput whose message is "file:line:column: what is wrong",
// and, when `problem` is given, the same as a Diagnostic (line and column 1-based; the
// column counts characters). Duplicate member names (compared without case, as Azure
// does) are not an error: each is a warning in JsonSource::warnings and the last one is
// the value that counts.
//
// Thread-safe: no shared state.

#include "jsonnode.h"

#include "core/common/diagnostic.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace mlops::infra {

struct JsonSource {
    QString file;  // as given to read(); used in diagnostics
    QString text;  // the decoded document
    JsonNode root;
    Diagnostics warnings;
    std::vector<qsizetype> lineStarts;  // index in `text` of each line's first character

    // The file position of character `index` of the decoded value of the String `node`
    // (index 0 is the first character after the opening quote; escapes are accounted for).
    Diagnostic at(const JsonNode &node, qsizetype index, const QString &message,
                  Diagnostic::Severity severity = Diagnostic::Severity::Error) const;
    // A diagnostic at the start of `node`.
    Diagnostic at(const JsonNode &node, const QString &message,
                  Diagnostic::Severity severity = Diagnostic::Severity::Error) const;
};

class JsonReader {
public:
    static Result<JsonSource> read(const QByteArray &bytes, const QString &file, Diagnostic *problem = nullptr);
    // Reads a file; an unreadable file is an ErrorCode::Io (and `problem` without a line).
    static Result<JsonSource> readFile(const QString &path, Diagnostic *problem = nullptr);
};

}  // namespace mlops::infra
