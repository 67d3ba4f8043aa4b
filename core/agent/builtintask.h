#pragma once
// BuiltinTask: the tasks the local agent runs itself, by `Name@Major`, besides the script
// tasks (CmdLine@2, Bash@3, PowerShell@2 — run by JobRunner through StepRunner):
//  - Checkout@1: `self` = `git clone --shared` of the pipeline's repository folder into the
//    sources folder (a plain copy when the folder is not a git repository); `none` does
//    nothing. A sources folder that already holds this run's checkout is reused (jobs of
//    one run share runs/<run>/s).
//  - PublishPipelineArtifact@1: inputs targetPath|path, artifact|artifactName (default
//    "drop") → ArtifactStore::publish for the current run ("_attachments" is reserved).
//  - DownloadPipelineArtifact@2: source current|specific (pipeline = a pipeline resource
//    alias; runVersion latest (default): the newest succeeded run of its source pipeline
//    that has the artifact, allowPartiallySucceededBuilds counting succeeded-with-issues;
//    runVersion specific: the run runId|pipelineId|buildId — a run that does not exist is
//    an error naming it; latestFromBranch is refused), artifact|artifactName,
//    path|targetPath (default: Pipeline.Workspace/<artifact>, for a pipeline resource
//    Pipeline.Workspace/<alias>/<artifact> as Azure's `download:`). The run's resources are
//    pinned beforehand by PipelineResourceResolver (runVersion specific, runId N).
//  - CopyFiles@2 (CopyFilesTask), PublishTestResults@2 (PublishTestResultsTask) and
//    PublishCodeCoverageResults@1 (CoverageTask).
// Each function returns the lines to log, or an error naming what failed.
// Threads: any; functions touching one sources folder are serialised by the caller.

#include "core/common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace mlops::runs {
class ArtifactStore;
}

namespace mlops::agent {

class BuiltinTask {
public:
    using Inputs = QList<QPair<QString, QString>>;

    // Every task name the agent runs, for the "unknown task" message.
    static QStringList supportedTasks();
    static bool isScriptTask(const QString &task);
    static bool isBuiltin(const QString &task);
    // "Bash@3" / "bash@3" → the canonical spelling; empty when unknown.
    static QString canonicalName(const QString &task);

    static QString input(const Inputs &inputs, const QStringList &names, const QString &fallback = {});
    // DownloadPipelineArtifact@2's inputs that pick the run, each with its aliases:
    // runVersion (latest | specific) and the run id of a specific run.
    static const QStringList &runVersionInputNames();
    static const QStringList &runIdInputNames();

    static Result<QStringList> checkout(const Inputs &inputs, const QString &repositoryDir,
                                        const QString &sourcesDir);

    static Result<QStringList> publishArtifact(const Inputs &inputs, const runs::ArtifactStore &artifacts,
                                               qint64 runId, const QString &defaultWorkingDirectory);

    // resolvePipeline: pipeline resource alias → the source pipeline's name (empty: unknown).
    static Result<QStringList> downloadArtifact(const Inputs &inputs, const runs::ArtifactStore &artifacts,
                                                qint64 runId, const QString &pipelineWorkspace,
                                                const std::function<QString(const QString &)> &resolvePipeline);
};

}  // namespace mlops::agent
