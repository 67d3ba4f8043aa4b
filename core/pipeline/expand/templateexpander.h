#pragma once
// TemplateExpander: compile-time processing of Azure Pipelines YAML (LANGUAGE.md §1
// step 2): loads the entry file and every template it pulls in, evaluates every
// `${{ }}` construct — values, mapping keys, if/elseif/else, each, insert, template
// references with typed parameters, extends — and returns one YAML tree without any
// `${{ }}`. Runtime syntax (`$[ ]`, `$( )`, conditions) is left as text.
//
// Positions: every node of the result keeps the SourcePos of the YAML it came from
// (a template's nodes point into the template file), so later diagnostics point at
// the right file:line:column. The root `parameters:` declarations of the entry file are
// kept in the result (the plan lists them as runtime parameters).
//
// Limits (Azure's, LANGUAGE.md): template nesting depth, number of files, file size,
// document size — each a diagnostic when exceeded, never a crash or hang (TemplateLimits).
// A template that includes itself (directly or through others) is a diagnostic.
// Diagnostics: expansion stops at the first error; every diagnostic carries the
// file:line:column of the node that caused it (expression errors: the column inside the
// expression). Predefined compile-time variables (Build.*, System.* of LANGUAGE.md §16)
// get local defaults (Build.Reason Manual, Build.SourceBranch refs/heads/main, ...);
// `variables` given in the options override them.
// Pure and thread-safe; never throws.

#include "core/common/diagnostic.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QMap>
#include <QString>

#include <optional>

namespace mlops::pipeline {

struct ExpandOptions {
    QMap<QString, QString> parameters;    // runtime parameter values (text, cast to the declared type)
    QMap<QString, QString> variables;     // queue-time variables, visible to ${{ variables.x }}
    QMap<QString, QString> repositories;  // alias or "name@ref" → local folder; "self" = the pipeline's repository root (default: the entry file's folder)
    // Check expression syntax everywhere (entry + templates reachable through literal
    // paths), evaluate nothing; `pipeline` is then the entry file as parsed.
    bool syntaxOnly = false;
};

struct ExpandResult {
    std::optional<YamlNode> pipeline;  // set when expansion finished (possibly with warnings)
    Diagnostics diagnostics;
    QStringList files;                 // every file read, entry first
};

class TemplateExpander {
public:
    static ExpandResult expandFile(const QString &entryFile, const ExpandOptions &options);
    // Expands `text` as the content of `entryFile` (templates are read relative to it).
    static ExpandResult expandText(const QString &text, const QString &entryFile, const ExpandOptions &options);
};

}  // namespace mlops::pipeline
