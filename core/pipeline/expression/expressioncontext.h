#pragma once
// ExpressionContext: what an expression can see while it is evaluated. The caller
// (template expander, agent, condition evaluator) implements it; SimpleExpressionContext
// is a ready-made implementation backed by values and callbacks.
//
// Which named values and functions are *allowed* is decided at parse time by
// ExpressionParseOptions; the context only supplies values for the allowed ones.
// Evaluation is synchronous: every method is called on the evaluating thread, during
// Expression::evaluate(), and must not keep references to its arguments.

#include "core/common/result.h"
#include "core/pipeline/expression/expressionvalue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::pipeline {

enum class StatusFunction { Always, Canceled, Failed, Succeeded, SucceededOrFailed };

class ExpressionContext {
public:
    virtual ~ExpressionContext() = default;

    // The value of a named value such as "variables", "parameters", "dependencies", a loop
    // variable, ... (`name` as written; match it case-insensitively). Unknown → Null.
    virtual ExpressionValue namedValue(const QString &name) const = 0;

    // Called when `namedValue.key` (or namedValue['key']) is absent. Return a message to
    // make that an evaluation error (undeclared template parameters, LANGUAGE.md §10.6);
    // nullopt (the default) makes the access yield Null.
    virtual std::optional<QString> missingMemberError(const QString &namedValue, const QString &key) const
    {
        Q_UNUSED(namedValue);
        Q_UNUSED(key);
        return std::nullopt;
    }

    // A status function of a condition: `names` are the evaluated string arguments
    // (job or stage names; empty = the default dependencies / current job). The default
    // implementation reports that status functions are unavailable.
    virtual Result<bool> status(StatusFunction function, const QStringList &names) const
    {
        Q_UNUSED(function);
        Q_UNUSED(names);
        return makeError(ErrorCode::Unsupported, QStringLiteral("Status functions are not available here"));
    }

    // counter(prefix, seed): the seed on the first call for a prefix, then incremented per
    // run. The default implementation reports that counters are unavailable.
    virtual Result<double> counter(const QString &prefix, double seed) const
    {
        Q_UNUSED(prefix);
        Q_UNUSED(seed);
        return makeError(ErrorCode::Unsupported, QStringLiteral("counter() is not available here"));
    }
};

}  // namespace mlops::pipeline
