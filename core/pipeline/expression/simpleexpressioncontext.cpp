#include "core/pipeline/expression/simpleexpressioncontext.h"

namespace mlops::pipeline {

void SimpleExpressionContext::setNamedValue(const QString &name, ExpressionValue value)
{
    m_values.insert(name.toCaseFolded(), std::move(value));
}

void SimpleExpressionContext::setStrict(const QString &name, bool strict)
{
    if (strict)
        m_strict.insert(name.toCaseFolded());
    else
        m_strict.remove(name.toCaseFolded());
}

ExpressionValue SimpleExpressionContext::namedValue(const QString &name) const
{
    return m_values.value(name.toCaseFolded());
}

std::optional<QString> SimpleExpressionContext::missingMemberError(const QString &namedValue, const QString &key) const
{
    if (!m_strict.contains(namedValue.toCaseFolded()))
        return std::nullopt;
    return QStringLiteral("'%1.%2' is not defined").arg(namedValue, key);
}

Result<bool> SimpleExpressionContext::status(StatusFunction function, const QStringList &names) const
{
    if (!m_status)
        return ExpressionContext::status(function, names);
    return m_status(function, names);
}

Result<double> SimpleExpressionContext::counter(const QString &prefix, double seed) const
{
    if (!m_counter)
        return ExpressionContext::counter(prefix, seed);
    return m_counter(prefix, seed);
}

}  // namespace mlops::pipeline
