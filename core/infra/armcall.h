#pragma once
// ArmCall: one call of a template function as its implementation sees it — the evaluated
// arguments, the scope, and typed accessors whose failure names the argument:
// "the 2nd argument of toLower() must be a String, not an Integer". An implementation
// returns such an Error; failedArgument() then tells the evaluator which argument to point
// at (-1: the call itself).

#include "armscope.h"
#include "armvalue.h"

#include "core/common/result.h"

#include <QString>

namespace mlops::infra {

class ArmCall {
public:
    ArmCall(QString name, ArmArray arguments, ArmScope &scope)
        : m_name(std::move(name)), m_arguments(std::move(arguments)), m_scope(scope)
    {
    }

    const QString &name() const { return m_name; }  // as written in the template
    const ArmArray &arguments() const { return m_arguments; }
    qsizetype count() const { return m_arguments.size(); }
    const ArmValue &at(qsizetype i) const { return m_arguments.at(i); }
    ArmScope &scope() { return m_scope; }

    int failedArgument() const { return m_failedArgument; }

    // An InvalidInput error about argument `i` (-1: the call).
    Error fail(int i, const QString &message);
    // "the 2nd argument of name()" (for messages).
    QString describe(int i) const;

    Result<QString> string(int i);
    Result<qint64> integer(int i);
    Result<bool> boolean(int i);
    Result<ArmArray> array(int i);
    // An InvalidInput error: argument `i` must be one of `expected` ("a String or an Array").
    Error wrongType(int i, const QString &expected);

private:
    QString m_name;
    ArmArray m_arguments;
    ArmScope &m_scope;
    int m_failedArgument = -1;
};

}  // namespace mlops::infra
