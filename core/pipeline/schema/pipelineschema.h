#pragma once
// PipelineSchema: the Azure Pipelines YAML schema (service-schema.json of the VS Code
// extension, bundled as a Qt resource) and validation of YamlNode trees against it.
//
// instance() loads and compiles the bundled schema once (thread-safe, lazily); the
// returned object lives until the program ends and is read-only, so validate() may be
// called from any thread. fromJson() compiles another schema text (tests).
//
// validate() returns diagnostics positioned at the offending node: unexpected keys (at
// the key), wrong types and invalid values (at the value), missing required keys (at
// the mapping). When alternatives (anyOf) fail, the best-matching one is reported: for
// mappings the branch chosen by its first property (the step kind task/script/bash/...,
// the job kind job/deployment/template) or by its required keys, otherwise the one with
// the fewest errors. Deprecated keys and tasks give warnings.
//
// Documented relaxations of the bundled schema (it is an approximation, LANGUAGE.md §1):
//  - A task name that the schema does not list (custom or Marketplace tasks) is a
//    warning, and its inputs are not checked.
//  - Task input values that contain a macro `$( )` or a runtime expression `$[ ]` are
//    not checked against the input's type or allowed values (they are set at run time).
//  - Task inputs that the task does not declare are warnings (the service ignores them).
//  - Trigger branch/path filters may start with '/' (paths from the repository root) and
//    end with '/' (a folder).
//  - A Null value (`key:` with nothing after it) is accepted where a string, a mapping or
//    a sequence is expected (the service reads it as empty).
// Recursion follows the tree depth: trees from YamlParser are at most
// YamlParser::kMaxDepth deep; callers building trees by code must keep them as shallow.
// With Options::allowTemplateExpressions (for unexpanded files) `${{ }}` keys and
// sequence items are skipped, a scalar holding `${{` satisfies any type, and mappings
// holding directive keys are not checked for required keys.

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/pipeline/schema/schemanode.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>

namespace mlops::pipeline {

struct SchemaValidationOptions {
    // Tolerate `${{ }}` template syntax (validating a file before expansion).
    bool allowTemplateExpressions = false;
};

class PipelineSchema {
public:
    // What a file is: an entry pipeline or one of the template kinds (LANGUAGE.md §7.1).
    enum class Root { Pipeline, StagesTemplate, JobsTemplate, StepsTemplate, VariablesTemplate, ExtendsTemplate };

    using Options = SchemaValidationOptions;

    // The bundled schema; an error only if the bundled resource is missing or broken.
    static Result<const PipelineSchema *> instance();
    static Result<PipelineSchema> fromJson(const QByteArray &json);

    PipelineSchema(PipelineSchema &&) noexcept = default;
    PipelineSchema &operator=(PipelineSchema &&) noexcept = default;
    PipelineSchema(const PipelineSchema &) = delete;
    PipelineSchema &operator=(const PipelineSchema &) = delete;

    // Validates a whole file. An empty (Null) pipeline is an error: it needs one of
    // `stages`, `jobs`, `steps` or `extends`.
    Diagnostics validate(const YamlNode &root, Root kind = Root::Pipeline, Options options = {}) const;

    // Validates a node against one definition, e.g. "steps", "job", "stage", "variables"
    // (for typed template parameters). An unknown definition name is an error diagnostic.
    Diagnostics validateDefinition(const YamlNode &node, const QString &definition, Options options = {}) const;

    bool hasDefinition(const QString &definition) const { return m_definitions.contains(definition); }
    // The schema's own version comment (e.g. "v1.261.1").
    QString version() const { return m_version; }

private:
    PipelineSchema() = default;
    friend class SchemaCompiler;

    std::deque<SchemaNode> m_nodes;  // stable addresses
    QHash<QString, const SchemaNode *> m_definitions;
    QString m_version;
};

}  // namespace mlops::pipeline
