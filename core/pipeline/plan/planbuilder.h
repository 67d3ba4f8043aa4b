#pragma once
// PlanBuilder: an expanded pipeline tree (no `${{ }}` left, see TemplateExpander) →
// Plan + diagnostics (LANGUAGE.md §1 step 3-4).
//
// Desugaring: root `steps:` / `jobs:` become the implicit stage "__default" (and the
// lone implicit job "Job", which takes the root's job-level keys); step shortcuts become
// tasks (StepDesugarer); stages without `dependsOn` depend on the previous stage;
// deployment jobs keep the lifecycle hook of each step (DeploymentJobReader).
// Checked here (the schema checks shapes and types): stage/job/step identifiers and
// their uniqueness in their scope, dependsOn targets and cycles (the message names the
// cycle), variable names, variable groups (when `variableGroupExists` is set, an unknown
// group is an error at its `- group:` line), runtime parameter declarations.
//
// build() always returns a Plan; it is only meant to be used when the diagnostics hold
// no error. Every diagnostic carries the file:line:column of the node that caused it.
// Pure and thread-safe; never throws.

#include "core/common/diagnostic.h"
#include "core/pipeline/plan/plan.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QJsonValue>
#include <QString>

#include <functional>

namespace mlops::pipeline {

struct PlanBuildOptions {
    // Unset: groups are not checked.
    std::function<bool(const QString &groupName)> variableGroupExists;
    QString entryFile;  // copied to Plan::entryFile
};

struct PlanBuildResult {
    Plan plan;
    Diagnostics diagnostics;
};

class PlanBuilder {
public:
    static PlanBuildResult build(const YamlNode &root, const PlanBuildOptions &options = {});

    // Helpers shared with StepDesugarer and the catalog.
    // Letters, digits and '_', not starting with a digit (stage, job and step names).
    static bool isIdentifier(const QString &name);
    // The text of a scalar value (Null → empty); collections as compact YAML text.
    static QString valueText(const YamlNode &node);
    // The tree as JSON: mappings → objects, sequences → arrays, scalars → strings
    // (plain true/false/numbers keep their type), Null → null.
    static QJsonValue toJson(const YamlNode &node);
    // Typed reads of `key: value` for the plan: a whole number / a boolean (YAML 1.1
    // spellings). A value of another shape is an error diagnostic (naming `key`) unless
    // it holds a macro or runtime expression, which is left to the agent; then the
    // fallback (0 / `fallback`) is returned.
    static int intValue(const YamlNode &value, const QString &key, Diagnostics &diagnostics);
    static bool boolValue(const YamlNode &value, const QString &key, bool fallback, Diagnostics &diagnostics);
    // A diagnostic positioned at `pos`.
    static Diagnostic diagnostic(Diagnostic::Severity severity, const SourcePos &pos, const QString &message);
};

}  // namespace mlops::pipeline
