#pragma once
// Test helper: builds a SimpleExpressionContext and parse options from a JSON object.
// Keys become named values; special keys:
//   "$strict":  ["parameters"]              missing members of these are errors
//   "$status":  {"succeeded": true, "failed(A,B)": false, ...}   status callback answers
//   "$counter": {"prefix": 7}               counter() answers (else the seed)
// Modes: "t" template, "r" runtime variable, "c" condition, "s" syntax-only template.

#include "core/pipeline/expression/expressionparser.h"
#include "core/pipeline/expression/simpleexpressioncontext.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace mlops::pipeline::test {

struct TestSetup {
    std::shared_ptr<SimpleExpressionContext> context;
    ExpressionParseOptions options;
};

// Returns false (and sets *error) when the JSON is invalid or the mode unknown.
bool makeSetup(const QString &mode, const QString &contextJson, TestSetup *setup, QString *error);

// "=<json>", "v:<version>", "s:<raw string>" → the expected value.
bool parseExpectedValue(const QString &spec, ExpressionValue *value, QString *error);

// A readable rendering of a value for failure messages.
QString describe(const ExpressionValue &value);

}  // namespace mlops::pipeline::test
