#include "core/agent/builtintask.h"

#include "core/agent/stepcommandeffects.h"
#include "core/runs/artifactstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace mlops::agent {

namespace {

const QString kCheckout = QStringLiteral("Checkout@1");
const QString kCmdLine = QStringLiteral("CmdLine@2");
const QString kBash = QStringLiteral("Bash@3");
const QString kPublish = QStringLiteral("PublishPipelineArtifact@1");
const QString kDownload = QStringLiteral("DownloadPipelineArtifact@2");
const QString kCopyFiles = QStringLiteral("CopyFiles@2");
const QString kPublishTests = QStringLiteral("PublishTestResults@2");
const QString kPowerShell = QStringLiteral("PowerShell@2");
const QString kPublishCoverage = QStringLiteral("PublishCodeCoverageResults@1");

Result<void> copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the sources folder %1").arg(to));
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(target));
        } else if (!QFile::copy(path, target)) {
            return makeError(ErrorCode::Io, QStringLiteral("cannot copy %1 to %2").arg(path, target));
        }
    }
    return {};
}

}  // namespace

QStringList BuiltinTask::supportedTasks()
{
    return {kBash, kCheckout, kCmdLine, kCopyFiles, kDownload, kPowerShell, kPublishCoverage, kPublish, kPublishTests};
}

