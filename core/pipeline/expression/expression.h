#pragma once
// Expression: one parsed expression of the Azure Pipelines expression language, ready
// to be evaluated any number of times (cheap to copy; the tree is shared and immutable,
// so evaluating the same Expression on several threads is safe).
//
//   auto parsed = Expression::parse(QStringLiteral("eq(variables.a, 'x')"),
//                                   ExpressionParseOptions::forCondition());
//   if (!parsed) report(parsed.error());          // column inside the text
//   auto result = parsed->evaluate(context);      // ExpressionResult<ExpressionValue>
//
// For `${{ }}` pieces inside larger text use ExpressionText.

#include "core/pipeline/expression/expressioncontext.h"
#include "core/pipeline/expression/expressionerror.h"
#include "core/pipeline/expression/expressionnode.h"
#include "core/pipeline/expression/expressionparser.h"

#include <memory>

namespace mlops::pipeline {

class Expression {
public:
    static ExpressionResult<Expression> parse(const QString &text, const ExpressionParseOptions &options);
    // Parse + evaluate in one step.
    static ExpressionResult<ExpressionValue> evaluate(const QString &text, const ExpressionParseOptions &options,
                                                      const ExpressionContext &context);

    ExpressionResult<ExpressionValue> evaluate(const ExpressionContext &context) const;

    const QString &text() const { return m_text; }
    const ExpressionNode &root() const { return *m_root; }

private:
    Expression(QString text, std::shared_ptr<const ExpressionNode> root)
        : m_text(std::move(text)), m_root(std::move(root))
    {
    }

    QString m_text;
    std::shared_ptr<const ExpressionNode> m_root;
};

}  // namespace mlops::pipeline
