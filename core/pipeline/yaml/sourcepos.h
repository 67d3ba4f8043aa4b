#pragma once
// Where a YAML node starts in its source: file name (as given to the parser, may be
// empty for in-memory text), 1-based line and column (0 = unknown, e.g. for nodes
// built by code rather than parsed).

#include <QString>

namespace mlops::pipeline {

struct SourcePos {
    QString file;
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based; 0 = unknown

    bool isKnown() const { return line > 0; }
    bool operator==(const SourcePos &other) const = default;
};

}  // namespace mlops::pipeline
