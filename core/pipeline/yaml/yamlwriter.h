#pragma once
// YamlWriter: YamlNode tree -> YAML text in block style (used for "expanded YAML").
//
// Output is stable (same tree, same text) and re-parses with YamlParser to a tree that
// is sameTree() with the input: plain scalars stay plain when that is safe, otherwise
// (and for every quoted scalar) they are single-quoted, or double-quoted when they hold
// control characters; multi-line strings become literal blocks (`|`, `|-`, `|+`), except
// when the first line starts with whitespace or the text is only whitespace, which are
// double-quoted with escapes (`\n`) instead. Empty collections are
// written `[]` / `{}`; Null is an empty value. Indentation is two spaces; sequences
// inside mappings are not indented (Azure's documentation style).
//
// Keys are written like scalars; a collection used as a key (never seen in pipelines)
// is written with the explicit `? key` / `: value` form. Thread-safe: no shared state.

#include "core/pipeline/yaml/yamlnode.h"

#include <QString>

namespace mlops::pipeline {

class YamlWriter {
public:
    static QString write(const YamlNode &root);
    // The text of one scalar as it would appear in a block mapping value (quoted when needed).
    static QString scalarText(const YamlNode &scalar);
};

}  // namespace mlops::pipeline
