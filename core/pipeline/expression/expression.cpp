#include "core/pipeline/expression/expression.h"

#include "core/pipeline/expression/expressionevaluator.h"

namespace mlops::pipeline {

ExpressionResult<Expression> Expression::parse(const QString &text, const ExpressionParseOptions &options)
{
    auto root = ExpressionParser::parse(text, options);
    if (!root)
        return root.error();
    return Expression(text, std::move(root).value());
}

ExpressionResult<ExpressionValue> Expression::evaluate(const QString &text, const ExpressionParseOptions &options,
                                                       const ExpressionContext &context)
{
    auto parsed = parse(text, options);
    if (!parsed)
        return parsed.error();
    return parsed->evaluate(context);
}

ExpressionResult<ExpressionValue> Expression::evaluate(const ExpressionContext &context) const
{
    return ExpressionEvaluator::evaluate(*m_root, m_text, context);
}

}  // namespace mlops::pipeline
