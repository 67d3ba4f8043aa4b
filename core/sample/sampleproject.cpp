#include "sampleproject.h"

#include "core/library/samplelibrary.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace mlops::sample {

namespace {

constexpr int kGitTimeoutMs = 60000;

struct GitRun {
    bool ok = false;
    QString problem;  // why it failed: what git printed, or that it did not finish
};

GitRun runGit(const QString &git, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(git, arguments);
    GitRun run;
    if (!process.waitForStarted(kGitTimeoutMs)) {
        run.problem = process.errorString();
        return run;
    }
    if (!process.waitForFinished(kGitTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.problem = QStringLiteral("git did not finish within %1 s").arg(kGitTimeoutMs / 1000);
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.problem = QString::fromLocal8Bit(process.readAll()).trimmed();
    return run;
}

// Writes the embedded files missing from `repositoryDir`.
Result<void> extract(const QString &repositoryDir, SampleProject::Installation &installation)
{
    if (!QDir().mkpath(repositoryDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(repositoryDir));
    const QStringList files = SampleProject::files();
    if (files.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the sample project is not embedded in this program"));
    for (const QString &relative : files) {
        const QString target = QDir(repositoryDir).filePath(relative);
        if (QFileInfo::exists(target)) {
            installation.filesKept.append(relative);
            continue;
        }
        QFile source(QLatin1String(SampleProject::kResourceRoot) + QLatin1Char('/') + relative);
        if (!source.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot read the embedded sample file %1").arg(relative));
        const QByteArray bytes = source.readAll();
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        installation.filesWritten.append(relative);
    }
    return {};
}

// Makes `repositoryDir` a git repository with one commit of the sample files, when git
// exists and the folder has no commit yet. Problems become notes.
void makeRepository(const QString &repositoryDir, SampleProject::Installation &installation)
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty()) {
        installation.notes.append(
            QStringLiteral("git was not found on the PATH, so %1 is a plain folder, not a git repository. "
                           "Install git and install the sample again to make it one (a run clones its repository).")
                .arg(QDir::toNativeSeparators(repositoryDir)));
        return;
    }
    const QString here = QDir::toNativeSeparators(repositoryDir);
    if (!QFileInfo::exists(QDir(repositoryDir).filePath(QStringLiteral(".git")))) {
        const GitRun init = runGit(git, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                                         QStringLiteral("main"), repositoryDir});
        if (!init.ok) {
            installation.notes.append(
                QStringLiteral("git init failed in %1, so it is a plain folder: %2").arg(here, init.problem));
            return;
        }
    }
    installation.gitRepository = true;
    const GitRun head = runGit(git, {QStringLiteral("-C"), repositoryDir, QStringLiteral("rev-parse"), QStringLiteral("-q"),
                                     QStringLiteral("--verify"), QStringLiteral("HEAD")});
    if (head.ok)
        return;  // it has commits already: the user's history is left alone

    QStringList add = {QStringLiteral("-C"), repositoryDir, QStringLiteral("add"), QStringLiteral("-f"), QStringLiteral("--")};
    add.append(SampleProject::files());
    const GitRun added = runGit(git, add);
    if (!added.ok) {
        installation.notes.append(QStringLiteral("git add failed in %1: %2").arg(here, added.problem));
        return;
    }
    const GitRun commit = runGit(git, {QStringLiteral("-C"), repositoryDir, QStringLiteral("-c"),
                                       QStringLiteral("user.name=MLOps Workbench"), QStringLiteral("-c"),
                                       QStringLiteral("user.email=sample@mlops-workbench.invalid"), QStringLiteral("-c"),
                                       QStringLiteral("commit.gpgsign=false"), QStringLiteral("commit"), QStringLiteral("-q"),
                                       QStringLiteral("--no-verify"), QStringLiteral("-m"),
                                       QStringLiteral("The MLOps Workbench sample project")});
    if (!commit.ok) {
        installation.notes.append(QStringLiteral("git commit failed in %1: %2").arg(here, commit.problem));
        return;
    }
    installation.gitCommitted = true;
}

Result<void> registerPipelines(pipeline::PipelineService &pipelines, SampleProject::Installation &installation)
{
    for (const SampleProject::PipelineEntry &entry : SampleProject::kPipelines) {
        const QString name = QLatin1String(entry.name);
        Result<pipeline::PipelineDefinition> existing = pipelines.findByName(name);
        if (existing.ok()) {
            installation.pipelines.append(*existing);
            continue;
        }
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        Result<pipeline::PipelineDefinition> created =
            pipelines.create(name, installation.repositoryDir, QLatin1String(entry.yamlPath));
        if (!created.ok())
            return makeError(created.error().code,
                             QStringLiteral("cannot register the sample pipeline %1: %2").arg(name, created.error().message));
        installation.pipelines.append(*created);
        installation.pipelinesCreated.append(name);
    }
    return {};
}

}  // namespace

QStringList SampleProject::files()
{
    const QString root = QLatin1String(kResourceRoot);
    QStringList result;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.append(path.mid(root.size() + 1));
    }
    std::sort(result.begin(), result.end());
    return result;
}

Result<SampleProject::Installation> SampleProject::install(const store::Workspace &workspace,
                                                           library::VariableGroupService &groups,
                                                           library::ServiceConnectionService &connections,
                                                           pipeline::PipelineService &pipelines)
{
    Installation installation;
    installation.repositoryDir =
        QDir::cleanPath(QDir(workspace.directory()).absoluteFilePath(QLatin1String(kRepositoryFolder)));
    if (Result<void> r = extract(installation.repositoryDir, installation); !r.ok())
        return r.error();
    makeRepository(installation.repositoryDir, installation);
    if (Result<void> r = library::SampleLibrary::populate(groups, connections); !r.ok())
        return r.error();
    if (Result<void> r = registerPipelines(pipelines, installation); !r.ok())
        return r.error();
    return installation;
}

}  // namespace mlops::sample
