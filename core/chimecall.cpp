#include "core/chimecall.h"

#include "core/logging.h"
#include "core/retryquota.h"
#include "core/signedrequestfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

namespace {

using namespace Qt::StringLiterals;

QString operationOf(const Outcome<PreparedRequest> &request)
{
    return request.isOk() ? request.value().operation : request.error().operation();
}

// An HTTP Date header ("Tue, 24 Nov 2026 04:50:00 GMT", RFC 9110). Qt's RFC 2822 parser only
// takes a numeric offset, so the "GMT" every server sends is given as one.
QDateTime httpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(4) + u" +0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

// Retry-After in seconds or as an HTTP date.
std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    // Clamped before it becomes milliseconds: a service (or proxy) may send any number at all,
    // and 2^63 - 1 seconds does not fit. The retry policy caps the wait far lower anyway.
    constexpr qint64 longestHonoured = 24 * 60 * 60;
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(std::min(seconds, longestHonoured) * 1000))
                            : std::nullopt;
    const QDateTime when = httpDate(value);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

RequestPacer::Answer paceAnswerOf(const Outcome<QByteArray> &result)
{
    if (result.isOk())
        return RequestPacer::Answer::Flowed;
    return result.error().kind() == ChimeError::Kind::Throttled ? RequestPacer::Answer::Throttled
                                                                : RequestPacer::Answer::Other;
}

} // namespace

ChimeCall::ChimeCall(QNetworkAccessManager *network,
                     std::shared_ptr<const SignedRequestFactory> factory,
                     Outcome<PreparedRequest> request, std::chrono::milliseconds timeout,
                     const RetryPolicy &retry, RetryQuota *quota,
                     std::shared_ptr<RequestPacer> pacer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(std::move(factory))
    , m_request(std::move(request))
    , m_operation(operationOf(m_request))
    , m_timeout(timeout)
    , m_retry(retry)
    , m_quota(quota)
    , m_pacer(std::move(pacer))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ChimeCall::onTimeout);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ChimeCall::sendAttempt);
}

ChimeCall::~ChimeCall()
{
    releaseSlot(RequestPacer::Answer::Other);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ChimeCall::start()
{
    if (!m_request.isOk()) {
        // Refused before sending; still reported asynchronously, like every other outcome.
        QMetaObject::invokeMethod(this, [this] { finish(m_request.error()); }, Qt::QueuedConnection);
        return;
    }
    sendAttempt();
}

void ChimeCall::sendAttempt()
{
    m_slot = m_pacer->enqueue(m_request.value().priority, m_operation, [this] { transmit(); });
}

void ChimeCall::releaseSlot(RequestPacer::Answer answer)
{
    if (m_slot)
        m_pacer->release(*std::exchange(m_slot, std::nullopt), answer);
}

void ChimeCall::transmit()
{
    ++m_attempt;
    m_stopReason = StopReason::None;
    const PreparedRequest &request = m_request.value();
    // Signed now, for this attempt: a retry carries a fresh X-Amz-Date.
    m_signedAt = m_factory->now();
    Outcome<QNetworkRequest> networkRequest = m_factory->make(request, m_signedAt);
    if (!networkRequest.isOk()) {
        // Not sent this time; an earlier attempt may still have reached the service.
        releaseSlot(RequestPacer::Answer::Other);
        ChimeError error = networkRequest.error();
        error.setEarlierAttemptUncertain(m_earlierAttemptUncertain);
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcApi) << "->" << request.operation << request.method << request.path
                   << (request.query.isEmpty() ? QByteArray() : "?" + request.query) << "attempt"
                   << m_attempt;
    if (lcApi().isDebugEnabled()) {
        const QNetworkRequest &sent = networkRequest.value();
        for (const QByteArray &name : sent.rawHeaderList())
            qCDebug(lcApi) << "  " << name << loggableHeaderValue(name, sent.rawHeader(name));
    }
    m_reply = request.body.isEmpty() && request.method == "GET"
        ? m_network->get(networkRequest.value())
        : m_network->sendCustomRequest(networkRequest.value(), request.method, request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ChimeCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ChimeCall::onDownloadProgress);
    m_deadline.start(m_timeout);
}

void ChimeCall::abort()
{
    m_stopReason = StopReason::Aborted;
    m_deadline.stop();
    m_backoff.stop();
    if (m_reply) {
        m_reply->abort();
    } else {
        releaseSlot(RequestPacer::Answer::Other);
        deleteLater();
    }
}

void ChimeCall::onDownloadProgress(qint64 received)
{
    if (received > maxResponseBytes && m_reply) {
        m_stopReason = StopReason::TooLarge;
        m_reply->abort();
    }
}

void ChimeCall::onTimeout()
{
    m_stopReason = StopReason::TimedOut;
    if (m_reply)
        m_reply->abort();
}

void ChimeCall::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_stopReason == StopReason::Aborted) {
        releaseSlot(RequestPacer::Answer::Other);
        deleteLater();
        return;
    }
    Outcome<QByteArray> result = readReply(reply);
    releaseSlot(paceAnswerOf(result));
    if (result.isOk()) {
        m_quota->refund(1);
        finish(std::move(result));
        return;
    }
    ChimeError error = result.error();
    // Known before this attempt's own kind counts: it tells about the attempts before it.
    error.setEarlierAttemptUncertain(m_earlierAttemptUncertain);
    m_earlierAttemptUncertain = m_earlierAttemptUncertain || !error.isDefiniteRefusal();
    if (retryLater(error))
        return;
    error.setAttempts(m_attempt);
    finish(error);
}

