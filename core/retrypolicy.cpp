#include "core/retrypolicy.h"

#include "core/chimeerror.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

bool RetryPolicy::isTransient(const ChimeError &error)
{
    return error.kind() == ChimeError::Kind::NetworkFailure
        || error.kind() == ChimeError::Kind::Timeout;
}

bool RetryPolicy::isRetryable(const ChimeError &error)
{
    static const QSet<QString> throttlingCodes {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("ThrottledClientException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("EC2ThrottledException"),
    };
    switch (error.kind()) {
    case ChimeError::Kind::Throttled:
    case ChimeError::Kind::ServiceFailure:
    case ChimeError::Kind::ServiceUnavailable:
    case ChimeError::Kind::NetworkFailure:
    case ChimeError::Kind::Timeout:
        return true;
    case ChimeError::Kind::OtherHttpStatus:
        return error.httpStatus() == 502 || error.httpStatus() == 504
            || throttlingCodes.contains(error.code());
    default:
        return throttlingCodes.contains(error.code());
    }
}

std::chrono::milliseconds RetryPolicy::delayBefore(
    int attempt, std::optional<std::chrono::milliseconds> retryAfter) const
{
    const int exponent = std::clamp(attempt - 2, 0, 30);
    const double ceiling = std::min<double>(static_cast<double>(maxDelay.count()),
                                            static_cast<double>(baseDelay.count())
                                                * static_cast<double>(1LL << exponent));
    auto delay = std::chrono::milliseconds(
        static_cast<qint64>(QRandomGenerator::global()->generateDouble() * ceiling));
    if (retryAfter)
        delay = std::max(delay, std::min(*retryAfter, maxDelay));
    return delay;
}
