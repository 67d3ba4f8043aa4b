#pragma once
// SimpleExpressionContext: an ExpressionContext backed by a table of named values and
// optional callbacks for status functions and counter(). Enough for tests, the CLI's
// `expression` helpers and as a base for the template expander. Not thread-safe for
// writes; concurrent evaluation against an unchanging instance is fine when the
// callbacks are.

#include "core/pipeline/expression/expressioncontext.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace mlops::pipeline {

class SimpleExpressionContext : public ExpressionContext {
public:
    using StatusCallback = std::function<Result<bool>(StatusFunction, const QStringList &)>;
    using CounterCallback = std::function<Result<double>(const QString &, double)>;

    // Sets (or replaces) a named value; names are case-insensitive.
    void setNamedValue(const QString &name, ExpressionValue value);
    // Accessing a missing member of this named value is an error
    // ("'parameters.x' is not defined"), as for template parameters.
    void setStrict(const QString &name, bool strict = true);
    void setStatusCallback(StatusCallback callback) { m_status = std::move(callback); }
    void setCounterCallback(CounterCallback callback) { m_counter = std::move(callback); }

    ExpressionValue namedValue(const QString &name) const override;
    std::optional<QString> missingMemberError(const QString &namedValue, const QString &key) const override;
    Result<bool> status(StatusFunction function, const QStringList &names) const override;
    Result<double> counter(const QString &prefix, double seed) const override;

private:
    QHash<QString, ExpressionValue> m_values;  // case-folded name → value
    QSet<QString> m_strict;                     // case-folded names
    StatusCallback m_status;
    CounterCallback m_counter;
};

}  // namespace mlops::pipeline
