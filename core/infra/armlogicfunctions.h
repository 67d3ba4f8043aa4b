#pragma once
// ArmLogicFunctions: the logical, comparison and integer functions of the ARM template
// language — and, or, not, bool, true, false, null, if, equals, less, lessOrEquals,
// greater, greaterOrEquals, add, sub, mul, div, mod, min, max, int, float, range — as
// ArmFunctions entries. Integers are 64-bit; an overflow or a division by zero is an
// InvalidInput error. equals() compares deeply (strings with case, object member names
// without); less()/greater() compare two Integers or two Strings (ordinal).

#include "armfunctions.h"

#include <QList>

namespace mlops::infra {

class ArmLogicFunctions {
public:
    static QList<ArmFunction> functions();
};

}  // namespace mlops::infra
