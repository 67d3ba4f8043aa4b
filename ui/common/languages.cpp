#include "languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mlops::ui {

QList<Languages::Entry> Languages::available()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("\u65e5\u672c\u8a9e")},  // 日本語
    };
}

QString Languages::effective(const QString &setting)
{
    if (setting == QLatin1String("en") || setting == QLatin1String("ja"))
        return setting;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &name : ui) {
        if (name.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Languages::install(QCoreApplication *app, const QString &setting)
{
    const QString code = effective(setting);
    if (code == QLatin1String("en"))
        return code;
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/mlops_workbench_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

}  // namespace mlops::ui
