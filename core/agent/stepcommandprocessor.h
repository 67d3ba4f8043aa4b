#pragma once
// Applies the logging commands one step prints to that step's state (LANGUAGE.md §17).
// Pure: no I/O. The caller (the job runner) feeds each output line (or parsed command),
// writes the returned log lines, and after the step reads outcome() and variables() and
// carries out what was requested (uploads, build number, tags, PATH, variables).
//
// Semantics:
// - task.setvariable: `variable` is required; isSecret/isOutput/isReadOnly/preserveCase use
//   .NET boolean parsing ("1" is false). isOutput=true stores the variable as
//   `<stepName>.<variable>` (not under the plain name) and lists it in outcome().outputs;
//   a step without a name stores it under the plain name. A read-only variable (system
//   variables and `readonly`/isReadOnly ones, as given in the job variables) is not
//   overwritten: a warning is raised instead. A value replacing a secret stays secret.
//   Secret values are registered with the masker at once, so later lines are masked;
//   multi-line secret values are rejected with an error.
// - task.setsecret: registers the data for masking (multi-line rejected).
// - task.logissue: type=error|warning required; sourcepath, linenumber, columnnumber, code;
//   counts errors/warnings; does not change the result.
// - task.complete: result=Succeeded|SucceededWithIssues|Failed (default Succeeded), merged
//   worst-wins; done=true sets outcome().done.
// - task.setprogress: value 0..100, data = current operation.
// - task.prependpath, task.uploadfile, task.uploadsummary, task.addattachment,
//   build.uploadlog, artifact.upload (artifactname required, containerfolder defaults to
//   it), build.updatebuildnumber, build.addbuildtag: recorded in outcome().
// - task.settaskvariable: recorded as a task-scoped variable; task.debug: a debug line.
// - task.setendpoint, task.logdetail, artifact.associate, release.updatereleasename: not
//   supported locally: a warning, nothing else.
// A command that cannot be applied produces an error (or warning) issue that names the
// command and the reason, never containing a secret value, and is not applied.
// Not thread-safe: one processor per step, used from one thread.

#include "core/agent/loggingcommand.h"
#include "core/agent/loggingcommandparser.h"
#include "core/agent/secretmasker.h"
#include "core/agent/stepoutcome.h"
#include "core/agent/variablemap.h"

#include <QStringList>

namespace mlops::agent {

class StepCommandProcessor {
public:
    // stepName: the step's `name:` (reference name; may be empty). jobVariables: the job's
    // variables before the step. masker: not owned, may be nullptr, must outlive this.
    StepCommandProcessor(QString stepName, VariableMap jobVariables, SecretMasker *masker = nullptr);

    // Applies one command. Returns the lines to write to the step log ("##[warning]…",
    // "##[error]…", "##[debug]…"); usually none.
    QStringList process(const LoggingCommand &command);

    struct LineResult {
        ParsedLine parsed;
        bool isCommand = false;  // a command line (applied or refused): the caller does not log it
        QStringList logLines;    // lines to log after (or instead of) the line
    };
    // Parses a line and applies it if it is a command. A malformed command yields a warning
    // line; the original line is then logged as ordinary text (isCommand false).
    LineResult processLine(QStringView line);

    const StepOutcome &outcome() const { return m_outcome; }
    // The job's variables including what this step set (for the next step).
    const VariableMap &variables() const { return m_variables; }

private:
    QStringList fail(const LoggingCommand &command, const QString &reason);
    QStringList warn(const QString &message);
    QStringList setVariable(const LoggingCommand &command);
    QStringList setSecret(const LoggingCommand &command);
    QStringList logIssue(const LoggingCommand &command);
    QStringList complete(const LoggingCommand &command);
    QStringList setProgress(const LoggingCommand &command);
    QStringList prependPath(const LoggingCommand &command);
    QStringList upload(const LoggingCommand &command, UploadRequest::Kind kind);
    QStringList artifactUpload(const LoggingCommand &command);
    QStringList setTaskVariable(const LoggingCommand &command);
    void registerSecret(const QString &value);

    QString m_stepName;
    VariableMap m_variables;
    SecretMasker *m_masker = nullptr;
    StepOutcome m_outcome;
};

}  // namespace mlops::agent
