#pragma once
// InterruptFlag: Ctrl+C as a request to stop cleanly, for long CLI work (model train).
// While one lives, SIGINT only sets a flag (which the CSV reader polls) so that the command
// stops cleanly; a second Ctrl+C meanwhile ends the process the default way. The previous
// disposition comes back when it goes.

#include <atomic>

#include <csignal>

namespace mlops::cli {

class InterruptFlag {
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;

    const std::atomic_bool *flag() const { return &s_raised; }
    bool raised() const { return s_raised.load(); }

private:
    static inline std::atomic_bool s_raised{false};  // lock-free: safe in a signal handler
    struct sigaction m_previous {};
};

}  // namespace mlops::cli
