#include "core/agent/cancelwindow.h"

#include <algorithm>

namespace mlops::agent {

CancelWindow::CancelWindow(int cancelTimeoutInMinutes, double secondsPerMinute)
    : m_minutes(cancelTimeoutInMinutes > 0 ? cancelTimeoutInMinutes : kDefaultMinutes),
      m_length(qint64(double(m_minutes) * (secondsPerMinute > 0 ? secondsPerMinute : 60.0) * 1000.0))
{
}

void CancelWindow::open(Clock::time_point at)
{
    if (!m_openedAt || at < *m_openedAt)
        m_openedAt = at;
}

std::chrono::milliseconds CancelWindow::remaining(Clock::time_point now) const
{
    if (!m_openedAt)
        return m_length;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*m_openedAt + m_length - now);
    return std::max(std::chrono::milliseconds(0), left);
}

}  // namespace mlops::agent
