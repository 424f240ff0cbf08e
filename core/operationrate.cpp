#include "core/operationrate.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 measuredSpanMs = 1000;
constexpr double growthPerSecond = 1.02;
constexpr double seenShare = 0.95; // just under what was seen, so the service's bucket refills
constexpr double deepestDecrease = 0.5; // of the rate before, at one throttle
// Beyond it the window alone decides: no endpoint answers that fast one request a round trip.
constexpr double unspaced = 1000.0;

qint64 intervalAt(double rate)
{
    return static_cast<qint64>(std::ceil(1000.0 / rate));
}

} // namespace

double OperationRate::at(qint64 now) const
{
    if (m_base <= 0)
        return 0;
    const double grown = m_base * std::pow(growthPerSecond, static_cast<double>(now - m_setAt) / 1000.0);
    return grown >= unspaced ? 0 : grown;
}

void OperationRate::onSent(qint64 now)
{
    if (const double rate = at(now); rate > 0)
        m_nextAt = std::max(now, m_nextAt) + intervalAt(rate);
}

void OperationRate::onFlowed(qint64 now)
{
    m_flowedAt.push_back(now);
    seenRate(now); // forgets what is older than the span
}

double OperationRate::seenRate(qint64 now)
{
    while (!m_flowedAt.empty() && m_flowedAt.front() < now - measuredSpanMs)
        m_flowedAt.pop_front();
    return static_cast<double>(m_flowedAt.size()) * 1000.0 / measuredSpanMs;
}

void OperationRate::onThrottled(qint64 now, double slowest)
{
    // What the service let through in the last second is the rate it allows while pushed
    // against, but not when the requests were few: then it halves at most.
    const double seen = seenRate(now) * seenShare;
    const double current = at(now);
    m_base = std::max(slowest, current > 0 ? std::clamp(seen, current * deepestDecrease, current) : seen);
    m_setAt = now;
    m_nextAt = now + intervalAt(m_base);
}
