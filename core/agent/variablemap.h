#pragma once
// A case-insensitive set of job variables (Azure Pipelines variable names ignore case).
// Value type; not thread-safe (copy it per thread). The first spelling of a name is kept
// when the variable is overwritten through another spelling.

#include "core/agent/variable.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace mlops::agent {

class VariableMap {
public:
    VariableMap() = default;

    // Sets (creates or replaces) a variable. Replacing keeps the original spelling of the name.
    void set(const Variable &variable);
    void set(const QString &name, const QString &value, bool isSecret = false, bool isReadOnly = false);

    // nullptr when no variable has this name (compared case-insensitively).
    const Variable *find(QStringView name) const;
    std::optional<QString> value(QStringView name) const;
    bool contains(QStringView name) const { return find(name) != nullptr; }
    bool remove(QStringView name);

    int size() const { return int(m_byKey.size()); }
    bool isEmpty() const { return m_byKey.isEmpty(); }

    // All variables, sorted by name case-insensitively (deterministic order).
    QList<Variable> variables() const;
    QStringList names() const;

    static QString key(QStringView name) { return name.toString().toLower(); }

private:
    QHash<QString, Variable> m_byKey;  // key = lower-cased name
};

}  // namespace mlops::agent
