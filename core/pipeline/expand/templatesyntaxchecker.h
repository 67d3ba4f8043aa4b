#pragma once
// TemplateSyntaxChecker: checks every `${{ }}` of a file before anything is evaluated,
// because expression syntax errors are fatal even inside untaken `${{ if }}` branches
// (LANGUAGE.md §8.5). Reports: unclosed expressions, syntax errors (column inside the
// expression), malformed directives, and directives used as values instead of keys.
// Unknown functions and named values are NOT reported here (they only fail when
// evaluated). Also checks runtime `condition:` values (no `${{ }}`) of stages, jobs and
// steps as condition expressions. Stateless; thread-safe.

#include "core/common/diagnostic.h"
#include "core/pipeline/yaml/yamlnode.h"

namespace mlops::pipeline {

class TemplateSyntaxChecker {
public:
    // Appends one diagnostic per problem; returns true when none was found.
    static bool check(const YamlNode &root, Diagnostics &diagnostics);
    // Conditions only (used on the expanded pipeline).
    static bool checkConditions(const YamlNode &root, Diagnostics &diagnostics);

private:
    static void walk(const YamlNode &node, bool isKey, int depth, Diagnostics &diagnostics);
    static void walkConditions(const YamlNode &node, int depth, Diagnostics &diagnostics);
};

}  // namespace mlops::pipeline
