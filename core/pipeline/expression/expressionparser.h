#pragma once
// ExpressionParser: text of one expression → ExpressionNode tree.
//
// Syntax errors come first ("Unexpected symbol: '+'", "Unexpected end of expression",
// "Too few parameters supplied: 'eq'", "Exceeded max expression depth 50"); only when
// the whole text is syntactically valid is the first unknown name reported
// ("Unrecognized function: 'foo'", "Unrecognized named-value: 'bar'"), as Azure does.
// Every error carries the 1-based column inside the expression. Never throws; input
// longer than kMaxLength or nested deeper than kMaxDepth is an error, not a crash.

#include "core/pipeline/expression/expressionerror.h"
#include "core/pipeline/expression/expressionnode.h"

#include <QStringList>

#include <memory>

namespace mlops::pipeline {

struct ExpressionParseOptions {
    // Named values the expression may reference (case-insensitive), e.g. "parameters",
    // "variables" and loop variables at compile time.
    QStringList namedValues;
    bool allowCounter = false;          // counter(): runtime variable definitions only
    bool allowStatusFunctions = false;  // always(), succeeded(), ...: conditions only
    // Syntax check only: unknown functions and named values are not reported (the
    // resulting tree cannot be evaluated where they occur).
    bool syntaxOnly = false;

    // ${{ }}: parameters, variables, plus `extraNamedValues` (loop variables, ...).
    static ExpressionParseOptions forTemplate(const QStringList &extraNamedValues = {});
    // $[ ] in a variable definition: variables, dependencies, stageDependencies,
    // pipeline, resources; counter() allowed.
    static ExpressionParseOptions forRuntimeVariable();
    // condition: the runtime named values plus the status functions.
    static ExpressionParseOptions forCondition();
};

class ExpressionParser {
public:
    static constexpr int kMaxDepth = 50;
    static constexpr qsizetype kMaxLength = 21000;

    static ExpressionResult<std::shared_ptr<const ExpressionNode>> parse(const QString &expression,
                                                                         const ExpressionParseOptions &options);
};

}  // namespace mlops::pipeline
