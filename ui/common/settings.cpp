#include "settings.h"

namespace mlops::ui {

const SettingValue<QByteArray> &Settings::mainWindowGeometry()
{
    static const SettingValue<QByteArray> value(QStringLiteral("MainWindow/geometry"), QByteArray());
    return value;
}

const SettingValue<QByteArray> &Settings::mainWindowState()
{
    static const SettingValue<QByteArray> value(QStringLiteral("MainWindow/state"), QByteArray());
    return value;
}

const SettingValue<QString> &Settings::currentPage()
{
    static const SettingValue<QString> value(QStringLiteral("MainWindow/currentPage"), QStringLiteral("variableGroups"));
    return value;
}

const SettingValue<QByteArray> &Settings::variableGroupsSplitter()
{
    static const SettingValue<QByteArray> value(QStringLiteral("VariableGroups/splitter"), QByteArray());
    return value;
}

const SettingValue<QString> &Settings::language()
{
    static const SettingValue<QString> value(QStringLiteral("General/language"), QString());
    return value;
}

const SettingValue<QString> &Settings::lastJsonDirectory()
{
    static const SettingValue<QString> value(QStringLiteral("VariableGroups/lastJsonDirectory"), QString());
    return value;
}

}  // namespace mlops::ui
