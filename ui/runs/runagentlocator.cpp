#include "runagentlocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace mlops::ui {

Result<QString> RunAgentLocator::locate(const QString &explicitPath)
{
    QStringList candidates;
    if (!explicitPath.isEmpty())
        candidates.append(explicitPath);
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        candidates.append(QDir(appDir).filePath(QStringLiteral("mlops")));
        candidates.append(QDir::cleanPath(QDir(appDir).filePath(QStringLiteral("../cli/mlops"))));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return makeError(ErrorCode::NotFound,
                     tr("The agent program 'mlops' was not found; looked for: %1")
                         .arg(candidates.join(QStringLiteral(", "))));
}

}  // namespace mlops::ui
