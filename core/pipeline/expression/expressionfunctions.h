#pragma once
// ExpressionFunctions: the table of built-in functions of the expression language
// (LANGUAGE.md §10.2) and the implementations of the functions whose arguments are
// all evaluated first. The short-circuit functions (and, or, in, notIn, coalesce), the
// status functions and counter() are driven by ExpressionEvaluator because they need
// lazy argument evaluation or the ExpressionContext.
// Stateless; all members are static and thread-safe.

#include "core/pipeline/expression/expressionerror.h"
#include "core/pipeline/expression/expressionvalue.h"

#include <QList>
#include <QString>

namespace mlops::pipeline {

enum class ExpressionFunction {
    Unknown,  // only in syntax-only parses
    And, Or, Not, Xor,
    Eq, Ne, Gt, Ge, Lt, Le,
    In, NotIn,
    Contains, ContainsValue, StartsWith, EndsWith,
    Coalesce, Format, Join, Replace, Split, Lower, Upper, Trim, Substring,
    Length, ConvertToJson, Iif, Counter,
    Always, Canceled, Failed, Succeeded, SucceededOrFailed,
};

struct ExpressionFunctionInfo {
    ExpressionFunction id = ExpressionFunction::Unknown;
    QString name;         // canonical spelling, e.g. "startsWith"
    int minArgs = 0;
    int maxArgs = 0;      // kUnlimitedArgs for variadic functions
    bool runtimeOnly = false;  // counter
    bool statusFunction = false;
};

class ExpressionFunctions {
public:
    static constexpr int kUnlimitedArgs = 1 << 20;
    // Largest string a function may build (replace, format, join, convertToJson, ...);
    // bigger results are an evaluation error, so hostile input cannot exhaust memory.
    static constexpr qsizetype kMaxResultLength = 1 << 20;

    // Case-insensitive lookup; nullptr when `name` is not a built-in function.
    static const ExpressionFunctionInfo *find(const QString &name);
    static const ExpressionFunctionInfo &info(ExpressionFunction id);

    // Functions whose arguments are all evaluated before the call. Errors carry no column
    // (the evaluator adds the column of the call).
    static ExpressionResult<ExpressionValue> call(ExpressionFunction id, const QList<ExpressionValue> &args);

    // "Unable to convert from Array to String." style message.
    static QString conversionError(const ExpressionValue &value, ExpressionValue::Kind to);
};

}  // namespace mlops::pipeline