QString BuiltinTask::canonicalName(const QString &task)
{
    const QStringList known = supportedTasks();
    for (const QString &name : known) {
        if (name.compare(task.trimmed(), Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

bool BuiltinTask::isScriptTask(const QString &task)
{
    const QString name = canonicalName(task);
    return name == kCmdLine || name == kBash || name == kPowerShell;
}

bool BuiltinTask::isBuiltin(const QString &task)
{
    return !canonicalName(task).isEmpty() && !isScriptTask(task);
}

QString BuiltinTask::input(const Inputs &inputs, const QStringList &names, const QString &fallback)
{
    for (const QString &name : names) {
        for (const auto &pair : inputs) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0 && !pair.second.isEmpty())
                return pair.second;
        }
    }
    return fallback;
}

const QStringList &BuiltinTask::runVersionInputNames()
{
    static const QStringList names{QStringLiteral("runVersion"), QStringLiteral("buildVersionToDownload")};
    return names;
}

const QStringList &BuiltinTask::runIdInputNames()
{
    static const QStringList names{QStringLiteral("runId"), QStringLiteral("pipelineId"), QStringLiteral("buildId")};
    return names;
}

Result<QStringList> BuiltinTask::checkout(const Inputs &inputs, const QString &repositoryDir, const QString &sourcesDir)
{
    const QString repository = input(inputs, {QStringLiteral("repository")}, QStringLiteral("self"));
    if (repository.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringList{QStringLiteral("checkout: none — no sources are fetched")};
    if (repository.compare(QLatin1String("self"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("checkout of repository '%1' is not supported locally (only self and none)")
                             .arg(repository));
    if (repositoryDir.isEmpty() || !QFileInfo(repositoryDir).isDir())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the pipeline's repository folder '%1' does not exist").arg(repositoryDir));
    const QDir sources(sourcesDir);
    if (sources.exists() && !sources.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return QStringList{QStringLiteral("Sources already checked out for this run in %1").arg(sourcesDir)};

    if (QFileInfo::exists(QDir(repositoryDir).filePath(QStringLiteral(".git")))) {
        QDir().mkpath(QFileInfo(sourcesDir).absolutePath());
        QProcess git;
        git.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList arguments{QStringLiteral("clone"), QStringLiteral("--shared"), QStringLiteral("--quiet"),
                                    repositoryDir, sourcesDir};
        git.start(QStringLiteral("git"), arguments);
        if (!git.waitForStarted(30000))
            return makeError(ErrorCode::Io, QStringLiteral("cannot start git: %1").arg(git.errorString()));
        git.waitForFinished(-1);
        const QString output = QString::fromUtf8(git.readAll()).trimmed();
        if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
            return makeError(ErrorCode::Io, QStringLiteral("git clone --shared %1 failed: %2").arg(repositoryDir, output));
        return QStringList{QStringLiteral("git clone --shared %1 %2").arg(repositoryDir, sourcesDir)};
    }
    if (Result<void> copied = copyTree(repositoryDir, sourcesDir); !copied.ok())
        return copied.error();
    return QStringList{QStringLiteral("Copied %1 (not a git repository) to %2").arg(repositoryDir, sourcesDir)};
}

Result<QStringList> BuiltinTask::publishArtifact(const Inputs &inputs, const runs::ArtifactStore &artifacts,
                                                 qint64 runId, const QString &defaultWorkingDirectory)
{
    const QString name = input(inputs, {QStringLiteral("artifact"), QStringLiteral("artifactName")},
                               QStringLiteral("drop"));
    if (StepCommandEffects::isReservedArtifactName(name))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the artifact name '%1' is reserved for the files attached by task.uploadfile "
                                        "and build.uploadlog; choose another name")
                             .arg(name));
    QString path = input(inputs, {QStringLiteral("targetPath"), QStringLiteral("path")}, defaultWorkingDirectory);
    if (QFileInfo(path).isRelative())
        path = QDir(defaultWorkingDirectory).filePath(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("the path to publish '%1' does not exist").arg(path));
    Result<runs::Artifact> published = artifacts.publish(runId, name, path);
    if (!published.ok())
        return published.error();
    return QStringList{QStringLiteral("Published artifact '%1': %2 file(s), %3 bytes from %4")
                           .arg(name)
                           .arg(published->files.size())
                           .arg(published->totalSize)
                           .arg(path)};
}

Result<QStringList> BuiltinTask::downloadArtifact(const Inputs &inputs, const runs::ArtifactStore &artifacts,
                                                  qint64 runId, const QString &pipelineWorkspace,
                                                  const std::function<QString(const QString &)> &resolvePipeline)
{
    const QString source = input(inputs, {QStringLiteral("source"), QStringLiteral("buildType")},
                                 QStringLiteral("current"));
    if (source.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringList{QStringLiteral("download: none — nothing is downloaded")};
    const QString name = input(inputs, {QStringLiteral("artifact"), QStringLiteral("artifactName")});
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("DownloadPipelineArtifact@2 needs the input 'artifact' locally"));
    // Default folder: Pipeline.Workspace/<artifact>, and for a pipeline resource (as
    // `download: <alias>` does) Pipeline.Workspace/<alias>/<artifact>.
    const bool fromCurrent = source.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0;
    const QString resourceAlias = fromCurrent ? QString() : input(inputs, {QStringLiteral("pipeline"), QStringLiteral("definition")});
    QString target = input(inputs, {QStringLiteral("path"), QStringLiteral("targetPath"),
                                    QStringLiteral("downloadPath")},
                           QDir(pipelineWorkspace).filePath(resourceAlias.isEmpty() ? name : resourceAlias + QLatin1Char('/') + name));
    if (QFileInfo(target).isRelative())
        target = QDir(pipelineWorkspace).filePath(target);

    Result<runs::Artifact> artifact = makeError(ErrorCode::NotFound, QString());
    if (fromCurrent) {
        artifact = artifacts.artifact(runId, name);
    } else {
        const QString &alias = resourceAlias;
        const QString pipelineName = resolvePipeline ? resolvePipeline(alias) : QString();
        if (pipelineName.isEmpty())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("'%1' is not a pipeline resource of this pipeline").arg(alias));
        // runVersion (buildVersionToDownload): latest (default) or specific with runId.
        const QString version = input(inputs, runVersionInputNames(), QStringLiteral("latest")).trimmed();
        if (version.compare(QLatin1String("specific"), Qt::CaseInsensitive) == 0) {
            const QString runText = input(inputs, runIdInputNames()).trimmed();
            bool ok = false;
            const qint64 specificRun = runText.toLongLong(&ok);
            if (!ok || specificRun <= 0)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("DownloadPipelineArtifact@2: runVersion specific needs runId, a run "
                                                "number of %1, not '%2'").arg(pipelineName, runText));
            Result<QList<runs::Artifact>> ofRun = artifacts.artifacts(specificRun);
            if (!ofRun.ok())
                return makeError(ofRun.error().code, QStringLiteral("DownloadPipelineArtifact@2: %1 (runId of %2)")
                                                         .arg(ofRun.error().message, pipelineName));
            QStringList published;
            for (const runs::Artifact &candidate : std::as_const(*ofRun)) {
                if (candidate.name == name)
                    artifact = candidate;
                published.append(candidate.name);
            }
            if (!artifact.ok())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("DownloadPipelineArtifact@2: run %1 published no artifact named '%2' "
                                                "(its artifacts: %3; the run should be one of %4)")
                                     .arg(specificRun)
                                     .arg(name, published.isEmpty() ? QStringLiteral("none") : published.join(QStringLiteral(", ")),
                                          pipelineName));
        } else if (version.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0) {
            const bool partial = input(inputs, {QStringLiteral("allowPartiallySucceededBuilds")})
                                     .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            artifact = artifacts.latestSucceededArtifact(pipelineName, name, partial);
        } else {
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("DownloadPipelineArtifact@2: runVersion '%1' is not supported locally "
                                            "(latest or specific)").arg(version));
        }
    }
    if (!artifact.ok())
        return artifact.error();
    if (Result<void> downloaded = artifacts.download(*artifact, target); !downloaded.ok())
        return downloaded.error();
    return QStringList{QStringLiteral("Downloaded artifact '%1' of run %2 (%3 file(s)) to %4")
                           .arg(name)
                           .arg(artifact->runId)
                           .arg(artifact->files.size())
                           .arg(target)};
}

}  // namespace mlops::agent
