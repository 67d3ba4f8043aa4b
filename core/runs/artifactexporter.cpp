#include "artifactexporter.h"

#include "artifactstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace mlops::runs {

namespace {

bool plainFolderName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           name != QLatin1String(".") && name != QLatin1String("..");
}

}  // namespace

Result<QStringList> ArtifactExporter::exportTo(const ArtifactStore &store, const QList<Artifact> &artifacts,
                                               const QString &folder)
{
    const QString target = QDir(folder).absolutePath();
    QStringList finals;
    for (const Artifact &artifact : artifacts) {
        if (!plainFolderName(artifact.name))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the artifact name '%1' cannot be a folder name").arg(artifact.name));
        const QString destination = QDir(target).filePath(artifact.name);
        if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("%1 already exists; remove it or download into another folder").arg(destination));
        finals.append(destination);
    }
    if (QFileInfo(target).exists() && !QFileInfo(target).isDir())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write to %1: it is a file, not a folder").arg(target));
    if (!QDir().mkpath(target))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(target));
    QTemporaryDir staging(QDir(target).filePath(QStringLiteral(".mlops-download-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write to %1: %2").arg(target, staging.errorString()));

    for (const Artifact &artifact : artifacts) {
        if (Result<void> written = store.download(artifact, staging.filePath(artifact.name)); !written.ok())
            return makeError(written.error().code, QStringLiteral("artifact %1: %2").arg(artifact.name, written.error().message));
    }
    QStringList placed;
    for (qsizetype i = 0; i < artifacts.size(); ++i) {
        if (QDir().rename(staging.filePath(artifacts.at(i).name), finals.at(i))) {
            placed.append(finals.at(i));
            continue;
        }
        // Take back what was placed: the target is left as it was.
        for (qsizetype j = 0; j < placed.size(); ++j)
            QDir().rename(placed.at(j), staging.filePath(artifacts.at(j).name));
        return makeError(ErrorCode::Io, QStringLiteral("cannot move artifact %1 into %2").arg(artifacts.at(i).name, target));
    }
    return finals;
}

}  // namespace mlops::runs
