#include "core/pipeline/expand/templateexpressioncontext.h"

namespace mlops::pipeline {

void TemplateExpressionContext::setParameters(ExpressionValue parameters, bool strict)
{
    m_parameters = std::move(parameters);
    m_strict = strict;
}

void TemplateExpressionContext::pushLoopVariable(const QString &name, ExpressionValue value)
{
    m_loop.append({name, std::move(value)});
}

void TemplateExpressionContext::popLoopVariable()
{
    if (!m_loop.isEmpty())
        m_loop.removeLast();
}

QStringList TemplateExpressionContext::namedValueNames() const
{
    QStringList names{QStringLiteral("parameters"), QStringLiteral("variables")};
    for (const auto &loop : m_loop)
        names.append(loop.first);
    return names;
}

ExpressionValue TemplateExpressionContext::namedValue(const QString &name) const
{
    for (qsizetype i = m_loop.size() - 1; i >= 0; --i) {
        if (m_loop.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            return m_loop.at(i).second;
    }
    if (name.compare(QLatin1String("parameters"), Qt::CaseInsensitive) == 0)
        return m_parameters;
    if (name.compare(QLatin1String("variables"), Qt::CaseInsensitive) == 0)
        return m_variables;
    return {};
}

std::optional<QString> TemplateExpressionContext::missingMemberError(const QString &namedValue,
                                                                     const QString &key) const
{
    if (!m_strict || namedValue.compare(QLatin1String("parameters"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    for (const auto &loop : m_loop) {
        if (loop.first.compare(namedValue, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return QStringLiteral("Unrecognized value: 'parameters.%1'. The template does not declare a parameter '%1'")
        .arg(key);
}

}  // namespace mlops::pipeline
