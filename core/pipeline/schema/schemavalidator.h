#pragma once
// SchemaValidator: one validation walk of a YamlNode tree over compiled SchemaNodes
// (internal to mlops_pipeline_schema; PipelineSchema documents the rules and the
// relaxations). Not thread-safe itself; make one per walk. Recursion depth follows the
// tree, which YamlParser bounds (YamlParser::kMaxDepth).

#include "core/common/diagnostic.h"
#include "core/pipeline/schema/schemanode.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QString>

namespace mlops::pipeline {

class SchemaValidator {
public:
    explicit SchemaValidator(bool allowTemplateExpressions) : m_allowExpressions(allowTemplateExpressions) {}

    Diagnostics validate(const YamlNode &node, const SchemaNode &schema);

private:
    struct Context {
        QString name;  // the key whose value is checked ("" at the root)
        QString noun;  // "a step", "a job", ... when known
        bool inTaskInputs = false;
        QString task;  // within a task step: its `task:` reference ("CopyFiles@2"), for messages
    };

    void check(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out);
    void checkScalar(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out);
    void checkObject(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out);
    void checkAnyOf(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out);

    bool m_allowExpressions = false;
};

}  // namespace mlops::pipeline
