#pragma once
// ExpressionEvaluator: evaluates a parsed ExpressionNode tree against an
// ExpressionContext (LANGUAGE.md §10). and/or/in/notIn/coalesce short-circuit; iif and
// all other functions evaluate every argument. Errors carry the column of the node that
// failed. Recursion depth is bounded by the parser's depth limit.

#include "core/pipeline/expression/expressioncontext.h"
#include "core/pipeline/expression/expressionerror.h"
#include "core/pipeline/expression/expressionnode.h"

namespace mlops::pipeline {

class ExpressionEvaluator {
public:
    // `expression` is the text the tree was parsed from (used in error messages).
    static ExpressionResult<ExpressionValue> evaluate(const ExpressionNode &root, const QString &expression,
                                                      const ExpressionContext &context);
};

}  // namespace mlops::pipeline
