#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// Why a Chime call did not succeed, with what the service said about it. One type for every
// operation, so every failure reaches the user the same way.
class ChimeError
{
    Q_DECLARE_TR_FUNCTIONS(ChimeError)

public:
    enum class Kind {
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409: the thing to create exists already
        Unprocessable, // 422: the service will not do it in the state things are in
        Throttled, // 429
        ServiceFailure, // 500
        ServiceUnavailable, // 503
        OtherHttpStatus,
        NetworkFailure,
        Timeout,
        UnreadableResponse,
        InvalidConfiguration, // nothing was sent: no credentials, or an endpoint we refuse
    };

    ChimeError() = default;
    ChimeError(Kind kind, QString operation, QString message);

    // Maps an HTTP answer: status, x-amzn-ErrorType, x-amzn-RequestId and the JSON body's
    // __type/code/Code and message/Message, whichever the service used.
    static ChimeError fromHttpResponse(const QString &operation, int httpStatus,
                                       const QByteArray &errorTypeHeader,
                                       const QByteArray &requestId, const QByteArray &body);
    static Kind kindForStatus(int httpStatus);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &operation() const { return m_operation; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &requestId() const { return m_requestId; }
    const QDateTime &serverDate() const { return m_serverDate; }
    const std::optional<std::chrono::milliseconds> &retryAfter() const { return m_retryAfter; }
    int attempts() const { return m_attempts; }
    // Minutes the clock that signed the request is off from the service's (its Date header),
    // when the refusal was for clock skew.
    std::optional<qint64> clockSkewMinutes() const;

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(const QString &code) { m_code = code; }
    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    void setServerDate(const QDateTime &date) { m_serverDate = date; }
    void setRequestTime(const QDateTime &time) { m_requestTime = time; }
    void setRetryAfter(std::chrono::milliseconds delay) { m_retryAfter = delay; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    // The service certainly did not act on the request: it refused it (4xx, throttling), or it was
    // never sent, and no earlier attempt of it ended in a way that leaves that open (a lost
    // connection, a timeout, a 5xx: the service may have acted before the answer was lost).
    bool isDefiniteRefusal() const;
    void setEarlierAttemptUncertain(bool uncertain) { m_earlierAttemptUncertain = uncertain; }
    // Takes `secrets` and anything credential-like out of what the service said (SecretScrubber).
    void scrub(const QStringList &secrets);

    // A sentence for a person: what failed, the service's code and message, the request id.
    QString userMessage() const;
    QString kindDescription() const;
    // Advice for the refusals whose cause the service's words leave unclear; may be empty.
    QString hint() const;

private:
    Kind m_kind = Kind::UnreadableResponse;
    int m_httpStatus = 0;
    QString m_operation;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QDateTime m_serverDate;
    QDateTime m_requestTime;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    int m_attempts = 1;
    bool m_earlierAttemptUncertain = false;
};
