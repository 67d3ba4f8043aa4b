#include "core/agent/macroexpander.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mlops::agent {

namespace {

const QLatin1String kOpen("$(");

bool isRunNumberToken(QStringView name)
{
    return name.contains(QLatin1Char(':'));
}

// Calls visit(name, value) for each candidate macro in order; visit returns true and sets
// value to replace it. Implements the single pass shared by expand() and the recursive
// expansion.
template <typename Visit>
QString scan(QStringView text, Visit &&visit, int *replaced)
{
    QString out;
    QString value;
    qsizetype copied = 0;
    qsizetype from = 0;
    bool changed = false;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(kOpen, from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1Char(')'), open + 2);
        if (close < 0)
            break;
        const QStringView name = text.mid(open + 2, close - open - 2);
        value.clear();
        if (!name.isEmpty() && !isRunNumberToken(name) && visit(name, value)) {
            if (!changed) {
                out.reserve(text.size() + value.size());
                changed = true;
            }
            out += text.mid(copied, open - copied);
            out += value;
            copied = close + 1;
            from = close + 1;
            if (replaced)
                ++*replaced;
        } else {
            from = open + 1;
        }
    }
    if (!changed)
        return text.toString();
    out += text.mid(copied);
    return out;
}

}  // namespace

QString MacroExpander::expand(QStringView text, const Lookup &lookup, Stats *stats)
{
    int replaced = 0;
    QString out = scan(
        text,
        [&](QStringView name, QString &value) {
            std::optional<QString> found = lookup(name);
            if (!found)
                return false;
            value = std::move(*found);
            return true;
        },
        &replaced);
    if (stats)
        stats->replaced += replaced;
    return out;
}

QString MacroExpander::expand(QStringView text, const VariableMap &variables, Stats *stats)
{
    int replaced = 0;
    bool usedSecret = false;
    QString out = scan(
        text,
        [&](QStringView name, QString &value) {
            const Variable *v = variables.find(name);
            if (!v)
                return false;
            usedSecret = usedSecret || v->isSecret;
            value = v->value;
            return true;
        },
        &replaced);
    if (stats) {
        stats->replaced += replaced;
        stats->usedSecret = stats->usedSecret || usedSecret;
    }
    return out;
}

QStringList MacroExpander::referencedNames(QStringView text)
{
    QStringList names;
    scan(
        text,
        [&](QStringView name, QString &) {
            names.append(name.toString());
            return false;
        },
        nullptr);
    return names;
}

namespace {

class RecursiveExpansion {
public:
    explicit RecursiveExpansion(const VariableMap &input) : m_input(input) {}

    enum class State { Unvisited, InProgress, Done, Failed };

    struct Entry {
        State state = State::Unvisited;
        QString value;
        bool secret = false;
        bool depthFailed = false;  // Failed because the nesting is deeper than kMaxDepth
        int depth = 0;             // levels of nested references below this variable
    };

    // Expands one variable (memoised). The recursion depth equals the length of the
    // reference chain, which is bounded by the number of variables.
    Entry visit(const Variable &v)
    {
        const QString key = VariableMap::key(v.name);
        {
            const Entry existing = m_entries.value(key);
            if (existing.state != State::Unvisited)
                return existing;
        }
        m_entries[key].state = State::InProgress;
        m_stack.append(v.name);
        Entry result;
        if (v.isSecret) {
            result.value = v.value;
            result.secret = true;
            result.state = State::Done;
        } else {
            bool cyclic = false;
            bool tooDeep = false;
            int depth = 0;
            bool secret = false;
            QString value = scan(
                v.value,
                [&](QStringView name, QString &out) {
                    const Variable *ref = m_input.find(name);
                    if (!ref)
                        return false;
                    if (m_entries.value(VariableMap::key(ref->name)).state == State::InProgress) {
                        reportCycle(ref->name);
                        cyclic = true;
                        return false;
                    }
                    const Entry re = visit(*ref);
                    if (re.state != State::Done) {
                        tooDeep = tooDeep || re.depthFailed;
                        return false;  // a variable on a cycle: left as written
                    }
                    depth = std::max(depth, re.depth + 1);
                    secret = secret || re.secret;
                    out = re.value;
                    return true;
                },
                nullptr);
            if (cyclic || m_cycleMembers.contains(key)) {
                result.state = State::Failed;
                result.value = v.value;
            } else if (tooDeep || depth > MacroExpander::kMaxDepth) {
                result.state = State::Failed;
                result.depthFailed = true;
                result.value = v.value;
                MacroExpander::ExpansionError err;
                err.kind = MacroExpander::ExpansionError::Kind::DepthExceeded;
                err.variable = v.name;
                err.message = QStringLiteral("Variable '%1' could not be expanded: its references are nested "
                                             "deeper than %2 levels")
                                  .arg(v.name)
                                  .arg(MacroExpander::kMaxDepth);
                m_errors.append(err);
            } else {
                result.state = State::Done;
                result.value = std::move(value);
                result.secret = secret;
                result.depth = depth;
            }
        }
        m_stack.removeLast();
        m_entries[key] = result;
        return result;
    }

    QList<MacroExpander::ExpansionError> takeErrors() { return std::move(m_errors); }

private:
    void reportCycle(const QString &to)
    {
        const QString toKey = VariableMap::key(to);
        qsizetype startIdx = -1;
        for (qsizetype i = 0; i < m_stack.size(); ++i) {
            if (VariableMap::key(m_stack[i]) == toKey) {
                startIdx = i;
                break;
            }
        }
        if (startIdx < 0)
            return;
        QStringList chain = m_stack.mid(startIdx);
        chain.append(to);
        const QString path = chain.join(QStringLiteral(" -> "));
        for (qsizetype i = startIdx; i < m_stack.size(); ++i) {
            const QString memberKey = VariableMap::key(m_stack[i]);
            if (m_cycleMembers.contains(memberKey))
                continue;
            m_cycleMembers.insert(memberKey);
            MacroExpander::ExpansionError err;
            err.kind = MacroExpander::ExpansionError::Kind::Cycle;
            err.variable = m_stack[i];
            err.message = QStringLiteral("Variable '%1' could not be expanded: cyclic reference %2")
                              .arg(m_stack[i], path);
            m_errors.append(err);
        }
    }

    const VariableMap &m_input;
    QHash<QString, Entry> m_entries;
    QStringList m_stack;
    QSet<QString> m_cycleMembers;
    QList<MacroExpander::ExpansionError> m_errors;
};

}  // namespace

MacroExpander::ExpandedVariables MacroExpander::expandVariables(const VariableMap &variables)
{
    RecursiveExpansion expansion(variables);
    ExpandedVariables out;
    const QList<Variable> all = variables.variables();
    for (const Variable &v : all) {
        const auto e = expansion.visit(v);
        Variable copy = v;
        copy.value = e.value;
        copy.isSecret = v.isSecret || (e.state == RecursiveExpansion::State::Done && e.secret);
        out.variables.set(copy);
    }
    out.errors = expansion.takeErrors();
    std::sort(out.errors.begin(), out.errors.end(), [](const ExpansionError &a, const ExpansionError &b) {
        return a.variable.compare(b.variable, Qt::CaseInsensitive) < 0;
    });
    return out;
}

}  // namespace mlops::agent
