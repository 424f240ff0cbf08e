#pragma once

#include "core/operationrate.h"
#include "core/requestpriority.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

// How many requests are out at once to one endpoint, shared by every client that talks to it
// (the window's and those pinned from it for a change), so a listing, a bulk change and its
// read-backs take turns instead of each filling the connections. Like TCP's congestion window:
// it starts at the connections Qt opens to one host, halves on a throttled answer and grows by one
// for every window's worth of answers that flowed. A throttled answer also spaces the requests of
// its operation at the rate the service was seen to allow it (OperationRate), like the SDKs'
// adaptive retry mode: a window alone cannot slow a far endpoint below one request per round trip.
// Requests sent together answer together: a freed slot waits a moment while the others of its
// wave are still out, so a throttled answer among them is counted before anything more goes.
// Interactive requests are granted before background ones.
class RequestPacer final : public QObject
{
    Q_OBJECT

public:
    enum class Answer { Flowed, Throttled, Other };
    using Ticket = quint64;

    struct Config
    {
        int startWindow = 6; // as many connections as Qt opens to one host
        int maxWindow = 6;
        double slowestRate = 1.0; // requests a second, however often the service throttles
    };

    struct Stats
    {
        int granted = 0;
        int throttled = 0;
        int mostInFlight = 0;
        double inFlightMs = 0; // requests in flight × milliseconds, summed
    };

    explicit RequestPacer(QObject *parent = nullptr);
    explicit RequestPacer(Config config, QObject *parent = nullptr);

    // Runs `send` once a request of `operation` may go: before returning when a slot is free,
    // the operation's rate allows it, no request of the same or a higher priority waits and no
    // wave's answers are still being counted; else later. From then it holds a slot until release().
    Ticket enqueue(RequestPriority priority, const QString &operation, std::function<void()> send);
    // A request answered (its slot is freed and the answer paces the next), or one that waits
    // no longer.
    void release(Ticket ticket, Answer answer);

    int window() const { return m_window; }
    int inFlight() const { return static_cast<int>(m_sent.size()); }
    // Requests a second `operation` is spaced at; 0 while it is not.
    double rate(const QString &operation) const;
    const Stats &stats() const;

private:
    struct Waiting
    {
        Ticket ticket;
        QString operation;
        std::function<void()> send;
    };
    struct Sent
    {
        QString operation;
        int epoch;
        qint64 at;
    };

    bool withdraw(Ticket ticket);
    bool hasRoom() const { return inFlight() < window(); }
    bool allows(const QString &operation, qint64 now) const;
    std::optional<Waiting> takeFirst(const std::function<bool(const Waiting &)> &matches);
    void grantWaiting();
    void grant(Waiting waiting, qint64 now);
    void onFlowed(const Sent &request, qint64 now);
    void onThrottled(const Sent &request, qint64 now);
    bool waveStillOut(qint64 sentAt) const;
    void countInFlightUntil(qint64 now) const;

    Config m_config;
    int m_window;
    int m_flowedSinceGrowth = 0;
    int m_epoch = 0; // slowdowns so far
    bool m_holding = false; // a wave's answers are being counted
    QHash<QString, OperationRate> m_rates;
    std::deque<Waiting> m_interactive;
    std::deque<Waiting> m_background;
    QHash<Ticket, Sent> m_sent;
    Ticket m_lastTicket = 0;
    QElapsedTimer m_clock;
    QTimer m_grantTimer;
    mutable Stats m_stats;
    mutable qint64 m_countedUntil = 0;
};
