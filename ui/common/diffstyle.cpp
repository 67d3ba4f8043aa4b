#include "diffstyle.h"

#include <QColor>

namespace mlops::ui {

QBrush DiffStyle::background(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return {};
    case Kind::Changed:
        return QBrush(QColor(0xff, 0xf1, 0xc2));  // amber
    case Kind::OnlyLeft:
        return QBrush(QColor(0xfd, 0xd8, 0xd8));  // red
    case Kind::OnlyRight:
        return QBrush(QColor(0xd6, 0xf2, 0xd9));  // green
    }
    return {};
}

QString DiffStyle::marker(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return QString();
    case Kind::Changed:
        return QStringLiteral("\u2260");  // ≠
    case Kind::OnlyLeft:
        return QStringLiteral("\u2212");  // −
    case Kind::OnlyRight:
        return QStringLiteral("+");
    }
    return QString();
}

QString DiffStyle::description(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return tr("Same on both sides");
    case Kind::Changed:
        return tr("Changed");
    case Kind::OnlyLeft:
        return tr("Only on the left");
    case Kind::OnlyRight:
        return tr("Only on the right");
    }
    return QString();
}

}  // namespace mlops::ui
