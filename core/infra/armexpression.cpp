#include "armexpression.h"

namespace mlops::infra {

namespace {

bool isNameStart(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$'; }
bool isNameChar(QChar c) { return isNameStart(c) || (c >= u'0' && c <= u'9'); }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

class Parser {
public:
    // Parses source[1 .. size-2] (inside the brackets).
    explicit Parser(const QString &source) : m_source(source), m_pos(1), m_end(source.size() - 1) {}

    bool parseAll(ArmExpression &out)
    {
        skipSpace();
        if (m_pos >= m_end)
            return fail(m_pos, QStringLiteral("empty expression: write a function call such as [parameters('name')]"));
        if (!parseExpression(out, 0))
            return false;
        skipSpace();
        if (m_pos < m_end)
            return fail(m_pos, QStringLiteral("unexpected '%1' after the end of the expression").arg(m_source.at(m_pos)));
        return true;
    }

    const ArmProblem &problem() const { return m_problem; }

private:
    static constexpr int kMaxDepth = 128;

    QChar peek() const { return m_pos < m_end ? m_source.at(m_pos) : QChar(); }

    bool fail(qsizetype offset, const QString &message)
    {
        if (m_problem.message.isEmpty())
            m_problem = ArmProblem{offset, message};
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_end && m_source.at(m_pos).isSpace())
            ++m_pos;
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_end && isNameChar(m_source.at(m_pos)))
            ++m_pos;
        return m_source.mid(start, m_pos - start);
    }

    bool parseExpression(ArmExpression &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_pos, QStringLiteral("the expression is nested too deeply"));
        if (!parsePrimary(out, depth))
            return false;
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c == u'.') {
                const qsizetype at = m_pos;
                ++m_pos;
                skipSpace();
                if (!isNameStart(peek()))
                    return fail(m_pos, QStringLiteral("expected a property name after '.'"));
                ArmExpression access;
                access.kind = ArmExpression::Kind::Property;
                access.offset = at;
                access.text = readName();
                access.children.push_back(std::move(out));
                out = std::move(access);
            } else if (c == u'[') {
                const qsizetype at = m_pos;
                ++m_pos;
                skipSpace();
                ArmExpression index;
                if (m_pos >= m_end || peek() == u']')
                    return fail(m_pos, QStringLiteral("expected an index inside '[ ]'"));
                if (!parseExpression(index, depth + 1))
                    return false;
                skipSpace();
                if (peek() != u']')
                    return fail(m_pos, QStringLiteral("expected ']' to close the index opened at column %1").arg(at + 1));
                ++m_pos;
                ArmExpression access;
                access.kind = ArmExpression::Kind::Index;
                access.offset = at;
                access.children.push_back(std::move(out));
                access.children.push_back(std::move(index));
                out = std::move(access);
            } else {
                return true;
            }
        }
    }

    bool parsePrimary(ArmExpression &out, int depth)
    {
        skipSpace();
        out.offset = m_pos;
        const QChar c = peek();
        if (m_pos >= m_end)
            return fail(m_pos, QStringLiteral("the expression ends too early: expected a value"));
        if (c == u'\'')
            return parseString(out);
        if (isDigit(c) || c == u'-')
            return parseInteger(out);
        if (!isNameStart(c)) {
            if (c == u'"')
                return fail(m_pos, QStringLiteral("strings in expressions are written in single quotes"));
            return fail(m_pos, QStringLiteral("unexpected '%1': expected a function call, a 'string' or a number").arg(c));
        }
        QString name = readName();
        // A user-defined function is called as namespace.name(…).
        if (peek() == u'.' && m_pos + 1 < m_end && isNameStart(m_source.at(m_pos + 1))) {
            const qsizetype save = m_pos;
            ++m_pos;
            const QString member = readName();
            skipSpace();
            if (peek() == u'(')
                name += QLatin1Char('.') + member;
            else
                m_pos = save;
        }
        skipSpace();
        if (peek() != u'(') {
            if (name.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
                return fail(out.offset, QStringLiteral("'%1' is a function in ARM expressions: write %1()").arg(name));
            return fail(m_pos, QStringLiteral("expected '(' after the function name '%1' (strings are written in single quotes)").arg(name));
        }
        out.kind = ArmExpression::Kind::Call;
        out.text = name;
        const qsizetype open = m_pos;
        ++m_pos;
        skipSpace();
        if (peek() == u')') {
            ++m_pos;
            return true;
        }
        for (;;) {
            ArmExpression argument;
            if (!parseExpression(argument, depth + 1))
                return false;
            out.children.push_back(std::move(argument));
            skipSpace();
            const QChar next = peek();
            if (next == u',') {
                ++m_pos;
                skipSpace();
                if (peek() == u')')
                    return fail(m_pos, QStringLiteral("expected an argument after ','"));
                continue;
            }
            if (next == u')') {
                ++m_pos;
                return true;
            }
            if (m_pos >= m_end)
                return fail(open, QStringLiteral("'(' of %1 is not closed: expected ')'").arg(name));
            return fail(m_pos, QStringLiteral("expected ',' or ')' in the arguments of %1, found '%2'").arg(name, next));
        }
    }

    bool parseString(ArmExpression &out)
    {
        out.kind = ArmExpression::Kind::String;
        const qsizetype open = m_pos;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_end)
                return fail(open, QStringLiteral("this string is not closed: expected a single quote"));
            const QChar c = m_source.at(m_pos);
            if (c == u'\'') {
                if (m_pos + 1 < m_end && m_source.at(m_pos + 1) == u'\'') {
                    out.text.append(c);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            out.text.append(c);
            ++m_pos;
        }
    }

    bool parseInteger(ArmExpression &out)
    {
        out.kind = ArmExpression::Kind::Integer;
        const qsizetype start = m_pos;
        if (peek() == u'-')
            ++m_pos;
        const qsizetype digits = m_pos;
        while (m_pos < m_end && isDigit(m_source.at(m_pos)))
            ++m_pos;
        if (m_pos == digits)
            return fail(start, QStringLiteral("expected digits after '-'"));
        if (peek() == u'.')
            return fail(m_pos, QStringLiteral("ARM expressions have integers only: write json('%1') for a fraction")
                                   .arg(m_source.mid(start, m_pos - start)));
        if (isNameChar(peek()))
            return fail(m_pos, QStringLiteral("unexpected '%1' in a number").arg(peek()));
        bool ok = false;
        out.integer = m_source.mid(start, m_pos - start).toLongLong(&ok);
        if (!ok)
            return fail(start, QStringLiteral("the integer %1 does not fit in 64 bits").arg(m_source.mid(start, m_pos - start)));
        return true;
    }

    const QString &m_source;
    qsizetype m_pos;
    qsizetype m_end;
    ArmProblem m_problem;
};

}  // namespace

bool ArmExpression::isExpression(const QString &value)
{
    return value.size() >= 2 && value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))
           && !value.startsWith(QLatin1String("[["));
}

QString ArmExpression::literal(const QString &value)
{
    if (value.startsWith(QLatin1String("[[")) && value.endsWith(QLatin1Char(']')))
        return value.mid(1);
    return value;
}

bool ArmExpression::parse(const QString &source, ArmExpression &out, ArmProblem &problem)
{
    Parser parser(source);
    out = ArmExpression();
    if (parser.parseAll(out))
        return true;
    problem = parser.problem();
    return false;
}

}  // namespace mlops::infra
