#include "core/agent/variablemap.h"

#include <algorithm>

namespace mlops::agent {

void VariableMap::set(const Variable &variable)
{
    const QString k = key(variable.name);
    auto it = m_byKey.find(k);
    if (it == m_byKey.end()) {
        m_byKey.insert(k, variable);
        return;
    }
    const QString originalName = it->name;
    *it = variable;
    it->name = originalName;
}

void VariableMap::set(const QString &name, const QString &value, bool isSecret, bool isReadOnly)
{
    Variable v;
    v.name = name;
    v.value = value;
    v.isSecret = isSecret;
    v.isReadOnly = isReadOnly;
    set(v);
}

const Variable *VariableMap::find(QStringView name) const
{
    auto it = m_byKey.constFind(key(name));
    return it == m_byKey.constEnd() ? nullptr : &*it;
}

std::optional<QString> VariableMap::value(QStringView name) const
{
    const Variable *v = find(name);
    if (!v)
        return std::nullopt;
    return v->value;
}

bool VariableMap::remove(QStringView name)
{
    return m_byKey.remove(key(name)) > 0;
}

QList<Variable> VariableMap::variables() const
{
    QList<Variable> all;
    all.reserve(m_byKey.size());
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
        all.append(it.value());
    std::sort(all.begin(), all.end(), [](const Variable &a, const Variable &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return all;
}

QStringList VariableMap::names() const
{
    QStringList out;
    const QList<Variable> all = variables();
    for (const Variable &v : all)
        out.append(v.name);
    return out;
}

}  // namespace mlops::agent
