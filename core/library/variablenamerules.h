#pragma once
// Azure DevOps rules for variable names (LANGUAGE.md §4.3): letters, digits, '.', '_'
// and '-'; must not start with a reserved prefix (endpoint, input, secret, path,
// securefile; case-insensitive); at most 256 characters; no leading/trailing space.

#include <QString>

namespace mlops::library {

class VariableNameRules {
public:
    // Empty when `name` is valid; otherwise a sentence saying why it is not.
    static QString problem(const QString &name);
};

}  // namespace mlops::library
