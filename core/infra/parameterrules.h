#pragma once
// ParameterRules: the rules of a template parameter's declaration and value —
//  - the types (string, securestring, int, bool, object, secureObject, array; without case);
//  - a value given as text (`--param name=text`) read as the declared type: int and bool
//    parsed, object and array as JSON, strings as they are;
//  - a value checked against the declaration: its type (a deployment-time value, e.g. a
//    Key Vault reference, passes), allowedValues (for an array, every item; strings
//    compared without case so that no value Azure accepts is refused), minValue/maxValue
//    (int), minLength/maxLength (string: characters, array: items).
// Messages name the parameter and say what was expected. Pure functions: thread-safe.

#include "armvalue.h"

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::infra {

struct ParameterConstraints {
    QString type;  // normalised: "string", "securestring", "int", "bool", "object", "secureobject", "array"
    std::optional<ArmArray> allowedValues;
    std::optional<qint64> minValue;
    std::optional<qint64> maxValue;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
};

class ParameterRules {
public:
    // The declared types, as ARM spells them.
    static QStringList types();
    // The normalised type ("securestring"), or empty when `declared` is not a type.
    static QString normalizedType(const QString &declared);
    // "securestring" and "secureobject": values never shown.
    static bool isSecure(const QString &normalizedType);

    // `text` read as a value of `normalizedType`. InvalidInput with a message on failure.
    static Result<ArmValue> fromText(const QString &normalizedType, const QString &text);

    // Empty when `value` satisfies `constraints`; otherwise the problem ("the value 'x' is
    // not one of the allowed values: a, b"), without the parameter's name.
    static QString check(const ParameterConstraints &constraints, const ArmValue &value);
};

}  // namespace mlops::infra
