#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

// A service that pushes back: a token bucket per operation, refilled at `perSecond` and holding
// as many (at least one), so a burst of that size goes through and the rest is throttled.
class RateLimiter
{
public:
    explicit RateLimiter(double perSecond = 0); // 0: no limit

    // Takes a token for `operation` at `nowMs` (a monotonic clock); when there is none, how long
    // until there is.
    std::optional<std::chrono::milliseconds> take(const QString &operation, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };

    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
};
