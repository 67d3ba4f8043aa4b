#pragma once
// `$(name)` macro substitution as the agent does it (LANGUAGE.md §6.3, §4.5).
//
// expand(): one left-to-right pass. At each "$(" the name runs to the next ')'; a name
// that the lookup resolves (VariableMap: case-insensitive) is replaced by its value and
// scanning resumes AFTER the inserted text (never rescanned). Unknown names, the empty
// name "$()", names containing ':' (run-number tokens such as $(Rev:r), $(Date:yyyyMMdd))
// and an unterminated "$(" are left exactly as written. There is no escape syntax:
// "$$(a)" is "$" followed by the value of a. In "$(a$(b))" the outer name is "a$(b" (not a
// variable), so only "$(b)" is replaced: "$(a" + value(b) + ")".
//
// expandVariables(): the job-start pass over all variable values (agent
// RecalculateExpanded): references between variables are expanded recursively, with
// cycle detection and a depth limit of kMaxDepth levels. A secret's value is taken
// literally (never expanded). A variable in a cycle or nested deeper than kMaxDepth keeps
// its raw value and gets an error naming it; references to such a variable are left as
// written. A variable whose expansion inserted a secret value becomes secret itself (so
// it is masked and never exported to the environment).
// All functions are pure and thread-safe.

#include "core/agent/variablemap.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mlops::agent {

class MacroExpander {
public:
    static constexpr int kMaxDepth = 50;

    using Lookup = std::function<std::optional<QString>(QStringView name)>;

    struct Stats {
        int replaced = 0;       // macros replaced
        bool usedSecret = false;  // a secret value was inserted (VariableMap overload only)
    };

    static QString expand(QStringView text, const Lookup &lookup, Stats *stats = nullptr);
    static QString expand(QStringView text, const VariableMap &variables, Stats *stats = nullptr);

    // The names of every "$(name)" reference in text (in order, as written; excluding the
    // empty name and run-number tokens).
    static QStringList referencedNames(QStringView text);

    struct ExpansionError {
        enum class Kind { Cycle, DepthExceeded };
        Kind kind = Kind::Cycle;
        QString variable;  // the variable that could not be expanded
        QString message;   // names the variable and the chain, e.g. "a -> b -> a"
    };
    struct ExpandedVariables {
        VariableMap variables;
        QList<ExpansionError> errors;  // sorted by variable name
    };
    static ExpandedVariables expandVariables(const VariableMap &variables);
};

}  // namespace mlops::agent
