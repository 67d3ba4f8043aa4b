#pragma once
// Where a YAML node starts in its source: file name (as given to the parser, may be
// empty for in-memory text), 1-based line and column (0 = unknown, e.g. for nodes
// built by code rather than parsed).

#include "core/common/diagnostic.h"

#include <QString>

namespace mlops::pipeline {

struct SourcePos {
    QString file;
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based; 0 = unknown

    bool isKnown() const { return line > 0; }
    bool operator==(const SourcePos &other) const = default;
};

// A diagnostic at `pos`.
inline Diagnostic diagnosticAt(const SourcePos &pos, QString message,
                               Diagnostic::Severity severity = Diagnostic::Severity::Error)
{
    Diagnostic d;
    d.severity = severity;
    d.message = std::move(message);
    d.file = pos.file;
    d.line = pos.line;
    d.column = pos.column;
    return d;
}

}  // namespace mlops::pipeline
