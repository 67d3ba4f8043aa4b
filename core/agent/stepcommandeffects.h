#pragma once
// StepCommandEffects: carries out what a step's logging commands asked of the run
// (StepOutcome) once the step (or one attempt of it) has ended (LANGUAGE.md §17.2):
//  - artifact.upload: the file or folder is added to artifact `artifactname` of the run
//    (ArtifactStore::addFiles; several uploads to one name add up, a same path is
//    replaced). The container folder is the artifact's root, as in Azure, so files land at
//    its root; a deeper containerfolder (drop/logs for artifact drop) keeps the part below
//    its first segment (logs/).
//  - task.uploadfile, build.uploadlog, task.uploadsummary, task.addattachment: the file is
//    attached to the run as a file of the reserved artifact "_attachments" (listed by
//    `mlops run artifacts` and the run view's Artifacts tab like any artifact):
//      steps/<job>/<NN>_<step>/<file>   task.uploadfile (the step's attachments)
//      logs/<file>                      build.uploadlog (the run's extra logs)
//      summaries/<job>/<NN>_<step>/<file>  task.uploadsummary (Markdown)
//      attachments/<type>/<name>        task.addattachment
//    These files are logs: each line is secret-masked on the way in (a line without a
//    secret is kept byte for byte, so binary content survives).
//  - build.updatebuildnumber: RunStore::updateBuildNumber (the value must be a valid Azure
//    build number: no " / : < > \ | ? @ *, not ending with '.', at most 255 characters);
//    the caller sets Build.BuildNumber for the later steps from `buildNumber`.
//  - build.addbuildtag: RunStore::addTags.
// Relative paths in commands are resolved against the step's working directory. A command
// that cannot be carried out (missing file, reserved or invalid name, store error) gives
// an error line and issue and `failed`: the step fails, as the Azure agent fails a step
// whose command could not be processed.
// Threads: any; the stores are thread-safe and not owned.

#include "core/agent/stepoutcome.h"
#include "core/runs/runtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops::runs {
class ArtifactStore;
class RunStore;
}  // namespace mlops::runs

namespace mlops::agent {

struct StepEffectsContext {
    qint64 runId = 0;
    QString stepFolder;        // "<job>/<NN>_<step>" (stepFolder()) for the step's attachments
    QString workingDirectory;  // relative command paths resolve here
    QString tempDirectory;     // masked copies are written here (must exist)
    runs::RunStore *runStore = nullptr;                  // nullptr: number and tag commands fail
    const runs::ArtifactStore *artifactStore = nullptr;  // nullptr: upload commands fail
    std::function<QString(const QString &)> mask;        // may be empty: no masking
};

struct StepEffects {
    QStringList lines;                   // to log, in order (failures as ##[error] lines)
    QList<runs::Issue> errors;           // one per command that could not be carried out
    std::optional<QString> buildNumber;  // the run's new number, when it was changed
    bool failed = false;
};

class StepCommandEffects {
public:
    // "_attachments": never a name a task or artifact.upload may publish.
    static QString attachmentsArtifact();
    static bool isReservedArtifactName(const QString &name);
    // "<job>/<NN>_<step>" with every character outside [A-Za-z0-9._-] replaced by '_'.
    static QString stepFolder(const QString &jobName, int order, const QString &stepName);
    // Empty when `number` is a valid build number, else why not.
    static QString buildNumberProblem(const QString &number);

    static StepEffects apply(const StepOutcome &outcome, const StepEffectsContext &context);
};

}  // namespace mlops::agent
