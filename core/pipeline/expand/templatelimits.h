#pragma once
// TemplateLimits: Azure's limits on template expansion (LANGUAGE.md §7.2), as named
// constants. Each one exceeded is an error diagnostic of TemplateExpander, never a crash
// or a hang.

#include "core/pipeline/yaml/yamlparser.h"

#include <QtGlobal>

namespace mlops::pipeline {

struct TemplateLimits {
    // At most 100 distinct template files per pipeline (entry file not counted).
    static constexpr int kMaxTemplateFiles = 100;
    // At most 100 levels of template nesting (a template including a template ...).
    static constexpr int kMaxNestingDepth = 100;
    // One file larger than this is refused (the service's ~20 MB parse memory).
    static constexpr qint64 kMaxFileBytes = YamlParser::kMaxFileBytes;
    // The expanded document: total characters of scalars and keys (~20 MB, same budget).
    static constexpr qint64 kMaxDocumentChars = 20LL * 1024 * 1024;
    // Nodes created while expanding (bounds runaway `each` loops over big inputs).
    static constexpr qint64 kMaxDocumentNodes = 2'000'000;
    // Nesting of the mappings/sequences being expanded, counted through all included
    // templates (bounds the recursion of the expander).
    static constexpr int kMaxExpansionDepth = 1000;
    // Nesting of the expanded tree, as for parsed YAML (consumers recurse on it).
    static constexpr int kMaxTreeDepth = YamlParser::kMaxDepth;
};

}  // namespace mlops::pipeline
