#pragma once
// ExpressionFormatter: the format() function of the expression language.
//   format('{0}-{1}', a, b)     placeholders are replaced by the arguments' text
//   '{{' and '}}'               literal braces
//   '{0:yyyyMMdd}'              .NET-style date format of a date argument
// Date arguments are strings in ISO 8601 form (e.g. the value the caller gives for
// pipeline.startTime, "2026-11-25T14:35:33Z"). Supported specifiers: yyyy yy MM M dd d
// HH H mm m ss s f..fffffff K; other letters are an error, other characters are copied.
// Errors (unbalanced braces, bad index, unknown specifier) are returned, never thrown.

#include "core/pipeline/expression/expressionerror.h"
#include "core/pipeline/expression/expressionvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mlops::pipeline {

class ExpressionFormatter {
public:
    // args[0] is the format string, the rest are the placeholders' values.
    static ExpressionResult<QString> format(const QList<ExpressionValue> &args);

    // Applies a .NET-style custom date format (see above) to `dateTime`.
    static ExpressionResult<QString> formatDate(const QDateTime &dateTime, const QString &specifier);

    // ISO 8601 text → date/time; nullopt when `text` is not a date.
    static std::optional<QDateTime> parseDate(const QString &text);
};

}  // namespace mlops::pipeline