bool ChimeCall::retryLater(ChimeError &error)
{
    if (m_attempt >= m_retry.maxAttempts || !RetryPolicy::isRetryable(error)
        || (!m_request.value().retrySafe && !error.isDefiniteRefusal()))
        return false;
    const int cost = RetryPolicy::isTransient(error) ? RetryQuota::transientRetryCost
                                                     : RetryQuota::retryCost;
    if (!m_quota->tryAcquire(cost))
        return false;
    const auto delay = m_retry.delayBefore(m_attempt + 1, error.retryAfter());
    qCDebug(lcApi).noquote() << m_operation << "attempt" << m_attempt << "failed ("
                             << error.kindDescription() << "); retrying in" << delay.count()
                             << "ms";
    m_backoff.start(delay);
    return true;
}

Outcome<QByteArray> ChimeCall::readReply(QNetworkReply *reply)
{
    switch (m_stopReason) {
    case StopReason::TimedOut:
        return ChimeError(ChimeError::Kind::Timeout, m_operation,
                          tr("No complete answer within %1 seconds.")
                              .arg(std::chrono::duration<double>(m_timeout).count()));
    case StopReason::TooLarge:
        return ChimeError(ChimeError::Kind::UnreadableResponse, m_operation,
                          tr("The answer is larger than %1 MiB.")
                              .arg(maxResponseBytes / (1024 * 1024)));
    case StopReason::None:
    case StopReason::Aborted:
        break;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray requestId = reply->rawHeader("x-amzn-RequestId");
    m_requestId = QString::fromLatin1(requestId);
    // A connection lost mid-answer still has the status of the head that arrived, but the body
    // is cut short and whether the operation took effect is unknown: a network failure, not an
    // answer (errors 1-99 are the transport's; HTTP statuses map to other codes).
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed = networkError != QNetworkReply::NoError
        && networkError < QNetworkReply::ProxyConnectionRefusedError;
    if (!status.isValid() || transportFailed) {
        ChimeError error(ChimeError::Kind::NetworkFailure, m_operation, reply->errorString());
        error.setRequestId(m_requestId);
        return error;
    }
    const int httpStatus = status.toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << "<-" << m_operation << httpStatus << "request id" << requestId;
    if (httpStatus >= 200 && httpStatus < 300)
        return body;
    ChimeError error = ChimeError::fromHttpResponse(m_operation, httpStatus,
                                                    reply->rawHeader("x-amzn-ErrorType"),
                                                    requestId, body);
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty())
        error.setServerDate(httpDate(date));
    error.setRequestTime(m_signedAt);
    // Before anything shows, logs or journals it: the service may quote what was signed.
    if (m_factory)
        error.scrub(m_factory->secrets());
    if (const std::optional<std::chrono::milliseconds> delay = retryAfter(reply->rawHeader("Retry-After")))
        error.setRetryAfter(*delay);
    return error;
}

void ChimeCall::finish(Outcome<QByteArray> result)
{
    if (m_stopReason == StopReason::Aborted)
        return;
    m_result = std::move(result);
    if (!m_result->isOk())
        qCDebug(lcApi).noquote() << m_result->error().userMessage();
    emit finished();
    deleteLater();
}
