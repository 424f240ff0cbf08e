#include "core/requestpacer.h"

#include <algorithm>
#include <cstdlib>

namespace {

// Answers to requests sent within this of each other come within about as much of each other.
constexpr qint64 waveSpanMs = 3;

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
    m_grantTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_grantTimer, &QTimer::timeout, this, &RequestPacer::grantWaiting);
}

RequestPacer::Ticket RequestPacer::enqueue(RequestPriority priority, const QString &operation,
                                           std::function<void()> send)
{
    const Ticket ticket = ++m_lastTicket;
    (priority == RequestPriority::Interactive ? m_interactive : m_background)
        .push_back({ ticket, operation, std::move(send) });
    // While a wave's answers are being counted, a new request waits for them like the others.
    if (!m_holding)
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
        onFlowed(request, now);
        break;
    case Answer::Throttled:
        onThrottled(request, now);
        break;
    case Answer::Other:
        break;
    }
    // The rest of its wave is counted first (the wait restarts with each of its answers, so it
    // ends a moment after the last); a request alone frees its slot at once, so a listing's next
    // page goes out before this one is shown.
    if (waveStillOut(request.at)) {
        m_holding = true;
        m_grantTimer.start(static_cast<int>(waveSpanMs));
        return;
    }
    grantWaiting();
}

bool RequestPacer::withdraw(Ticket ticket)
{
    return takeFirst([ticket](const Waiting &waiting) { return waiting.ticket == ticket; }).has_value();
}

// The first waiting request, interactive ones first, that `matches`, out of its queue.
std::optional<RequestPacer::Waiting> RequestPacer::takeFirst(const std::function<bool(const Waiting &)> &matches)
{
    for (std::deque<Waiting> *queue : { &m_interactive, &m_background }) {
        const auto found = std::find_if(queue->begin(), queue->end(), matches);
        if (found != queue->end()) {
            Waiting next = std::move(*found);
            queue->erase(found);
            return next;
        }
    }
    return std::nullopt;
}

double RequestPacer::rate(const QString &operation) const
{
    const auto found = m_rates.constFind(operation);
    return found == m_rates.cend() ? 0 : found->at(m_clock.elapsed());
}

bool RequestPacer::allows(const QString &operation, qint64 now) const
{
    const auto found = m_rates.constFind(operation);
    return found == m_rates.cend() || found->allows(now);
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

bool RequestPacer::waveStillOut(qint64 sentAt) const
{
    return std::any_of(m_sent.cbegin(), m_sent.cend(),
                       [sentAt](const Sent &other) { return std::abs(other.at - sentAt) <= waveSpanMs; });
}

void RequestPacer::grantWaiting()
{
    m_holding = false;
    qint64 now = m_clock.elapsed();
    while (hasRoom()) {
        // One operation held back by its rate does not hold back the others.
        std::optional<Waiting> next = takeFirst([this, now](const Waiting &waiting) { return allows(waiting.operation, now); });
        if (!next)
            break;
        grant(std::move(*next), now);
        now = m_clock.elapsed();
    }
    if (!hasRoom())
        return;
    // Room, but what waits is spaced out: wake up when the soonest of them may go.
    std::optional<qint64> soonest;
    for (const std::deque<Waiting> *queue : { &m_interactive, &m_background }) {
        for (const Waiting &waiting : *queue) {
            const qint64 at = m_rates.value(waiting.operation).nextAt();
            soonest = soonest ? std::min(*soonest, at) : at;
        }
    }
    if (soonest && !(m_grantTimer.isActive() && m_grantTimer.remainingTime() <= *soonest - now))
        m_grantTimer.start(static_cast<int>(std::max<qint64>(1, *soonest - now)));
}

void RequestPacer::grant(Waiting waiting, qint64 now)
{
    countInFlightUntil(now);
    m_sent.insert(waiting.ticket, { waiting.operation, m_epoch, now });
    ++m_stats.granted;
    m_stats.mostInFlight = std::max(m_stats.mostInFlight, inFlight());
    if (const auto rate = m_rates.find(waiting.operation); rate != m_rates.end())
        rate->onSent(now);
    waiting.send();
}

void RequestPacer::onFlowed(const Sent &request, qint64 now)
{
    if (++m_flowedSinceGrowth >= m_window) {
        m_flowedSinceGrowth = 0;
        m_window = std::min(m_config.maxWindow, m_window + 1);
    }
    m_rates[request.operation].onFlowed(now);
}

void RequestPacer::onThrottled(const Sent &request, qint64 now)
{
    ++m_stats.throttled;
    // Requests sent before the last slowdown were sent too fast for it to help them: one wave
    // of throttled answers slows down once.
    if (request.epoch != m_epoch)
        return;
    ++m_epoch;
    m_flowedSinceGrowth = 0;
    m_window = std::max(1, m_window / 2);
    m_rates[request.operation].onThrottled(now, m_config.slowestRate);
}
