#pragma once
// ExpressionText: a YAML scalar that may contain `${{ }}` template expressions
// (LANGUAGE.md §5, §10.5), parsed once and evaluated on demand.
//
//   "${{ parameters.pool }}"        whole scalar: the result keeps its type (object, bool…)
//   "v${{ a }}-rc${{ b }}"          embedded: each result is rendered as text
//                                   (True/False, invariant numbers, null → ''); an array
//                                   or object inside text is an error
//   "plain"                         no expression: the text itself
//
// parse() checks the syntax of every piece (errors in untaken `${{ if }}` branches are
// fatal, §8.5); errors carry `column` inside the piece and `textColumn` inside the whole
// scalar. Closing `}}` inside a quoted string of the expression does not end it.
// Runtime `$[ ]` values: runtimeExpression() extracts the body when the WHOLE value is
// one `$[ ... ]` (anything else is plain text, §5).

#include "core/pipeline/expression/expression.h"

#include <QList>

#include <optional>

namespace mlops::pipeline {

class ExpressionText {
public:
    struct Piece {
        QString literal;                       // text outside expressions (may be empty)
        std::optional<Expression> expression;  // set for `${{ }}` pieces
        int offset = 0;                        // 0-based offset of the piece in the text
    };

    static ExpressionResult<ExpressionText> parse(const QString &text, const ExpressionParseOptions &options);
    // Parse + evaluate in one step.
    static ExpressionResult<ExpressionValue> evaluate(const QString &text, const ExpressionParseOptions &options,
                                                      const ExpressionContext &context);

    // True when `text` contains the `${{` marker at all (cheap pre-check).
    static bool containsTemplateExpression(const QString &text);
    // The body of a whole-value runtime expression `$[ body ]` (surrounding white space
    // allowed), or nullopt.
    static std::optional<QString> runtimeExpression(const QString &text);

    bool hasExpressions() const;
    // Exactly one `${{ }}` and nothing else: the value keeps its type.
    bool isWholeExpression() const;
    const QList<Piece> &pieces() const { return m_pieces; }
    const QString &text() const { return m_text; }

    ExpressionResult<ExpressionValue> evaluate(const ExpressionContext &context) const;

private:
    QString m_text;
    QList<Piece> m_pieces;
};

}  // namespace mlops::pipeline
