#pragma once
// Settings: every persistent GUI setting of MLOps Workbench, one typed handle each
// (see SettingValue). Workspace data never goes here; secrets never go here.

#include "settingvalue.h"

#include <QByteArray>
#include <QString>

namespace mlops::ui {

class Settings {
public:
    // Main window geometry and dock/toolbar state (QMainWindow::saveGeometry/saveState).
    static const SettingValue<QByteArray> &mainWindowGeometry();
    static const SettingValue<QByteArray> &mainWindowState();
    // The page shown last ("variableGroups", "serviceConnections").
    static const SettingValue<QString> &currentPage();
    // Splitter between the group list and the details pane.
    static const SettingValue<QByteArray> &variableGroupsSplitter();
    // UI language: "" = follow the system locale, else a code from Languages ("en", "ja").
    // Applied at the next start.
    static const SettingValue<QString> &language();
    // The folder of the last import/export file dialog.
    static const SettingValue<QString> &lastJsonDirectory();
};

}  // namespace mlops::ui
