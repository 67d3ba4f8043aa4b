#include "core/pipeline/expression/expressionparser.h"

#include "core/pipeline/expression/expressionlexer.h"

#include <optional>

namespace mlops::pipeline {

ExpressionParseOptions ExpressionParseOptions::forTemplate(const QStringList &extraNamedValues)
{
    ExpressionParseOptions options;
    options.namedValues = QStringList{QStringLiteral("parameters"), QStringLiteral("variables")} + extraNamedValues;
    return options;
}

ExpressionParseOptions ExpressionParseOptions::forRuntimeVariable()
{
    ExpressionParseOptions options;
    options.namedValues = {QStringLiteral("variables"), QStringLiteral("dependencies"),
                           QStringLiteral("stageDependencies"), QStringLiteral("pipeline"),
                           QStringLiteral("resources")};
    options.allowCounter = true;
    return options;
}

ExpressionParseOptions ExpressionParseOptions::forCondition()
{
    ExpressionParseOptions options = forRuntimeVariable();
    options.allowCounter = false;
    options.allowStatusFunctions = true;
    return options;
}

namespace {

using Kind = ExpressionToken::Kind;
using Node = ExpressionNode;

class Parser {
public:
    Parser(const QString &text, const ExpressionParseOptions &options)
        : m_text(text), m_options(options), m_tokens(ExpressionLexer::tokenize(text))
    {
    }

    ExpressionResult<std::shared_ptr<const ExpressionNode>> run()
    {
        if (m_tokens.size() == 1)
            return ExpressionError{QStringLiteral("The expression is empty"), 0, m_text, 0};
        Node root;
        if (!parseValue(1, root))
            return *m_error;
        if (peek().kind != Kind::End) {
            unexpected(peek());
            return *m_error;
        }
        if (m_unrecognized && !m_options.syntaxOnly)
            return *m_unrecognized;
        return std::make_shared<const ExpressionNode>(std::move(root));
    }

private:
    const ExpressionToken &peek() const { return m_tokens.at(m_pos); }
    const ExpressionToken &take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }

    bool fail(const QString &message, int column)
    {
        if (!m_error)
            m_error = ExpressionError{message, column, m_text, 0};
        return false;
    }

    bool unexpected(const ExpressionToken &token)
    {
        if (token.kind == Kind::End) {
            const ExpressionToken &last = m_tokens.at(m_pos > 0 ? m_pos - 1 : 0);
            return fail(QStringLiteral("Unexpected end of expression: '%1'").arg(last.text), last.column);
        }
        return fail(QStringLiteral("Unexpected symbol: '%1'").arg(token.text), token.column);
    }

    bool checkDepth(int level, int column)
    {
        if (level > ExpressionParser::kMaxDepth)
            return fail(QStringLiteral("Exceeded max expression depth %1").arg(ExpressionParser::kMaxDepth), column);
        return true;
    }

    void unrecognized(const QString &what, const ExpressionToken &token)
    {
        if (!m_unrecognized)
            m_unrecognized = ExpressionError{QStringLiteral("Unrecognized %1: '%2'").arg(what, token.text),
                                             token.column, m_text, 0};
    }

