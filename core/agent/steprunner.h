#pragma once
// StepRunner: runs one script body through bash the way the CmdLine@2/Bash@3 tasks do on
// Linux (LANGUAGE.md §15): the body is written to a temporary .sh file and run with
// `bash --noprofile --norc FILE` (no `set -e`: the exit code of the last command counts).
//
// The script runs in its own process group (setsid() in the child), so a timeout or a
// cancel reaches the whole process tree: SIGTERM to the group, then SIGKILL to the group
// after killGrace. Output is delivered line by line (stdout and stderr kept apart) to
// the callback on the calling thread, in the order it was read.
//
// Failure: never throws; a script that cannot be written or started gives
// startFailed with a message. Threads: blocking; call it from a worker thread (a job's
// thread); no event loop is needed. `cancel` may be set from any thread.

#include <QMap>
#include <QString>

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
};

struct ScriptResult {
    int exitCode = -1;
    bool startFailed = false;
    bool timedOut = false;
    bool canceled = false;
    bool wroteStderr = false;
    QString error;  // startFailed: what went wrong
};

class StepRunner {
public:
    using LineCallback = std::function<void(const QString &line, bool isStderr)>;

    static ScriptResult run(const ScriptRequest &request, const std::atomic<bool> *cancel,
                            const LineCallback &onLine);

    // Sends `signal` to the process group `groupId` (a pid that called setsid()).
    static void signalGroup(qint64 groupId, int signal);
};

}  // namespace mlops::agent
