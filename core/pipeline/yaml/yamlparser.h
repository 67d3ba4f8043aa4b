#pragma once
// YamlParser: YAML text -> YamlNode tree with a SourcePos on every node, plus
// diagnostics. Never throws; every problem is a Diagnostic (file:line:column, 1-based).
//
// The dialect is the one Azure Pipelines accepts (LANGUAGE.md §2): one document per file;
// anchors and aliases are rejected; duplicate mapping keys are errors (reported at the
// second key, naming the first one's line). Also reported: syntax errors (with a hint
// when tabs are used for indentation), invalid UTF-8, binary content (NUL bytes), files
// over kMaxFileBytes and nesting deeper than kMaxDepth (which also bounds the recursion
// of every consumer of the tree). A UTF-8 byte order mark is skipped.
//
// An empty file (or only comments) parses to a Null root without diagnostics: whether an
// empty pipeline is acceptable is decided by the schema validator, not the parser.
//
// When there are errors, `root` holds what could be built (possibly Null); callers
// should not use it for anything but best-effort display. Thread-safe: no shared state.

#include "core/common/diagnostic.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QByteArray>
#include <QString>

namespace mlops::pipeline {

struct YamlParseResult {
    YamlNode root;
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
};

class YamlParser {
public:
    // The service stops parsing at ~20 MB of YAML (LANGUAGE.md §7.2: "~20 MB of parse
    // memory"); one file larger than this is refused before parsing.
    static constexpr qint64 kMaxFileBytes = 20LL * 1024 * 1024;
    // Maximum nesting of sequences/mappings. Real pipelines stay far below 50.
    static constexpr int kMaxDepth = 256;

    // `fileName` is only used for positions and messages.
    static YamlParseResult parse(const QByteArray &bytes, const QString &fileName = QString());
    // Reads and parses a file; an unreadable file is one error diagnostic.
    static YamlParseResult parseFile(const QString &path);
};

}  // namespace mlops::pipeline
