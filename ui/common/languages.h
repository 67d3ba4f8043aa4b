#pragma once
// Languages: the UI languages MLOps Workbench ships and how the chosen one is applied.
// The choice (Settings::language()) takes effect at the next start: install() is called
// once by main() before any window exists.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mlops::ui {

class Languages {
    Q_DECLARE_TR_FUNCTIONS(mlops::ui::Languages)
public:
    struct Entry {
        QString code;   // "" = system default, "en", "ja"
        QString label;  // shown in the settings dialog ("English", "日本語")
    };
    static QList<Entry> available();

    // The language actually used for `setting` ("" → the system locale's language when
    // shipped, else "en").
    static QString effective(const QString &setting);

    // Loads and installs the translators (the application's and Qt's own) for `setting`
    // into `app`. Returns the language code in use. English needs no translator.
    static QString install(QCoreApplication *app, const QString &setting);
};

}  // namespace mlops::ui
