#pragma once
// CancelWindow: the time a job gets to wind down once it is canceled or has timed out
// (`cancelTimeoutInMinutes`, default 5; LANGUAGE.md §14). Steps whose condition still
// holds after the cancel (always(), canceled(), a custom condition) run inside the window;
// a step still running when it closes is killed (process group: SIGTERM, then SIGKILL)
// and the job's remaining steps do not start.
//
// The window opens once, at the first moment the job learns of the cancel (open() keeps
// the earliest time). Plain value; one job's thread.

#include <QString>

#include <chrono>
#include <optional>

namespace mlops::agent {

class CancelWindow {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr int kDefaultMinutes = 5;

    // cancelTimeoutInMinutes (0 or less = the default 5); secondsPerMinute: the agent's
    // test hook (60 = real time).
    explicit CancelWindow(int cancelTimeoutInMinutes = 0, double secondsPerMinute = 60.0);

    void open(Clock::time_point at);
    bool isOpen() const { return m_openedAt.has_value(); }
    bool hasExpired(Clock::time_point now) const { return m_openedAt && now >= *m_openedAt + m_length; }
    // What is left of the window at `now` (zero once expired); the whole length while closed.
    std::chrono::milliseconds remaining(Clock::time_point now) const;

    int minutes() const { return m_minutes; }
    std::chrono::milliseconds length() const { return m_length; }

private:
    int m_minutes = kDefaultMinutes;
    std::chrono::milliseconds m_length;
    std::optional<Clock::time_point> m_openedAt;
};

}  // namespace mlops::agent
