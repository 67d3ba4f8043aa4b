#pragma once
// ArmStringFunctions: the string functions of the ARM template language — concat, format,
// toLower, toUpper, trim, substring, replace, split, startsWith, endsWith, padLeft, string,
// uniqueString, guid, base64, base64ToString, json, uri, uriComponent,
// uriComponentToString — as ArmFunctions entries. Case is handled as ARM handles it:
// startsWith/endsWith ignore case, replace/contains do not. format() implements .NET
// composite formatting ({index[,alignment][:format]}, {{ and }}) with the D, N and X
// formats for integers.

#include "armfunctions.h"

#include <QList>

namespace mlops::infra {

class ArmStringFunctions {
public:
    static QList<ArmFunction> functions();
};

}  // namespace mlops::infra
