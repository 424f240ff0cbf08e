#include "emulator/signatureverifier.h"

#include <QRegularExpression>

#include <utility>

namespace {

using namespace Qt::StringLiterals;

EmulatorReply refusal(const QByteArray &type, const QString &message)
{
    EmulatorReply reply = EmulatorReply::error(403, type, QString::fromLatin1(type), message);
    reply.body = QJsonObject { { u"message"_s, message }, { u"Message"_s, message },
                               { u"Code"_s, u"Forbidden"_s } };
    return reply;
}

QByteArray headerValue(const SigV4Signer::HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Authorization
{
    QString accessKeyId;
    QString date;
    QString region;
    QString service;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &header)
{
    static const QRegularExpression pattern(
        u"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*"
        "SignedHeaders=([a-z0-9;\\-]+),\\s*Signature=([0-9a-f]{64})$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return std::nullopt;
    return Authorization { match.captured(1), match.captured(2), match.captured(3), match.captured(4),
                           match.captured(5).toLatin1().split(';'), match.captured(6).toLatin1() };
}

} // namespace

SignatureVerifier::SignatureVerifier(QHash<QString, AwsCredentials> credentials, QString region,
                                     QString service)
    : m_credentials(std::move(credentials))
    , m_signer(std::move(region), std::move(service))
{
}

std::optional<EmulatorReply> SignatureVerifier::verify(const Request &request,
                                                       const QDateTime &now) const
{
    const QByteArray authorizationHeader = headerValue(request.headers, "authorization");
    if (authorizationHeader.isEmpty())
        return refusal("MissingAuthenticationTokenException", u"Missing Authentication Token"_s);
    const std::optional<Authorization> authorization = parseAuthorization(authorizationHeader);
    if (!authorization) {
        return refusal("IncompleteSignatureException",
                       u"Authorization header requires 'Credential', 'SignedHeaders' and "
                       "'Signature' in the AWS4-HMAC-SHA256 form."_s);
    }
    const auto known = m_credentials.constFind(authorization->accessKeyId);
    if (known == m_credentials.cend()) {
        return refusal("UnrecognizedClientException",
                       u"The security token included in the request is invalid."_s);
    }
    if (authorization->region != m_signer.region() || authorization->service != m_signer.service()) {
        return refusal("InvalidSignatureException",
                       u"Credential should be scoped to region '%1' and service '%2', not '%3' "
                       "and '%4'."_s.arg(m_signer.region(), m_signer.service(),
                                         authorization->region, authorization->service));
    }

    const QByteArray amzDate = headerValue(request.headers, "x-amz-date");
    // The digits are UTC. Read them as such: parsed as local time they may name a time that
    // does not exist here (a daylight-saving gap), and a valid request would be refused.
    const QDate requestDay = QDate::fromString(QString::fromLatin1(amzDate.left(8)), u"yyyyMMdd"_s);
    const QTime requestClock = QTime::fromString(QString::fromLatin1(amzDate.mid(9, 6)), u"HHmmss"_s);
    const bool wellFormed = amzDate.size() == 16 && amzDate.at(8) == 'T' && amzDate.endsWith('Z')
        && requestDay.isValid() && requestClock.isValid();
    if (!wellFormed || !authorization->signedHeaders.contains("x-amz-date")
        || !amzDate.startsWith(authorization->date.toLatin1())) {
        return refusal("IncompleteSignatureException",
                       u"A signed X-Amz-Date header matching the credential date is required."_s);
    }
    const QDateTime requestUtc(requestDay, requestClock, Qt::UTC);
    if (std::abs(requestUtc.secsTo(now)) > maxSkewSeconds) {
        return refusal("InvalidSignatureException",
                       u"Signature expired: %1 is now earlier than %2 (%3 - 5 min.)"_s.arg(
                           QString::fromLatin1(amzDate),
                           QString::fromLatin1(SigV4Signer::amzDate(now.addSecs(-maxSkewSeconds))),
                           QString::fromLatin1(SigV4Signer::amzDate(now))));
    }

    const AwsCredentials &credentials = *known;
    const QByteArray token = headerValue(request.headers, "x-amz-security-token");
    if (token != credentials.sessionToken.toUtf8()) {
        return refusal("UnrecognizedClientException",
                       u"The security token included in the request is invalid."_s);
    }

    SigV4Signer::Request input { request.method, request.path, request.query, {},
                                 SigV4Signer::sha256Hex(request.body) };
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "x-amz-date" && lower != "x-amz-security-token"
            && authorization->signedHeaders.contains(lower))
            input.headers.append({ name, value });
    }
    const auto tokenMode = authorization->signedHeaders.contains("x-amz-security-token")
        ? SigV4Signer::SessionToken::Signed
        : SigV4Signer::SessionToken::AddedAfterSigning;
    const SigV4Signer::Signature expected = m_signer.sign(input, credentials, requestUtc, tokenMode);
    if (expected.signatureHex != authorization->signature) {
        // Worded as AWS words it, quoting what it signed: the session token included, which is
        // what a client must not pass on.
        return refusal("InvalidSignatureException",
                       u"The request signature we calculated does not match the signature you "
                       "provided. Check your AWS Secret Access Key and signing method. Consult the "
                       "service documentation for details.\n\nThe Canonical String for this "
                       "request should have been\n'%1'\n\nThe String-to-Sign should have been\n'%2'\n"_s
                           .arg(QString::fromUtf8(expected.canonicalRequest),
                                QString::fromUtf8(expected.stringToSign)));
    }
    return std::nullopt;
}
