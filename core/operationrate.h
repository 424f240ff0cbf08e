#pragma once

#include <QtGlobal>

#include <deque>

// How fast one operation may be sent to an endpoint, as far as its answers tell: unlimited until
// the service throttles it, then just under what flowed in the second before (the service limits
// each operation on its own), growing 2 % a second until the next throttle and halving at most
// per throttle. Times are milliseconds of one monotonic clock.
class OperationRate
{
public:
    // Requests a second at `now`; 0: not spaced.
    double at(qint64 now) const;
    bool allows(qint64 now) const { return at(now) <= 0 || now >= m_nextAt; }
    // When the next request may go, while spaced.
    qint64 nextAt() const { return m_nextAt; }

    void onSent(qint64 now);
    void onFlowed(qint64 now);
    void onThrottled(qint64 now, double slowest);

private:
    double seenRate(qint64 now);

    double m_base = 0; // 0: not spaced
    qint64 m_setAt = 0;
    qint64 m_nextAt = 0;
    std::deque<qint64> m_flowedAt; // within the last second
};
