#pragma once
// ArmFunctions: the table of template functions the validator evaluates, looked up by name
// without case. Each entry gives its arity and how the evaluator treats it:
//  - Pure: evaluated from its arguments; when an argument is a deployment-time (symbolic)
//    value, the call is not run and its result is symbolic too;
//  - Containers (createArray, createObject, coalesce …): run even with symbolic arguments;
//  - Lazy (if): the evaluator evaluates only the branch the condition picks;
//  - DeploymentTime (reference, list*, environment, newGuid, utcNow): always symbolic,
//    allowed only where ARM allows them (ArmScope::allow).
// Any name that starts with "list" (listKeys, listSecrets, …) is a DeploymentTime function.
// Implementations live by category in ArmLogicFunctions, ArmStringFunctions,
// ArmCollectionFunctions and ArmResourceFunctions.
//
// The table is built once, on first use (thread-safe static), and never changes.

#include "armcall.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlops::infra {

struct ArmFunction {
    enum class Kind { Pure, Containers, Lazy, DeploymentTime };
    using Implementation = Result<ArmValue> (*)(ArmCall &call);

    QString name;  // canonical spelling, e.g. "toLower"
    int minArguments = 0;
    int maxArguments = 0;  // -1: no limit
    Implementation run = nullptr;
    Kind kind = Kind::Pure;
};

class ArmFunctions {
public:
    // nullptr when there is no such function.
    static const ArmFunction *find(const QString &name);
    // Canonical names, sorted.
    static QStringList names();
    // The closest known name when `unknown` looks like a misspelling of one; else empty.
    static QString suggestion(const QString &unknown);
};

}  // namespace mlops::infra
