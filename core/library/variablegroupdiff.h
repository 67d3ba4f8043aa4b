#pragma once
// Side-by-side comparison of two variable groups (or two versions of one): one row per
// variable name (case-insensitive), in the order of `left` then the names only in
// `right`. Secret values are never compared (their values are not readable): two
// secrets of the same name compare as Same unless only one side is secret.

#include "variablegroup.h"

#include <QList>

namespace mlops::library {

struct VariableDiffRow {
    enum class Kind { Same, Changed, OnlyLeft, OnlyRight };
    Kind kind = Kind::Same;
    QString name;
    QString leftValue;
    QString rightValue;
    bool leftSecret = false;
    bool rightSecret = false;
};

class VariableGroupDiff {
public:
    static QList<VariableDiffRow> compare(const VariableGroup &left, const VariableGroup &right);
    // True when every row is Same and the descriptions are equal.
    static bool identical(const VariableGroup &left, const VariableGroup &right);
};

}  // namespace mlops::library
