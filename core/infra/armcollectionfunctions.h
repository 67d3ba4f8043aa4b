#pragma once
// ArmCollectionFunctions: the array and object functions of the ARM template language —
// createArray, createObject, array, coalesce, empty, length, first, last, take, skip,
// contains, indexOf, lastIndexOf, union, intersection — as ArmFunctions entries. Most
// also take strings where ARM allows it (length, first, last, take, skip, contains,
// indexOf …). contains() on a string is case-sensitive; indexOf()/lastIndexOf() on a
// string ignore case, as ARM does. createArray/createObject/array/coalesce accept
// deployment-time (symbolic) values inside what they build.

#include "armfunctions.h"

#include <QList>

namespace mlops::infra {

class ArmCollectionFunctions {
public:
    static QList<ArmFunction> functions();
};

}  // namespace mlops::infra
