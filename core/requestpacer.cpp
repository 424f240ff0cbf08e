#include "core/requestpacer.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 measuredSpanMs = 1000;
constexpr double rateGrowthPerSecond = 1.05;
constexpr double firstRateShare = 0.9; // just under what was seen, so the service's bucket refills
constexpr double rateDecrease = 0.7;
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
    const auto sent = m_sentInEpoch.constFind(ticket);
    if (sent == m_sentInEpoch.cend())
        return;
    const int epoch = sent.value();
    const qint64 now = m_clock.elapsed();
    countInFlightUntil(now);
    m_sentInEpoch.erase(sent);
    switch (answer) {
    case Answer::Flowed:
        onFlowed(now);
        break;
    case Answer::Throttled:
        onThrottled(epoch, now);
        break;
    case Answer::Other:
        break;
    }
    // Not granted from here: the answers that arrived together are all counted first, and the
    // request that frees a slot is not re-entered by the next one's send.
    if (!m_grantTimer.isActive())
        m_grantTimer.start(0);
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
    m_stats.inFlightMs += static_cast<double>(m_sentInEpoch.size()) * static_cast<double>(now - m_countedUntil);
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
    m_sentInEpoch.insert(waiting.ticket, m_epoch);
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
    forgetFlowedBefore(now - measuredSpanMs);
    const double current = rateAt(now);
    const double seen = static_cast<double>(m_flowedAt.size()) * 1000.0 / measuredSpanMs;
    m_rateBase = std::max(m_config.slowestRate, current > 0 ? current * rateDecrease : seen * firstRateShare);
    m_rateSetAt = now;
    m_nextGrantAt = now + static_cast<qint64>(std::ceil(1000.0 / m_rateBase));
}
