#pragma once
// RetryPolicy: a step's `retryCountOnTaskFailure` (LANGUAGE.md §14) as the Azure agent
// applies it: a step whose attempt ends Failed runs again, up to N more times; the step's
// result is the last attempt's (continueOnError applies to that result afterwards). An
// attempt that ends Succeeded, SucceededWithIssues or Canceled is not retried, nor one
// that failed because the run was canceled or the job ran out of time. Before retry k
// (1-based) the agent waits k² seconds (1 s, 4 s, 9 s, …), as the Azure agent does. N is
// capped at kMaxRetries (10, Azure's limit).
//
// Plain value; any thread. wait() blocks the calling thread.

#include "core/runs/runtypes.h"

#include <QString>

#include <atomic>
#include <chrono>

namespace mlops::agent {

class RetryPolicy {
public:
    static constexpr int kMaxRetries = 10;

    // secondsPerMinute: the agent's test hook (60 = real time); delays scale with it.
    explicit RetryPolicy(int retryCountOnTaskFailure, double secondsPerMinute = 60.0);

    int requested() const { return m_requested; }  // as written (may be above the cap)
    int retries() const { return m_retries; }      // 0…kMaxRetries
    int attempts() const { return m_retries + 1; }
    bool capped() const { return m_requested > kMaxRetries; }

    // True when attempt `attempt` (1-based) that ended with `result` is to be run again;
    // `stopping`: the run was canceled or the job timed out.
    bool shouldRetry(int attempt, runs::RunResult result, bool stopping) const;
    // The pause before retry `retry` (1-based): retry² seconds, scaled.
    std::chrono::milliseconds delayBefore(int retry) const;

    // Log lines (without the ##[…] prefix):
    // "Attempt 2 of 4 (retryCountOnTaskFailure: 3)."
    QString attemptLine(int attempt) const;
    // "The step failed on attempt 1 of 4; it runs again in 1 s (retryCountOnTaskFailure: 3)."
    QString retryLine(int failedAttempt) const;
    // "retryCountOnTaskFailure 15 is above the maximum of 10: the step is tried at most 11 times."
    QString cappedLine() const;

    // Sleeps for `delay`, waking early when *cancel becomes true. Returns false when it
    // was canceled (cancel may be nullptr: never).
    static bool wait(std::chrono::milliseconds delay, const std::atomic<bool> *cancel);

private:
    int m_requested = 0;
    int m_retries = 0;
    double m_secondsPerMinute = 60.0;
};

}  // namespace mlops::agent
