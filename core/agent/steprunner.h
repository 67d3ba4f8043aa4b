#pragma once
// StepRunner: runs one script body through bash the way the CmdLine@2/Bash@3 tasks do on
// Linux (LANGUAGE.md §15): the body is written to a temporary .sh file and run with
// `bash --noprofile --norc FILE` (no `set -e`: the exit code of the last command counts).
// Another interpreter (PowerShellTask: pwsh) is used when the request names a program,
// with the file suffix and the arguments (built from the file's path) it gives.
//
// The script runs in its own process group (setsid() in the child), so a timeout or a
// cancel reaches the whole process tree: SIGTERM to the group, then SIGKILL to the group
// after killGrace. Output is delivered line by line (stdout and stderr kept apart) to
// the callback on the calling thread, in the order it was read: the agent reads the
// child's pipes itself a chunk at a time (ChildOutputPipes), so memory stays bounded
// however much a step writes (a step writing faster than the agent logs blocks on its
// pipe), and OutputLineSplitter makes the lines (line ends \n, \r\n and a lone \r as
// Azure's agent reads them; invalid UTF-8 as U+FFFD; a line longer than maxLineLength in
// pieces flagged `whole = false`, never cut inside a secret the masker knows).
// afterRead is called after each read of output (the job runner flushes the log there).
//
// Failure: never throws; a script that cannot be written or started gives
// startFailed with a message. Threads: blocking; call it from a worker thread (a job's
// thread); no event loop is needed. `cancel` may be set from any thread.

#include "core/agent/outputlinesplitter.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

namespace mlops::agent {

struct ScriptRequest {
    QString script;                        // the body, already macro-expanded
    QString workingDirectory;              // must exist
    QMap<QString, QString> environment;    // the whole environment of the process
    QString tempDirectory;                 // where the .sh file is written (must exist)
    std::chrono::milliseconds timeout{0};  // 0 = none
    std::chrono::milliseconds killGrace{std::chrono::seconds(5)};
    QString program;                       // empty = bash (absolute path or a name on PATH)
    QString fileSuffix = QStringLiteral(".sh");
    std::function<QStringList(const QString &scriptPath)> arguments;  // empty = bash's
    qsizetype maxLineLength = OutputLineSplitter::kDefaultMaxLineLength;
    const SecretMasker *masker = nullptr;  // not owned: where a long line may be cut
    std::function<void()> afterRead;       // optional
};

struct ScriptResult {
    int exitCode = -1;
    bool startFailed = false;
    bool timedOut = false;
    bool canceled = false;
    bool wroteStderr = false;
    QString error;  // startFailed: what went wrong
    // canceled: when the cancel flag was seen (the kill followed, within killGrace).
    std::chrono::steady_clock::time_point cancelSeenAt;
};

class StepRunner {
public:
    // whole: false for each piece of a line longer than ScriptRequest::maxLineLength.
    using LineCallback = std::function<void(const QString &line, bool isStderr, bool whole)>;

    static ScriptResult run(const ScriptRequest &request, const std::atomic<bool> *cancel,
                            const LineCallback &onLine);

    // Sends `signal` to the process group `groupId` (a pid that called setsid()).
    static void signalGroup(qint64 groupId, int signal);
};

}  // namespace mlops::agent
