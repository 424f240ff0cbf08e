#include "emulator/ratelimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(double perSecond)
    : m_perSecond(perSecond)
{
}

std::optional<std::chrono::milliseconds> RateLimiter::take(const QString &operation, qint64 nowMs)
{
    if (m_perSecond <= 0)
        return std::nullopt;
    const double capacity = std::max(1.0, m_perSecond);
    auto bucket = m_buckets.find(operation);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(operation, { capacity, nowMs });
    bucket->tokens = std::min(capacity, bucket->tokens + (nowMs - bucket->atMs) * m_perSecond / 1000.0);
    bucket->atMs = nowMs;
    if (bucket->tokens >= 1.0) {
        bucket->tokens -= 1.0;
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<qint64>(std::ceil((1.0 - bucket->tokens) * 1000.0 / m_perSecond)));
}