    bool isAllowedNamedValue(const QString &name) const
    {
        for (const QString &allowed : m_options.namedValues) {
            if (allowed.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    const ExpressionFunctionInfo *allowedFunction(const QString &name) const
    {
        const ExpressionFunctionInfo *info = ExpressionFunctions::find(name);
        if (!info)
            return nullptr;
        if (info->runtimeOnly && !m_options.allowCounter)
            return nullptr;
        if (info->statusFunction && !m_options.allowStatusFunctions)
            return nullptr;
        return info;
    }

    bool parseFunction(int level, const ExpressionToken &nameToken, Node &out)
    {
        take();  // '('
        out.type = Node::Type::Function;
        out.name = nameToken.text;
        out.column = nameToken.column;
        const ExpressionFunctionInfo *info = allowedFunction(nameToken.text);
        if (info)
            out.function = info->id;
        else
            unrecognized(QStringLiteral("function"), nameToken);
        if (peek().kind == Kind::RightParen) {
            take();
        } else {
            while (true) {
                Node argument;
                if (!parseValue(level + 1, argument))
                    return false;
                out.children.push_back(std::move(argument));
                const ExpressionToken &separator = take();
                if (separator.kind == Kind::RightParen)
                    break;
                if (separator.kind != Kind::Comma)
                    return unexpected(separator);
            }
        }
        if (info) {
            const auto count = static_cast<qsizetype>(out.children.size());
            if (count < info->minArgs)
                return fail(QStringLiteral("Too few parameters supplied: '%1'").arg(nameToken.text), nameToken.column);
            if (count > info->maxArgs)
                return fail(QStringLiteral("Too many parameters supplied: '%1'").arg(nameToken.text), nameToken.column);
        }
        return true;
    }

    bool parsePrimary(int level, Node &out)
    {
        if (!checkDepth(level, peek().column))
            return false;
        const ExpressionToken &token = take();
        out.column = token.column;
        switch (token.kind) {
        case Kind::Keyword: {
            if (peek().kind == Kind::LeftParen)
                return parseFunction(level, token, out);
            out.type = Node::Type::Literal;
            if (token.text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0) {
                out.literal = ExpressionValue::boolean(true);
            } else if (token.text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0) {
                out.literal = ExpressionValue::boolean(false);
            } else if (token.text.compare(QStringLiteral("null"), Qt::CaseInsensitive) == 0) {
                out.literal = ExpressionValue::null();
            } else {
                out.type = Node::Type::NamedValue;
                out.name = token.text;
                if (!isAllowedNamedValue(token.text))
                    unrecognized(QStringLiteral("named-value"), token);
            }
            return true;
        }
        case Kind::Number: {
            QString text = token.text;
            if (text.endsWith(QLatin1Char('.')))
                text += QLatin1Char('0');
            out.type = Node::Type::Literal;
            out.literal = ExpressionValue::number(ExpressionValue::parseNumber(text).value_or(0.0));
            return true;
        }
        case Kind::Version: {
            const auto version = ExpressionValue::VersionValue::parse(token.text);
            if (!version)
                return unexpected(token);  // a part beyond Int32
            out.type = Node::Type::Literal;
            out.literal = ExpressionValue::version(*version);
            return true;
        }
        case Kind::String:
            out.type = Node::Type::Literal;
            out.literal = ExpressionValue::string(token.value);
            return true;
        default:
            return unexpected(token);
        }
    }

    bool parseValue(int level, Node &out)
    {
        if (!parsePrimary(level, out))
            return false;
        // Postfix chain: each step wraps the node so far, one level deeper.
        int chain = 0;
        while (peek().kind == Kind::Dot || peek().kind == Kind::LeftBracket) {
            ++chain;
            const ExpressionToken &opener = take();
            if (!checkDepth(level + chain, opener.column))
                return false;
            Node wrapper;
            wrapper.column = opener.column;
            if (opener.kind == Kind::Dot) {
                const ExpressionToken &member = take();
                if (member.kind == Kind::Star) {
                    wrapper.type = Node::Type::Wildcard;
                } else if (member.kind == Kind::Keyword) {
                    wrapper.type = Node::Type::Property;
                    wrapper.name = member.text;
                } else {
                    return unexpected(member);
                }
            } else if (peek().kind == Kind::Star && m_tokens.at(m_pos + 1).kind == Kind::RightBracket) {
                take();
                take();
                wrapper.type = Node::Type::Wildcard;
            } else {
                wrapper.type = Node::Type::Index;
                Node index;
                if (!parseValue(level + chain + 1, index))
                    return false;
                const ExpressionToken &closer = take();
                if (closer.kind != Kind::RightBracket)
                    return unexpected(closer);
                wrapper.children.push_back(std::move(out));
                wrapper.children.push_back(std::move(index));
                out = std::move(wrapper);
                continue;
            }
            wrapper.children.push_back(std::move(out));
            out = std::move(wrapper);
        }
        return true;
    }

    const QString &m_text;
    const ExpressionParseOptions &m_options;
    QList<ExpressionToken> m_tokens;
    qsizetype m_pos = 0;
    std::optional<ExpressionError> m_error;
    std::optional<ExpressionError> m_unrecognized;
};

}  // namespace

ExpressionResult<std::shared_ptr<const ExpressionNode>> ExpressionParser::parse(const QString &expression,
                                                                                const ExpressionParseOptions &options)
{
    if (expression.size() > kMaxLength)
        return ExpressionError{QStringLiteral("Exceeded max expression length %1").arg(kMaxLength), 0,
                               expression.left(100), 0};
    Parser parser(expression, options);
    return parser.run();
}

}  // namespace mlops::pipeline
