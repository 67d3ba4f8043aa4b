#pragma once
// ExpressionNode: one node of a parsed expression (the AST the parser builds and the
// evaluator walks). Plain data; a tree is owned by its Expression and never changes
// after parsing. Depth is bounded by ExpressionParser::kMaxDepth.

#include "core/pipeline/expression/expressionfunctions.h"
#include "core/pipeline/expression/expressionvalue.h"

#include <QString>

#include <vector>

namespace mlops::pipeline {

struct ExpressionNode {
    enum class Type {
        Literal,     // literal: the value
        NamedValue,  // name: e.g. "variables"
        Function,    // name + function + children = arguments
        Property,    // children[0].name  (also filtered: a.*.name)
        Index,       // children[0][children[1]]
        Wildcard,    // children[0].*  or children[0][*]
    };
    Type type = Type::Literal;
    int column = 0;  // 1-based column of the token that starts this node
    QString name;    // NamedValue / Function (as written) / Property
    ExpressionValue literal;
    ExpressionFunction function = ExpressionFunction::Unknown;
    std::vector<ExpressionNode> children;
};

}  // namespace mlops::pipeline
