#pragma once
// YamlValueBridge: converts YAML trees to expression values and back during one
// template expansion.
//
// YAML scalars become strings (template values are untyped text; typed parameters are
// cast by TemplateParameters), sequences arrays, mappings objects, Null null. Every
// array/object made from YAML is remembered, so when an expression hands such a value
// back (`- ${{ parameters.steps }}`, `pool: ${{ parameters.pool }}`) the original
// nodes, with their source positions, are reinserted. Values built by expressions
// become new nodes at the position of the expression that produced them.
// One instance per expansion; not thread-safe.

#include "core/pipeline/expression/expressionvalue.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QHash>

namespace mlops::pipeline {

class YamlValueBridge {
public:
    ExpressionValue toValue(const YamlNode &node);
    // `pos` is used for nodes that did not come from YAML; `style` for string scalars.
    YamlNode toNode(const ExpressionValue &value, const SourcePos &pos,
                    YamlNode::Style style = YamlNode::Style::Plain) const;
    // Text of a primitive value as rendered into YAML (True/False, invariant numbers).
    static QString scalarText(const ExpressionValue &value);

private:
    const void *identity(const ExpressionValue &value) const;
    void remember(const ExpressionValue &value, const YamlNode &node);

    struct Entry {
        ExpressionValue value;  // keeps the shared data (and so the identity) alive
        YamlNode node;
    };
    QHash<const void *, Entry> m_origins;
};

}  // namespace mlops::pipeline
