#pragma once
// ExpressionError / ExpressionResult<T>: what every parse and evaluation step of the
// expression language returns. Like mlops::Result<T>, but the error also says WHERE in
// the expression text the problem is, so the caller can map it to a YAML line:column.

#include "core/common/result.h"

#include <QString>

#include <utility>
#include <variant>

namespace mlops::pipeline {

struct ExpressionError {
    // Short message in the wording Azure Pipelines uses, e.g. "Unexpected symbol: '+'",
    // "Unrecognized function: 'foo'", "Unrecognized named-value: 'bar'".
    QString message;
    // 1-based column (UTF-16 unit) inside `expression`; 0 when no position applies
    // (e.g. "Exceeded max expression length").
    int column = 0;
    // The expression text the column refers to (without `${{ }}` / `$[ ]`).
    QString expression;
    // When the expression was embedded in a larger text (ExpressionText), the 1-based
    // column of the error inside that whole text; 0 otherwise.
    int textColumn = 0;

    // "<message>. Located at position <column> within expression: <expression>"
    // (just the message when there is no position).
    QString toString() const
    {
        if (column <= 0)
            return message;
        return message + QStringLiteral(". Located at position ") + QString::number(column)
            + QStringLiteral(" within expression: ") + expression;
    }
    Error toError() const { return makeError(ErrorCode::InvalidInput, toString()); }
};

template <typename T>
class [[nodiscard]] ExpressionResult {
public:
    ExpressionResult(T value) : m_data(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    ExpressionResult(ExpressionError error) : m_data(std::move(error)) {}  // NOLINT

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    // Precondition: ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    // Precondition: !ok().
    const ExpressionError &error() const { return std::get<1>(m_data); }

    // Conversion to the project-wide Result (error code InvalidInput, positioned message).
    Result<T> toResult() const &
    {
        if (ok())
            return value();
        return error().toError();
    }

private:
    std::variant<T, ExpressionError> m_data;
};

}  // namespace mlops::pipeline
