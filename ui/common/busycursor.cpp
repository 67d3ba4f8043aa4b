#include "busycursor.h"

#include <QCursor>
#include <QGuiApplication>

namespace mlops::ui {

BusyCursor::BusyCursor()
{
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
}

BusyCursor::~BusyCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

}  // namespace mlops::ui
