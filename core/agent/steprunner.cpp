#include "core/agent/steprunner.h"

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

// Splits complete lines off `buffer` and hands them over; the rest stays buffered.
void emitLines(QByteArray &buffer, bool isStderr, bool flush, const StepRunner::LineCallback &onLine)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        onLine(QString::fromUtf8(line), isStderr);
        start = end + 1;
    }
    buffer.remove(0, start);
    if (flush && !buffer.isEmpty()) {
        onLine(QString::fromUtf8(buffer), isStderr);
        buffer.clear();
    }
}

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
                                   .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sh"));
    {
        QFile file(scriptPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(request.script.toUtf8()) < 0) {
            result.startFailed = true;
            result.error = QStringLiteral("cannot write the script file %1: %2").arg(scriptPath, file.errorString());
            return result;
        }
    }

    QProcess process;
    process.setProgram(QStringLiteral("bash"));
    process.setArguments({QStringLiteral("--noprofile"), QStringLiteral("--norc"), scriptPath});
    process.setWorkingDirectory(request.workingDirectory);
    QProcessEnvironment environment;
    for (auto it = request.environment.cbegin(); it != request.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
    if (!process.waitForStarted(30000)) {
        result.startFailed = true;
        result.error = QStringLiteral("cannot start bash in %1: %2").arg(request.workingDirectory, process.errorString());
        QFile::remove(scriptPath);
        return result;
    }
    const qint64 group = process.processId();

    QByteArray out;
    QByteArray err;
    auto drain = [&](bool flush) {
        out.append(process.readAllStandardOutput());
        const QByteArray errChunk = process.readAllStandardError();
        if (!errChunk.isEmpty())
            result.wroteStderr = true;
        err.append(errChunk);
        emitLines(out, false, flush, onLine);
        emitLines(err, true, flush, onLine);
    };

    const Clock::time_point started = Clock::now();
    std::optional<Clock::time_point> killAt;  // SIGKILL deadline once SIGTERM was sent
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(20))
            break;
        drain(false);
        const Clock::time_point now = Clock::now();
        if (!killAt) {
            const bool timedOut = request.timeout.count() > 0 && now - started >= request.timeout;
            const bool canceled = cancel && cancel->load();
            if (timedOut || canceled) {
                result.timedOut = timedOut;
                result.canceled = !timedOut && canceled;
                signalGroup(group, SIGTERM);
                killAt = now + request.killGrace;
            }
        } else if (now >= *killAt) {
            signalGroup(group, SIGKILL);
            killAt = now + std::chrono::hours(24);
        }
    }
    drain(true);
    // Whatever the script left behind in its group does not outlive the step.
    if (killAt)
        signalGroup(group, SIGKILL);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + SIGKILL;
    QFile::remove(scriptPath);
    return result;
}

}  // namespace mlops::agent
