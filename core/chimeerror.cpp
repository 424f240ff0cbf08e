#include "core/chimeerror.h"

#include "core/secretscrubber.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace {

using namespace Qt::StringLiterals;

// "aws.chime#NotFoundException:http://..." and "NotFoundException:..." both name NotFoundException.
QString shortErrorType(QString type)
{
    if (const qsizetype colon = type.indexOf(u':'); colon >= 0)
        type.truncate(colon);
    if (const qsizetype hash = type.lastIndexOf(u'#'); hash >= 0)
        type.remove(0, hash + 1);
    return type.trimmed();
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

} // namespace

ChimeError::ChimeError(Kind kind, QString operation, QString message)
    : m_kind(kind)
    , m_operation(std::move(operation))
    , m_message(std::move(message))
{
}

ChimeError::Kind ChimeError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 422:
        return Kind::Unprocessable;
    case 429:
        return Kind::Throttled;
    case 500:
        return Kind::ServiceFailure;
    case 503:
        return Kind::ServiceUnavailable;
    default:
        return Kind::OtherHttpStatus;
    }
}

ChimeError ChimeError::fromHttpResponse(const QString &operation, int httpStatus,
                                        const QByteArray &errorTypeHeader,
                                        const QByteArray &requestId, const QByteArray &body)
{
    ChimeError error(kindForStatus(httpStatus), operation, {});
    error.m_httpStatus = httpStatus;
    error.m_requestId = QString::fromLatin1(requestId);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QString bodyType = firstString(object, { QLatin1StringView("__type"),
                                                   QLatin1StringView("code"),
                                                   QLatin1StringView("Code") });
    const QString headerType = QString::fromUtf8(errorTypeHeader);
    error.m_code = shortErrorType(headerType.isEmpty() ? bodyType : headerType);
    error.m_message = firstString(object, { QLatin1StringView("message"),
                                            QLatin1StringView("Message") });
    if (error.m_message.isEmpty() && !body.isEmpty() && !document.isObject()) {
        // Not JSON (a proxy's HTML page, say): show its start rather than nothing at all.
        error.m_message = QString::fromUtf8(body.left(200)).simplified();
    }
    return error;
}

bool ChimeError::isDefiniteRefusal() const
{
    if (m_earlierAttemptUncertain)
        return false;
    switch (m_kind) {
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::Unprocessable:
    case Kind::Throttled:
    case Kind::InvalidConfiguration:
        return true;
    case Kind::ServiceFailure:
    case Kind::ServiceUnavailable:
    case Kind::OtherHttpStatus:
    case Kind::NetworkFailure:
    case Kind::Timeout:
    case Kind::UnreadableResponse:
        return false;
    }
    return false;
}

void ChimeError::scrub(const QStringList &secrets)
{
    m_code = SecretScrubber::scrub(m_code, secrets);
    m_message = SecretScrubber::scrub(m_message, secrets);
}

QString ChimeError::kindDescription() const
{
    switch (m_kind) {
    case Kind::BadRequest:
        return tr("The request was invalid");
    case Kind::Unauthorized:
        return tr("The credentials are not authorized");
    case Kind::Forbidden:
        return tr("Access was denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Conflict:
        return tr("Already exists");
    case Kind::Unprocessable:
        return tr("Not possible in the current state");
    case Kind::Throttled:
        return tr("Too many requests (throttled)");
    case Kind::ServiceFailure:
        return tr("The service failed");
    case Kind::ServiceUnavailable:
        return tr("The service is unavailable");
    case Kind::OtherHttpStatus:
        return tr("Unexpected HTTP status %1").arg(m_httpStatus);
    case Kind::NetworkFailure:
        return tr("Network failure");
    case Kind::Timeout:
        return tr("The request timed out");
    case Kind::UnreadableResponse:
        return tr("The service's answer could not be read");
    case Kind::InvalidConfiguration:
        return tr("The connection settings are not usable");
    }
    return {};
}

std::optional<qint64> ChimeError::clockSkewMinutes() const
{
    const bool skewRefusal = m_code == u"RequestTimeTooSkewed"_s
        || (m_code == u"InvalidSignatureException"_s && m_message.contains(u"Signature expired"_s));
    if (!skewRefusal || !m_serverDate.isValid() || !m_requestTime.isValid())
        return std::nullopt;
    return qRound64(static_cast<double>(m_serverDate.secsTo(m_requestTime)) / 60.0);
}

QString ChimeError::userMessage() const
{
    if (const std::optional<qint64> skew = clockSkewMinutes()) {
        // The service's own words ("Signature expired: …") do not tell a person what to fix.
        return tr("%1 was refused because your computer's clock is %Ln minute(s) %2 compared with "
                  "the service's. Set the clock right (or turn on automatic time) and try again.",
                  nullptr, static_cast<int>(std::abs(*skew)))
                   .arg(m_operation, *skew >= 0 ? tr("ahead") : tr("behind"))
            + QLatin1Char(' ') + tr("(request id %1)").arg(m_requestId);
    }
    QString text = m_operation.isEmpty() ? kindDescription()
                                         : tr("%1 failed: %2").arg(m_operation, kindDescription());
    if (m_attempts > 1)
        text += QLatin1Char(' ') + tr("after %Ln attempt(s)", nullptr, m_attempts);
    if (!m_code.isEmpty())
        text += QLatin1StringView(" [") + m_code + QLatin1Char(']');
    if (!m_message.isEmpty())
        text += QStringView(u" \u2014 ") + m_message;
    if (const QString advice = hint(); !advice.isEmpty())
        text += QLatin1Char(' ') + advice;
    if (!m_requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(m_requestId);
    return text;
}

QString ChimeError::hint() const
{
    // What to do about the refusals whose service wording does not say it.
    if (m_code == u"InvalidSignatureException"_s || m_code == u"SignatureDoesNotMatch"_s)
        return tr("Check that the secret access key belongs to this access key id.");
    if (m_code == u"UnrecognizedClientException"_s || m_code == u"InvalidClientTokenId"_s)
        return tr("The service does not know this access key id or session token; check the "
                  "credentials in use.");
    if (m_code == u"ExpiredTokenException"_s)
        return tr("The session token has expired; get new temporary credentials.");
    if (m_code == u"MissingAuthenticationTokenException"_s)
        return tr("The request reached the service unsigned.");
    if (m_kind == Kind::Forbidden || m_code == u"AccessDeniedException"_s)
        return tr("The credentials may lack the IAM permission for this operation.");
    return {};
}
