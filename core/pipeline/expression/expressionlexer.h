#pragma once
// ExpressionLexer: splits the text of one expression (the part inside `${{ }}`, `$[ ]`
// or a `condition:`) into tokens with their 1-based columns. It never fails: text that
// is not a valid token becomes an Unexpected token that the parser reports as
// "Unexpected symbol: '<text>'". Plain value type, no shared state.

#include <QList>
#include <QString>

namespace mlops::pipeline {

struct ExpressionToken {
    enum class Kind {
        Keyword,       // identifier: function name, named value, true/false/null
        Number,        // numeric literal (text kept; converted by the parser)
        Version,       // 1.2.3 or 1.2.3.4
        String,        // 'text' (value has '' unescaped)
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
        Dot,           // property dereference
        Star,          // wildcard
        Unexpected,
        End,
    };
    Kind kind = Kind::End;
    QString text;   // the raw text as written
    QString value;  // unescaped string contents (String only)
    int column = 0; // 1-based
};

class ExpressionLexer {
public:
    // All tokens of `expression`, ending with one End token.
    static QList<ExpressionToken> tokenize(const QString &expression);
};

}  // namespace mlops::pipeline
