#include "core/sigv4signer.h"

#include "core/uriencoding.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

namespace {

constexpr QByteArrayView algorithm = "AWS4-HMAC-SHA256";
constexpr qsizetype signingKeyCacheLimit = 16;

// HMAC-SHA256 (RFC 2104) on QCryptographicHash directly: QMessageAuthenticationCode does the
// same, with copies of key and message and its own set-up on every call.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    constexpr qsizetype blockSize = 64;
    QByteArray block = key.size() > blockSize
        ? QCryptographicHash::hash(key, QCryptographicHash::Sha256)
        : key.toByteArray();
    block.resize(blockSize, '\0');
    for (char &c : block)
        c = static_cast<char>(c ^ 0x36);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(block);
    hash.addData(message);
    const QByteArray inner = hash.result();
    for (char &c : block)
        c = static_cast<char>(c ^ (0x36 ^ 0x5c));
    hash.reset();
    hash.addData(block);
    hash.addData(inner);
    return hash.result();
}

void appendDigits(QByteArray &out, int value, int digits)
{
    char text[4];
    for (int i = digits - 1; i >= 0; --i) {
        text[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(text, digits);
}

// A path that normalizing leaves as it is: absolute, without empty, "." or ".." segments.
bool isNormalPath(QByteArrayView path)
{
    if (!path.startsWith('/'))
        return false;
    qsizetype start = 1;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        // An empty segment is fine only as the end of a path with a trailing slash ("/a/").
        if ((segment.isEmpty() && end != path.size()) || segment == "." || segment == "..")
            return false;
        start = end + 1;
    }
    return true;
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
    // What toString(u"yyyyMMdd'T'HHmmss'Z'") gives, for the years 1 to 9999, without parsing
    // the format on every signature.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!date.isValid() || !clock.isValid() || date.year() < 1 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    out.reserve(16);
    appendDigits(out, date.year(), 4);
    appendDigits(out, date.month(), 2);
    appendDigits(out, date.day(), 2);
    out.append('T');
    appendDigits(out, clock.hour(), 2);
    appendDigits(out, clock.minute(), 2);
    appendDigits(out, clock.second(), 2);
    out.append('Z');
    return out;
}

QByteArray SigV4Signer::canonicalPath(QByteArrayView path)
{
    if (isNormalPath(path))
        return UriEncoding::encode(path, true);
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
    // Keyed by a hash of the secret so the cache never holds a second copy of it. That hash
    // is worked out again only when the secret changes, which a quick seeded hash tells (were
    // two secrets ever to share it, the wrong key would sign and the service refuse: nothing
    // is signed with a key it should not be).
    const size_t quickHash = qHash(secret, QHashSeed::globalSeed());
    if (m_lastSecretCacheKey.isEmpty() || quickHash != m_lastSecretQuickHash) {
        m_lastSecretCacheKey = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
        m_lastSecretQuickHash = quickHash;
    }
    const QByteArray cacheKey = m_lastSecretCacheKey + date;
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
