#pragma once

#include "core/outcome.h"
#include "core/preparedrequest.h"
#include "core/requestpacer.h"
#include "core/retrypolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class RetryQuota;
class SignedRequestFactory;

// One Chime operation in flight: waits for the endpoint's pacer to let each attempt go, signs,
// sends, waits with a deadline per attempt, retries what the retry policy allows (signing every
// attempt afresh), and reports the raw answer body or the error. Emits finished() exactly once,
// unless aborted, then deletes itself.
class ChimeCall final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxResponseBytes = 32 * 1024 * 1024;

    ChimeCall(QNetworkAccessManager *network, std::shared_ptr<const SignedRequestFactory> factory,
              Outcome<PreparedRequest> request, std::chrono::milliseconds timeout,
              const RetryPolicy &retry, RetryQuota *quota, std::shared_ptr<RequestPacer> pacer,
              QObject *parent);
    ~ChimeCall() override;

    void start();
    // Stops the call; finished() is not emitted.
    void abort();

    const QString &operation() const { return m_operation; }
    // Set once finished() has been emitted.
    const std::optional<Outcome<QByteArray>> &result() const { return m_result; }
    const QString &requestId() const { return m_requestId; }
    // Whether an attempt has gone out: until then it waits for the pacer and can be withdrawn
    // knowing the service never saw it.
    bool hasBeenSent() const { return m_attempt > 0; }

signals:
    void finished();

private:
    void sendAttempt();
    void transmit();
    void releaseSlot(RequestPacer::Answer answer);
    void onReplyFinished();
    bool retryLater(ChimeError &error);
    void onDownloadProgress(qint64 received);
    void onTimeout();
    Outcome<QByteArray> readReply(QNetworkReply *reply);
    void finish(Outcome<QByteArray> result);

    QNetworkAccessManager *m_network;
    std::shared_ptr<const SignedRequestFactory> m_factory;
    Outcome<PreparedRequest> m_request;
    QString m_operation;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    RetryPolicy m_retry;
    RetryQuota *m_quota;
    std::shared_ptr<RequestPacer> m_pacer;
    std::optional<RequestPacer::Ticket> m_slot; // waiting for the pacer, or holding its slot
    int m_attempt = 0;
    bool m_earlierAttemptUncertain = false; // an attempt may have reached the service unanswered
    QDateTime m_signedAt;
    enum class StopReason { None, Aborted, TimedOut, TooLarge } m_stopReason = StopReason::None;
    std::optional<Outcome<QByteArray>> m_result;
    QString m_requestId;
};
