#pragma once
// Builds the environment of one step's process from the job's variables (LANGUAGE.md §4.4,
// §15). Pure and thread-safe.
//
// Order (later wins): the base environment (the agent's own), every NON-secret variable
// under its environment name, TF_BUILD=True, the step's `env:` entries (names as written,
// values macro-expanded against all variables including secrets: the only way a secret
// reaches a process), then PATH with the prepended directories in front (the last
// task.prependpath first).
// Environment name: upper-cased, '.' and ' ' replaced by '_' (preserveCase keeps the case).
// Two variables mapping to the same name: the later one in case-insensitive name order
// wins and a warning names both.

#include "core/agent/variablemap.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops::agent {

class EnvironmentBuilder {
public:
    struct Input {
        QMap<QString, QString> base;                 // inherited environment
        VariableMap variables;                       // the job's (expanded) variables
        QList<QPair<QString, QString>> stepEnv;      // the step's `env:` mapping, in order
        QStringList prependedPaths;                  // task.prependpath, in the order issued
        QChar pathListSeparator = QLatin1Char(':');
    };
    struct Output {
        QMap<QString, QString> environment;
        QStringList warnings;  // name collisions, invalid `env:` names
    };

    static QString environmentName(QStringView variableName, bool preserveCase = false);
    static Output build(const Input &input);
};

}  // namespace mlops::agent
