#pragma once
// What the logging commands of one step asked for: plain data the caller (the job runner)
// reads after the step and carries out (uploads, build number, tags, PATH, variables).

#include "core/agent/variable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::agent {

enum class TaskResult { Succeeded, SucceededWithIssues, Failed };

// "Succeeded" | "SucceededWithIssues" | "Failed".
QString taskResultName(TaskResult result);
// Case-insensitive; nullopt for anything else.
std::optional<TaskResult> parseTaskResult(QStringView text);
// The worse of the two (Failed > SucceededWithIssues > Succeeded).
TaskResult mergeTaskResults(TaskResult a, TaskResult b);

struct Issue {
    enum class Type { Error, Warning };
    Type type = Type::Error;
    QString message;
    QString sourcePath;  // empty when not given
    int lineNumber = 0;  // 1-based; 0 = not given
    int columnNumber = 0;
    QString code;
    bool fromLogIssue = true;  // false: raised by the agent about a bad command
};

struct UploadRequest {
    enum class Kind {
        StepFile,      // task.uploadfile: attach the file to the step log
        Summary,       // task.uploadsummary: Markdown summary
        Attachment,    // task.addattachment (type, name)
        BuildLog,      // build.uploadlog
        Artifact,      // artifact.upload (containerFolder, artifactName)
    };
    Kind kind = Kind::StepFile;
    QString path;             // the command's data: a file or folder path, unvalidated
    QString artifactName;     // Artifact
    QString containerFolder;  // Artifact (defaults to artifactName)
    QString attachmentType;   // Attachment
    QString attachmentName;   // Attachment
};

struct OutputVariable {
    QString name;  // as given in `variable=` (without the step prefix)
    QString value;
    bool isSecret = false;
};

struct StepOutcome {
    // Result asked for by task.complete (merged, worst wins); nullopt if never sent.
    std::optional<TaskResult> requestedResult;
    bool done = false;  // task.complete done=true: the caller ends the task
    int progress = -1;  // last task.setprogress value (0..100); -1 = none
    QString currentOperation;

    QList<Issue> issues;
    int errorCount = 0;
    int warningCount = 0;

    // Variables created or changed by task.setvariable, with their final job-level name
    // (`<step>.<var>` for outputs). The caller merges them into the job's variables.
    QList<Variable> variablesSet;
    QList<OutputVariable> outputs;      // isOutput=true variables of this step
    QList<Variable> taskVariables;      // task.settaskvariable (task-scoped)
    QStringList secretsRegistered;      // secret VALUES given to the masker: never log them

    QStringList prependedPaths;  // in the order issued (the last one goes first in PATH)
    QList<UploadRequest> uploads;
    std::optional<QString> buildNumber;  // last build.updatebuildnumber
    QStringList buildTags;               // build.addbuildtag, de-duplicated, in order
    QStringList debugMessages;           // task.debug
};

}  // namespace mlops::agent
