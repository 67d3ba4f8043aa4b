#include "core/agent/steprunner.h"

#include "core/agent/childoutputpipes.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace mlops::agent {

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 kTailBytes = 1024 * 1024;  // read after the script ended (its last pipe contents)

}  // namespace

void StepRunner::signalGroup(qint64 groupId, int signal)
{
    if (groupId > 1)
        ::kill(-static_cast<pid_t>(groupId), signal);
}

ScriptResult StepRunner::run(const ScriptRequest &request, const std::atomic<bool> *cancel, const LineCallback &onLine)
{
    ScriptResult result;
    const QString scriptPath = QDir(request.tempDirectory)
                                   .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + request.fileSuffix);
    {
        QFile file(scriptPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(request.script.toUtf8()) < 0) {
            result.startFailed = true;
            result.error = QStringLiteral("cannot write the script file %1: %2").arg(scriptPath, file.errorString());
            return result;
        }
    }

    QProcess process;
    const QString program = request.program.isEmpty() ? QStringLiteral("bash") : request.program;
    process.setProgram(program);
    process.setArguments(request.arguments ? request.arguments(scriptPath)
                                           : QStringList{QStringLiteral("--noprofile"), QStringLiteral("--norc"), scriptPath});
    process.setWorkingDirectory(request.workingDirectory);
    QProcessEnvironment environment;
    for (auto it = request.environment.cbegin(); it != request.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    ChildOutputPipes pipes;
    if (!pipes.isValid()) {
        result.startFailed = true;
        result.error = pipes.errorString();
        QFile::remove(scriptPath);
        return result;
    }
    process.setProcessChannelMode(QProcess::ForwardedChannels);  // the child writes to `pipes`
    process.setChildProcessModifier([&pipes] {
        ::setsid();
        pipes.redirectChild();
    });
    process.start();
    pipes.closeChildEnds();
    if (!process.waitForStarted(30000)) {
        result.startFailed = true;
        result.error = QStringLiteral("cannot start %1 in %2: %3").arg(program, request.workingDirectory, process.errorString());
        QFile::remove(scriptPath);
        return result;
    }
    const qint64 group = process.processId();

    OutputLineSplitter outLines(request.maxLineLength, request.masker);
    OutputLineSplitter errLines(request.maxLineLength, request.masker);
    const OutputLineSplitter::Callback onOut = [&](const QString &line, bool whole) { onLine(line, false, whole); };
    const OutputLineSplitter::Callback onErr = [&](const QString &line, bool whole) { onLine(line, true, whole); };
    const ChildOutputPipes::Sink sink = [&](QByteArrayView chunk, bool isStderr) {
        if (isStderr) {
            result.wroteStderr = true;
            errLines.feed(chunk, onErr);
        } else {
            outLines.feed(chunk, onOut);
        }
    };

    const Clock::time_point started = Clock::now();
    std::optional<Clock::time_point> killAt;  // SIGKILL deadline once SIGTERM was sent
    while (process.state() != QProcess::NotRunning) {
        // Wait on the pipes while they are open, else on the process.
        const bool piped = !pipes.atEnd();
        if (piped && pipes.read(std::chrono::milliseconds(20), sink) > 0 && request.afterRead)
            request.afterRead();
        if (process.waitForFinished(piped ? 0 : 20))
            break;
        const Clock::time_point now = Clock::now();
        if (!killAt) {
            const bool timedOut = request.timeout.count() > 0 && now - started >= request.timeout;
            const bool canceled = cancel && cancel->load();
            if (timedOut || canceled) {
                result.timedOut = timedOut;
                result.canceled = !timedOut && canceled;
                if (result.canceled)
                    result.cancelSeenAt = now;
                signalGroup(group, SIGTERM);
                killAt = now + request.killGrace;
            }
        } else if (now >= *killAt) {
            signalGroup(group, SIGKILL);
            killAt = now + std::chrono::hours(24);
        }
    }
    // What the script wrote before it ended (a process it left behind may still be writing:
    // only what is there now, up to kTailBytes, is read).
    pipes.drain(kTailBytes, sink);
    outLines.finish(onOut);
    errLines.finish(onErr);
    if (request.afterRead)
        request.afterRead();
    // Whatever the script left behind in its group does not outlive the step.
    if (killAt)
        signalGroup(group, SIGKILL);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + SIGKILL;
    QFile::remove(scriptPath);
    return result;
}

}  // namespace mlops::agent
