#pragma once
// TemplateExpressionContext: what a `${{ }}` expression sees while a template is
// expanded (LANGUAGE.md §5, §6.1, §10.6): `parameters` of the template being expanded,
// the compile-time `variables` visible at that point, and the loop variables of the
// enclosing `${{ each }}` directives (innermost wins).
//
// Reading a parameter that the template does not have is an error when evaluated
// ("'parameters.x' is not defined"), except for legacy (untyped) templates, where it is
// Null. Variables are copied into the context (the expander keeps its own table).
// Cheap to copy; not thread-safe for writes.

#include "core/pipeline/expression/expressioncontext.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace mlops::pipeline {

class TemplateExpressionContext : public ExpressionContext {
public:
    void setParameters(ExpressionValue parameters, bool strict);
    void setVariables(ExpressionValue variables) { m_variables = std::move(variables); }
    void pushLoopVariable(const QString &name, ExpressionValue value);
    void popLoopVariable();
    // "parameters", "variables" and the loop variable names (for parse options).
    QStringList namedValueNames() const;

    ExpressionValue namedValue(const QString &name) const override;
    std::optional<QString> missingMemberError(const QString &namedValue, const QString &key) const override;

private:
    ExpressionValue m_parameters;
    bool m_strict = false;
    ExpressionValue m_variables;
    QList<std::pair<QString, ExpressionValue>> m_loop;
};

}  // namespace mlops::pipeline
