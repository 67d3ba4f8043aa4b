#include "processprobe.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace mlops::runs {

std::optional<quint64> ProcessProbe::startTicks(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so the fields
    // are counted from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22.
    if (fields.size() < 20)
        return std::nullopt;
    if (fields.at(0) == "Z" || fields.at(0) == "X" || fields.at(0) == "x")
        return std::nullopt;
    bool ok = false;
    const quint64 ticks = fields.at(19).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ticks;
}

qint64 ProcessProbe::currentPid() { return static_cast<qint64>(::getpid()); }

std::optional<quint64> ProcessProbe::currentStartTicks() { return startTicks(currentPid()); }

bool ProcessProbe::isAlive(qint64 pid, std::optional<quint64> expectedStartTicks)
{
    const std::optional<quint64> ticks = startTicks(pid);
    if (!ticks)
        return false;
    return !expectedStartTicks || *expectedStartTicks == *ticks;
}

}  // namespace mlops::runs
