#pragma once
// ArmExpression: the syntax tree of one ARM template expression — the text of a JSON
// string that starts with '[' and ends with ']', e.g.
// "[concat(parameters('baseName'), '-ws')]" — and its parser.
//
// Grammar (what Azure Resource Manager accepts):
//   expression := primary accessor*
//   primary    := 'string' ('' escapes a quote) | integer (optionally negative)
//               | name '(' [expression (',' expression)*] ')'   (name may be ns.name)
//   accessor   := '.' name | '[' expression ']'
// Function names are case-insensitive; there are no operators and no bare identifiers
// (true(), false() and null() are functions).
//
// Offsets are indexes into the whole string, so the opening '[' is 0: a problem at offset
// k is at column k + 1 "of the expression" and maps to the file through
// JsonSource::at(node, k).
//
// Plain data and a pure function: thread-safe.

#include <QString>

#include <vector>

namespace mlops::infra {

// A problem found in an expression: where (offset into the string) and what.
struct ArmProblem {
    qsizetype offset = 0;
    QString message;
};

struct ArmExpression {
    enum class Kind {
        String,    // text
        Integer,   // integer
        Call,      // text = function name as written; children = arguments
        Property,  // text = member name; children[0] = target
        Index,     // children[0] = target, children[1] = index
    };

    Kind kind = Kind::String;
    qsizetype offset = 0;  // where the node starts (a call: its name; an accessor: '.' or '[')
    QString text;
    qint64 integer = 0;
    std::vector<ArmExpression> children;

    // True when `value` is an expression: it starts with '[' and ends with ']' and does
    // not start with "[[" (the escape for a literal that starts with '[').
    static bool isExpression(const QString &value);
    // A literal string as ARM reads it: "[[x]" stands for "[x]"; anything else as it is.
    static QString literal(const QString &value);

    // Parses `source` (precondition: isExpression(source)). On failure returns false and
    // fills `problem` (offset into `source`).
    static bool parse(const QString &source, ArmExpression &out, ArmProblem &problem);
};

}  // namespace mlops::infra
