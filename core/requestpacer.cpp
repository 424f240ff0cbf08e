#include "core/requestpacer.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 measuredSpanMs = 1000;
constexpr double rateGrowthPerSecond = 1.02;
constexpr double seenRateShare = 0.95; // just under what was seen, so the service's bucket refills
constexpr double deepestDecrease = 0.5; // of the rate before, at one throttle
// Answers to requests sent within this of each other come within about as much of each other.
constexpr qint64 waveSpanMs = 3;
// Beyond it the window alone decides: no endpoint answers that fast one request a round trip.
constexpr double unspacedRate = 1000.0;

} // namespace

RequestPacer::RequestPacer(QObject *parent)
    : RequestPacer(Config(), parent)
{
}

RequestPacer::RequestPacer(Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_window(std::clamp(config.startWindow, 1, std::max(1, config.maxWindow)))
{
    m_clock.start();
    m_grantTimer.setSingleShot(true);
    connect(&m_grantTimer, &QTimer::timeout, this, &RequestPacer::grantWaiting);
}

std::deque<RequestPacer::Waiting> &RequestPacer::queueOf(RequestPriority priority)
{
    return priority == RequestPriority::Interactive ? m_interactive : m_background;
}

RequestPacer::Ticket RequestPacer::enqueue(RequestPriority priority, std::function<void()> send)
{
    const Ticket ticket = ++m_lastTicket;
    const qint64 now = m_clock.elapsed();
    const bool overtakes = priority == RequestPriority::Interactive ? m_interactive.empty()
                                                                    : m_interactive.empty() && m_background.empty();
    // While answers just freed slots, the grants wait for the timer like the waiting ones.
    if (overtakes && !m_grantTimer.isActive() && mayGrantAt(now)) {
        grant({ ticket, std::move(send) }, now);
        return ticket;
    }
    queueOf(priority).push_back({ ticket, std::move(send) });
    grantWaiting();
    return ticket;
}

void RequestPacer::release(Ticket ticket, Answer answer)
{
    if (withdraw(ticket))
        return;
    const auto sent = m_sent.constFind(ticket);
    if (sent == m_sent.cend())
        return;
    const Sent request = sent.value();
    const qint64 now = m_clock.elapsed();
    countInFlightUntil(now);
    m_sent.erase(sent);
    switch (answer) {
    case Answer::Flowed:
        onFlowed(now);
        break;
    case Answer::Throttled:
        onThrottled(request.epoch, now);
        break;
    case Answer::Other:
        break;
    }
    // Not granted from here: the request that frees a slot is not re-entered by the next one's
    // send, and the rest of its wave is counted first (restarted by each of its answers, so the
    // wait ends a moment after the last).
    m_grantTimer.start(waveStillOut(request.at) ? static_cast<int>(waveSpanMs) : 0);
}

bool RequestPacer::waveStillOut(qint64 sentAt) const
{
    return std::any_of(m_sent.cbegin(), m_sent.cend(),
                       [sentAt](const Sent &other) { return std::abs(other.at - sentAt) <= waveSpanMs; });
}

bool RequestPacer::withdraw(Ticket ticket)
{
    for (std::deque<Waiting> *queue : { &m_interactive, &m_background }) {
        const auto found = std::find_if(queue->begin(), queue->end(),
                                        [ticket](const Waiting &waiting) { return waiting.ticket == ticket; });
        if (found != queue->end()) {
            queue->erase(found);
            return true;
        }
    }
    return false;
}

double RequestPacer::rate() const
{
    return rateAt(m_clock.elapsed());
}

double RequestPacer::rateAt(qint64 now) const
{
    if (m_rateBase <= 0)
        return 0;
    const double grown = m_rateBase * std::pow(rateGrowthPerSecond, static_cast<double>(now - m_rateSetAt) / 1000.0);
    return grown >= unspacedRate ? 0 : grown;
}

const RequestPacer::Stats &RequestPacer::stats() const
{
    countInFlightUntil(m_clock.elapsed());
    return m_stats;
}

void RequestPacer::countInFlightUntil(qint64 now) const
{
    m_stats.inFlightMs += static_cast<double>(m_sent.size()) * static_cast<double>(now - m_countedUntil);
    m_countedUntil = now;
}

bool RequestPacer::mayGrantAt(qint64 now) const
{
    return inFlight() < window() && (rateAt(now) <= 0 || now >= m_nextGrantAt);
}

void RequestPacer::grantWaiting()
{
    qint64 now = m_clock.elapsed();
    while (mayGrantAt(now) && !(m_interactive.empty() && m_background.empty())) {
        std::deque<Waiting> &queue = m_interactive.empty() ? m_background : m_interactive;
        Waiting next = std::move(queue.front());
        queue.pop_front();
        grant(std::move(next), now);
        now = m_clock.elapsed();
    }
    const bool spacedOut = inFlight() < window() && !(m_interactive.empty() && m_background.empty());
    if (spacedOut && !m_grantTimer.isActive())
        m_grantTimer.start(static_cast<int>(std::max<qint64>(1, m_nextGrantAt - now)));
}

void RequestPacer::grant(Waiting waiting, qint64 now)
{
    countInFlightUntil(now);
    m_sent.insert(waiting.ticket, { m_epoch, now });
    ++m_stats.granted;
    m_stats.mostInFlight = std::max(m_stats.mostInFlight, inFlight());
    if (const double rate = rateAt(now); rate > 0)
        m_nextGrantAt = std::max(now, m_nextGrantAt) + static_cast<qint64>(std::ceil(1000.0 / rate));
    waiting.send();
}

void RequestPacer::onFlowed(qint64 now)
{
    if (++m_flowedSinceGrowth >= m_window) {
        m_flowedSinceGrowth = 0;
        m_window = std::min(m_config.maxWindow, m_window + 1);
    }
    m_flowedAt.push_back(now);
    forgetFlowedBefore(now - measuredSpanMs);
}

double RequestPacer::seenRate(qint64 now)
{
    forgetFlowedBefore(now - measuredSpanMs);
    return static_cast<double>(m_flowedAt.size()) * 1000.0 / measuredSpanMs;
}

void RequestPacer::forgetFlowedBefore(qint64 time)
{
    while (!m_flowedAt.empty() && m_flowedAt.front() < time)
        m_flowedAt.pop_front();
}

void RequestPacer::onThrottled(int sentInEpoch, qint64 now)
{
    ++m_stats.throttled;
    // Requests sent before the last slowdown were sent too fast for it to help them: one wave
    // of throttled answers slows down once.
    if (sentInEpoch != m_epoch)
        return;
    ++m_epoch;
    m_flowedSinceGrowth = 0;
    m_window = std::max(1, m_window / 2);
    // What the service let through in the last second is the rate it allows while pushed
    // against, but not when the requests were few: then it halves at most.
    const double seen = seenRate(now) * seenRateShare;
    const double current = rateAt(now);
    m_rateBase = std::max(m_config.slowestRate,
                          current > 0 ? std::clamp(seen, current * deepestDecrease, current) : seen);
    m_rateSetAt = now;
    m_nextGrantAt = now + static_cast<qint64>(std::ceil(1000.0 / m_rateBase));
}
