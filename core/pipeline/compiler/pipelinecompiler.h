#pragma once
// PipelineCompiler: the one entry point from YAML to a Plan. Parses the entry file,
// expands templates (parameters, ${{ }}, if/elseif/else, each, insert, extends,
// repository templates), validates against the schema, and builds the Plan.
//
// Pure and thread-safe: no shared state; the editor calls compileText() on a worker
// thread while the user types. Never throws; every problem is a Diagnostic with the
// file:line:column of the YAML (or of the template) that caused it. `plan` is set
// when there is no error; `expandedYaml` (the final YAML, as Azure's "Download full
// YAML") is set whenever expansion got that far. Diagnostics are sorted by file (the
// entry file first), line and column; files are named by absolute, clean paths, and
// Plan::entryFile is the entry file's absolute, clean path.

#include "core/common/diagnostic.h"
#include "core/pipeline/plan/plan.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace mlops::pipeline {

struct CompileOptions {
    // Runtime parameter values given at queue time (`--param name=value`); text, cast to
    // the parameter's type (an invalid value is a diagnostic).
    QMap<QString, QString> parameters;
    // Variables given at queue time (`--var name=value`); visible to ${{ variables.x }}.
    QMap<QString, QString> variables;
    // Repository alias (or "name@ref" as the conformance cases write it) → local folder.
    QMap<QString, QString> repositories;
    // Variable groups known to the workspace: name → exists. When unset, groups are not
    // checked; when set, an unknown group is an error diagnostic.
    std::function<bool(const QString &groupName)> variableGroupExists;
    // Only check syntax, do not evaluate (conformance `ValidateSyntax: true`).
    bool syntaxOnly = false;
};

struct CompileResult {
    Diagnostics diagnostics;
    std::optional<Plan> plan;
    QString expandedYaml;
};

class PipelineCompiler {
public:
    // Compiles the pipeline whose entry is the file `entryFile`.
    static CompileResult compileFile(const QString &entryFile, const CompileOptions &options);
    // Compiles `text` as if it were the content of `entryFile` (unsaved editor buffer);
    // templates are read from disk relative to entryFile.
    static CompileResult compileText(const QString &text, const QString &entryFile, const CompileOptions &options);
};

}  // namespace mlops::pipeline
