#pragma once

#include <chrono>
#include <optional>

class ChimeError;

// When and how soon a failed call is tried again, as the AWS SDKs' "standard" retry mode does:
// a few attempts, exponential backoff with full jitter capped at 20 s, the service's
// Retry-After honoured. Base delay and attempts are settings so tests can run fault scenarios
// quickly.
struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay { 1000 };
    std::chrono::milliseconds maxDelay { 20000 };

    // Throttling (429 and the throttling codes, Chime's ThrottledClientException included, which
    // the SDKs' standard mode does not count), 500/502/503/504, network failures and timeouts.
    static bool isRetryable(const ChimeError &error);
    // Timeouts and lost connections cost the retry quota more than an answered error.
    static bool isTransient(const ChimeError &error);

    // The wait before attempt `attempt` (2 for the first retry): a random duration up to
    // base * 2^(attempt-2), capped, unless the service asked for a longer one.
    std::chrono::milliseconds delayBefore(int attempt,
                                          std::optional<std::chrono::milliseconds> retryAfter) const;
};
