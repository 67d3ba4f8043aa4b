#pragma once
// ArmEvaluator: evaluates template strings — ARM expressions ("[concat(…)]") and literals —
// against an ArmScope, with the functions of ArmFunctions.
//
// Deployment-time values stay symbolic: a Pure function given a symbolic argument is not
// run, its result is the symbolic call with its known arguments evaluated; property and
// index access on a symbolic value extend its expression. if() evaluates its condition and
// then only the branch it picks (both when the condition is symbolic).
//
// Failure: false, with `problem` set — the offset into the string of what is wrong (the
// function name of a failing call, or the argument the function complained about) and a
// message without position ("unknown function 'toLowr' (did you mean toLower?)").
//
// Not thread-safe by itself: one evaluator per scope, used by one thread.

#include "armexpression.h"
#include "armscope.h"
#include "armvalue.h"

namespace mlops::infra {

class ArmEvaluator {
public:
    explicit ArmEvaluator(ArmScope &scope) : m_scope(scope) {}

    // An expression when ArmExpression::isExpression(text), else the literal (see
    // ArmExpression::literal).
    bool evaluateString(const QString &text, ArmValue &out, ArmProblem &problem);
    bool evaluate(const ArmExpression &expression, ArmValue &out, ArmProblem &problem);

private:
    bool evaluateCall(const ArmExpression &call, ArmValue &out, ArmProblem &problem);
    bool evaluateAccess(const ArmExpression &access, ArmValue &out, ArmProblem &problem);

    ArmScope &m_scope;
};

}  // namespace mlops::infra
