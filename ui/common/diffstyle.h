#pragma once
// DiffStyle: how a difference between two variable groups is shown — a background
// colour AND a text marker, so the difference is never told by colour only.

#include "core/library/variablegroupdiff.h"

#include <QBrush>
#include <QCoreApplication>
#include <QString>

namespace mlops::ui {

class DiffStyle {
    Q_DECLARE_TR_FUNCTIONS(mlops::ui::DiffStyle)
public:
    using Kind = library::VariableDiffRow::Kind;
    // No brush (default background) for Same.
    static QBrush background(Kind kind);
    // "", "≠", "−", "+" for Same, Changed, OnlyLeft, OnlyRight.
    static QString marker(Kind kind);
    // A sentence for tooltips and screen readers ("Only in the left group").
    static QString description(Kind kind);
};

}  // namespace mlops::ui
