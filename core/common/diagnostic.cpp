#include "diagnostic.h"

#include <algorithm>

namespace mlops {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    const QString level = severity == Severity::Error     ? QStringLiteral("error")
                          : severity == Severity::Warning ? QStringLiteral("warning")
                                                          : QStringLiteral("note");
    if (where.isEmpty())
        return level + QStringLiteral(": ") + message;
    return where + QStringLiteral(": ") + level + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

}  // namespace mlops
