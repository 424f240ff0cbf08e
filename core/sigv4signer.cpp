#include "core/sigv4signer.h"

#include "core/uriencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>

namespace {

constexpr QByteArrayView algorithm = "AWS4-HMAC-SHA256";
constexpr qsizetype signingKeyCacheLimit = 16;

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(),
                                            QCryptographicHash::Sha256);
}

bool isHeaderSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims the value and folds every run of white space (folded continuation lines included) into
// one space, inside quotes too, as the SigV4 rules require.
QByteArray canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isHeaderSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(QString region, QString service)
    : m_region(std::move(region))
    , m_service(std::move(service))
{
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::canonicalPath(QByteArrayView path)
{
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            segments.append(segment);
        }
        start = end + 1;
    }
    QByteArray normalized = "/";
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            normalized.append('/');
        normalized.append(segments[i]);
    }
    if (path.endsWith('/') && normalized.size() > 1)
        normalized.append('/');
    return UriEncoding::encode(normalized, true);
}

QByteArray SigV4Signer::canonicalQuery(QByteArrayView query)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    const QList<QByteArray> parts = query.toByteArray().split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.first(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.sliced(eq + 1);
        pairs.append({ UriEncoding::encode(UriEncoding::decode(key)),
                       UriEncoding::encode(UriEncoding::decode(value)) });
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : std::as_const(pairs)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray SigV4Signer::canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    // Repeated names become one line with their values joined in the order they were sent.
    QList<QPair<QByteArray, QByteArray>> merged;
    for (const auto &[name, value] : headers) {
        const QByteArray lowerName = name.trimmed().toLower();
        const QByteArray canonicalValue = canonicalHeaderValue(value);
        auto existing = std::find_if(merged.begin(), merged.end(),
                                     [&](const auto &entry) { return entry.first == lowerName; });
        if (existing == merged.end())
            merged.append({ lowerName, canonicalValue });
        else
            existing->second.append(',').append(canonicalValue);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    signedHeaders->clear();
    for (const auto &[name, value] : std::as_const(merged)) {
        out.append(name).append(':').append(value).append('\n');
        if (!signedHeaders->isEmpty())
            signedHeaders->append(';');
        signedHeaders->append(name);
    }
    return out;
}

QByteArray SigV4Signer::signingKey(const QString &secret, const QByteArray &date) const
{
    // Keyed by a hash of the secret so the cache never holds a second copy of it.
    const QByteArray cacheKey = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256)
        + date;
    if (const auto found = m_signingKeys.constFind(cacheKey); found != m_signingKeys.cend())
        return *found;
    const QByteArray dateKey = hmacSha256(QByteArray(QByteArray("AWS4") + secret.toUtf8()), date);
    const QByteArray regionKey = hmacSha256(dateKey, m_region.toUtf8());
    const QByteArray serviceKey = hmacSha256(regionKey, m_service.toUtf8());
    const QByteArray key = hmacSha256(serviceKey, "aws4_request");
    if (m_signingKeys.size() >= signingKeyCacheLimit)
        m_signingKeys.clear();
    m_signingKeys.insert(cacheKey, key);
    return key;
}

SigV4Signer::Signature SigV4Signer::sign(const Request &request, const AwsCredentials &credentials,
                                         const QDateTime &signingTime, SessionToken tokenMode) const
{
    const QByteArray timestamp = amzDate(signingTime);
    const QByteArray date = timestamp.left(8);
    const QByteArray token = credentials.sessionToken.toUtf8();

    HeaderList headers = request.headers;
    headers.append({ QByteArray("X-Amz-Date"), timestamp });
    if (!token.isEmpty() && tokenMode == SessionToken::Signed)
        headers.append({ QByteArray("X-Amz-Security-Token"), token });

    Signature result;
    QByteArray signedHeaders;
    const QByteArray canonicalHeaderBlock = canonicalHeaders(headers, &signedHeaders);
    result.canonicalRequest = request.method + '\n' + canonicalPath(request.path) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaderBlock + '\n' + signedHeaders + '\n'
        + request.payloadSha256Hex;

    const QByteArray scope = date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8()
        + "/aws4_request";
    result.stringToSign = algorithm.toByteArray() + '\n' + timestamp + '\n' + scope + '\n'
        + sha256Hex(result.canonicalRequest);
    result.signatureHex = hmacSha256(signingKey(credentials.secretAccessKey, date),
                                     result.stringToSign)
                              .toHex();
    result.authorization = algorithm.toByteArray() + " Credential="
        + credentials.accessKeyId.toUtf8() + '/' + scope + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + result.signatureHex;

    result.headersToAdd.append({ QByteArray("X-Amz-Date"), timestamp });
    if (!token.isEmpty())
        result.headersToAdd.append({ QByteArray("X-Amz-Security-Token"), token });
    result.headersToAdd.append({ QByteArray("Authorization"), result.authorization });
    return result;
}
