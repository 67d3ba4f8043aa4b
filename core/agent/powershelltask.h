#pragma once
// PowerShellTask: how the agent runs PowerShell@2 (and the `pwsh:` / `powershell:` step
// shortcuts) on Linux, as Azure's PowerShell task does with its Node handler
// (tasks/PowerShellV2.task.json):
//  - the script file: a UTF-8 .ps1 file with a byte order mark, one line each for the
//    preference inputs that are not `default` — `$ErrorActionPreference = 'Stop'` (the
//    default of errorActionPreference), then warning/information/verbose/debug/progress
//    (progressPreference defaults to silentlyContinue) — then the body: the inline
//    `script`, or for targetType filePath `. '<file>' <arguments>` (the file must be a
//    .ps1; relative to System.DefaultWorkingDirectory); with showWarnings, warnings the
//    script writes are also reported as ##vso[task.logissue type=warning]; unless
//    ignoreLASTEXITCODE, a last block exits with $LASTEXITCODE when it is set.
//  - the command: `<pwsh> -NoLogo -NoProfile -NonInteractive -Command ". '<file>'"`
//    (`&` instead of `.` with runScriptInSeparateScope), where <pwsh> is `pwsh`, else
//    `powershell`, found on the step's PATH. Neither found: the step fails with
//    notInstalledMessage() (how to install PowerShell on Debian). The `pwsh` input only
//    matters on Windows.
//  - results (JobRunner): exit code ≠ 0 fails ("PowerShell exited with code 'N'."),
//    failOnStderr fails on any standard error output; workingDirectory as for Bash@3.
// Pure functions; any thread.

#include "core/common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops::agent {

struct PowerShellScript {
    QString contents;             // the .ps1 text, starting with U+FEFF
    bool separateScope = false;   // runScriptInSeparateScope: `&` instead of `.`
};

class PowerShellTask {
public:
    using Inputs = QList<QPair<QString, QString>>;

    // InvalidInput naming the input for a preference that is not default, stop, continue
    // or silentlyContinue, a targetType other than filePath/inline, or a filePath that is
    // missing or not a .ps1 file.
    static Result<PowerShellScript> prepare(const Inputs &inputs, const QString &defaultDirectory);

    // The absolute path of `pwsh`, else `powershell`, among the ':'-separated folders of
    // `pathVariable`; empty when neither is there (or not executable).
    static QString findExecutable(const QString &pathVariable);
    // The arguments after the program for the script file `scriptPath`.
    static QStringList arguments(const QString &scriptPath, bool separateScope);
    // Why a PowerShell step cannot run here and how to install PowerShell.
    static QString notInstalledMessage();
};

}  // namespace mlops::agent
