#include "variablenamerules.h"

#include <QStringList>

namespace mlops::library {

namespace {

constexpr qsizetype kMaxLength = 256;

bool isAllowed(QChar c, bool previousWasLetter)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'))
        return true;
    // Combining marks (e.g. a decomposed Japanese dakuten) belong to the letter before them.
    const QChar::Category cat = c.category();
    return previousWasLetter
           && (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing);
}

QString describe(QChar c)
{
    if (c == QLatin1Char(' '))
        return QStringLiteral("a space");
    if (c.isSpace() || c.category() == QChar::Other_Control)
        return QStringLiteral("the control or space character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("'") + c + QStringLiteral("'");
}

}  // namespace

QString VariableNameRules::problem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("The variable name is empty.");
    if (name.trimmed() != name)
        return QStringLiteral("The variable name \"%1\" starts or ends with a space.").arg(name);
    if (name.size() > kMaxLength)
        return QStringLiteral("The variable name is %1 characters long; at most %2 are allowed.")
            .arg(name.size())
            .arg(kMaxLength);

    static const QStringList reserved = {QStringLiteral("endpoint"), QStringLiteral("input"), QStringLiteral("secret"),
                                         QStringLiteral("path"), QStringLiteral("securefile")};
    for (const QString &prefix : reserved) {
        if (name.startsWith(prefix, Qt::CaseInsensitive))
            return QStringLiteral("The variable name \"%1\" starts with \"%2\", a prefix Azure Pipelines reserves for "
                                  "its own variables.")
                .arg(name, name.left(prefix.size()));
    }

    bool previousWasLetter = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, name.at(i + 1));
            if (!QChar::isLetterOrNumber(ucs4))
                return QStringLiteral("The variable name \"%1\" contains '%2' at position %3; only letters, digits, "
                                      "'.', '_' and '-' are allowed.")
                    .arg(name, name.mid(i, 2))
                    .arg(i + 1);
            previousWasLetter = true;
            ++i;
            continue;
        }
        if (!isAllowed(c, previousWasLetter))
            return QStringLiteral("The variable name \"%1\" contains %2 at position %3; only letters, digits, '.', "
                                  "'_' and '-' are allowed.")
                .arg(name, describe(c))
                .arg(i + 1);
        previousWasLetter = c.isLetterOrNumber() || (previousWasLetter && c.category() >= QChar::Mark_NonSpacing
                                                     && c.category() <= QChar::Mark_Enclosing);
    }
    return {};
}

}  // namespace mlops::library
