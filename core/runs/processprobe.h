#pragma once
// ProcessProbe: tells whether a process id still names the same live process, on Linux
// through /proc/<pid>/stat. A pid alone is not enough, because the kernel reuses pids:
// the process start time (field 22 of /proc/<pid>/stat, clock ticks since boot) tells
// the original process from a later one with the same pid.
//
// Only meaningful for processes of this machine. Thread safety: stateless, any thread.

#include <QtGlobal>

#include <optional>

namespace mlops::runs {

class ProcessProbe {
public:
    // The start time of process `pid`, or nullopt when there is no such process or it
    // is a zombie (it ended and only waits to be reaped).
    static std::optional<quint64> startTicks(qint64 pid);

    // This process's pid and start time.
    static qint64 currentPid();
    static std::optional<quint64> currentStartTicks();

    // True when `pid` is alive and, if `expectedStartTicks` is given, started at that time.
    static bool isAlive(qint64 pid, std::optional<quint64> expectedStartTicks);
};

}  // namespace mlops::runs
