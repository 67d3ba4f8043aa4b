#include "core/agent/retrypolicy.h"

#include <algorithm>
#include <thread>

namespace mlops::agent {

RetryPolicy::RetryPolicy(int retryCountOnTaskFailure, double secondsPerMinute)
    : m_requested(std::max(0, retryCountOnTaskFailure)),
      m_retries(std::clamp(retryCountOnTaskFailure, 0, kMaxRetries)),
      m_secondsPerMinute(secondsPerMinute > 0 ? secondsPerMinute : 60.0)
{
}

bool RetryPolicy::shouldRetry(int attempt, runs::RunResult result, bool stopping) const
{
    return !stopping && result == runs::RunResult::Failed && attempt >= 1 && attempt <= m_retries;
}

std::chrono::milliseconds RetryPolicy::delayBefore(int retry) const
{
    const double seconds = double(retry) * double(retry);
    return std::chrono::milliseconds(qint64(seconds * 1000.0 * m_secondsPerMinute / 60.0));
}

QString RetryPolicy::attemptLine(int attempt) const
{
    return QStringLiteral("Attempt %1 of %2 (retryCountOnTaskFailure: %3).").arg(attempt).arg(attempts()).arg(m_retries);
}

QString RetryPolicy::retryLine(int failedAttempt) const
{
    const qint64 ms = delayBefore(failedAttempt).count();
    const QString pause = ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("The step failed on attempt %1 of %2; it runs again in %3 (retryCountOnTaskFailure: %4).")
        .arg(failedAttempt)
        .arg(attempts())
        .arg(pause)
        .arg(m_retries);
}

QString RetryPolicy::cappedLine() const
{
    return QStringLiteral("retryCountOnTaskFailure %1 is above the maximum of %2: the step is tried at most %3 times.")
        .arg(m_requested)
        .arg(kMaxRetries)
        .arg(kMaxRetries + 1);
}

bool RetryPolicy::wait(std::chrono::milliseconds delay, const std::atomic<bool> *cancel)
{
    const auto until = std::chrono::steady_clock::now() + delay;
    for (;;) {
        if (cancel && cancel->load())
            return false;
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            return true;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - now, std::chrono::milliseconds(20)));
    }
}

}  // namespace mlops::agent
