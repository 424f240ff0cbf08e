#include "core/awscredentials.h"
#include "core/sigv4signer.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using HeaderList = SigV4Signer::HeaderList;

// The official AWS SigV4 conformance data, copied unchanged into the source tree (see
// tests/data/sigv4/ORIGIN.md), comes in three layouts that describe a case differently.
enum class Layout {
    AwsCAuth, // aws-c-auth-v4/<case>/: context.json + request.txt + header-*.txt
    Legacy, // legacy-aws4-testsuite/[group/]<case>/<case>.{req,creq,sts,authz,sreq}
    Smithy, // smithy-rs-v4-extra/<case>/: request.txt + header-*.txt, no context.json
};

// Exact counts, so a missing or half-copied data folder fails instead of passing vacuously.
constexpr qsizetype expectedAwsCAuthCases = 38;
constexpr qsizetype expectedLegacyCases = 34;
constexpr qsizetype expectedSmithyCases = 2;
constexpr qsizetype expectedSuiteCases
    = expectedAwsCAuthCases + expectedLegacyCases + expectedSmithyCases;

// S3 keeps the path as written; every other service, Chime included, normalizes it. These six
// aws-c-auth-v4 cases expect the S3 rule, so a correct non-S3 signer must not reproduce them.
const QStringList &s3StyleUnnormalizedCases()
{
    static const QStringList names = {
        u"get-relative-relative-unnormalized"_s,
        u"get-relative-unnormalized"_s,
        u"get-slash-dot-slash-unnormalized"_s,
        u"get-slash-pointless-dot-unnormalized"_s,
        u"get-slash-unnormalized"_s,
        u"get-slashes-unnormalized"_s,
    };
    return names;
}

const QString s3StyleSkipReason = u"S3-style unnormalized path: Chime, like every non-S3 service, "
                                  u"normalizes; see tests/data/sigv4/ORIGIN.md "
                                  u"(unnormalizedCasesAreNormalized checks these cases)"_s;

QString suiteDir()
{
    return QStringLiteral(CHIMEADMIN_TEST_DATA_DIR "/sigv4");
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

// The fixed parameters the suite's README gives for cases without a context.json.
QDateTime suiteTime()
{
    return utc(2015, 8, 30, 12, 36, 0);
}

AwsCredentials suiteCredentials()
{
    return { u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {} };
}

constexpr char emptyPayloadSha256[]
    = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

struct SuiteRow
{
    QString name;
    QString dir;
    Layout layout;
    QString skipReason;
};

// One row per case, found by walking the data folder at run time: the suite is data, not code,
// so adding a case needs no change here beyond the expected counts above.
QList<SuiteRow> suiteRows()
{
    QList<SuiteRow> rows;
    const QDir root(suiteDir());
    const auto collect = [&](const QString &folder, const QString &rowPrefix, const QString &marker,
                             Layout layout) {
        const QDir base(root.filePath(folder));
        QDirIterator it(base.path(), { marker }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            const QString caseName = file.dir().dirName();
            const bool skip
                = layout == Layout::AwsCAuth && s3StyleUnnormalizedCases().contains(caseName);
            rows.append({ rowPrefix + base.relativeFilePath(file.path()), file.path(), layout,
                skip ? s3StyleSkipReason : QString() });
        }
    };
    collect(u"aws-c-auth-v4"_s, u"aws-c-auth-v4/"_s, u"request.txt"_s, Layout::AwsCAuth);
    collect(u"legacy-aws4-testsuite"_s, u"legacy/"_s, u"*.req"_s, Layout::Legacy);
    collect(u"smithy-rs-v4-extra"_s, u"smithy-rs/"_s, u"request.txt"_s, Layout::Smithy);
    std::sort(rows.begin(), rows.end(),
        [](const SuiteRow &a, const SuiteRow &b) { return a.name < b.name; });
    return rows;
}

struct ParsedRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    HeaderList headers;
    QByteArray body;
};

// Reads the suite's raw HTTP text byte for byte. QUrl is kept away on purpose: it would
// percent-encode the literal space, '$' and UTF-8 in the paths, and the suite expects those
// to be encoded exactly once, by the signer.
std::optional<ParsedRequest> parseRequest(const QByteArray &text, QString *error)
{
    ParsedRequest out;
    const qsizetype headEnd = text.indexOf("\n\n");
    QByteArray head = headEnd < 0 ? text : text.first(headEnd);
    if (headEnd >= 0)
        out.body = text.sliced(headEnd + 2);
    if (head.endsWith('\n'))
        head.chop(1);
    const QList<QByteArray> lines = head.split('\n');

    const QByteArray &requestLine = lines.constFirst();
    const qsizetype methodEnd = requestLine.indexOf(' ');
    if (methodEnd <= 0) {
        *error = u"malformed request line: "_s + QString::fromUtf8(requestLine);
        return std::nullopt;
    }
    out.method = requestLine.first(methodEnd);
    QByteArray target = requestLine.sliced(methodEnd + 1);
    // Paths may hold literal spaces (get-space), so only a trailing " HTTP/x" is the version;
    // one smithy-rs signed request has no version at all.
    if (const qsizetype version = target.lastIndexOf(" HTTP/"); version >= 0)
        target.truncate(version);
    const qsizetype queryStart = target.indexOf('?');
    out.path = queryStart < 0 ? target : target.first(queryStart);
    out.query = queryStart < 0 ? QByteArray() : target.sliced(queryStart + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // Obsolete line folding (get-header-value-multiline): the line break becomes a
            // space, the continuation's own white space is left for the signer to collapse.
            if (out.headers.isEmpty()) {
                *error = u"continuation line before any header"_s;
                return std::nullopt;
            }
            out.headers.last().second.append(' ').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = u"malformed header line: "_s + QString::fromUtf8(line);
            return std::nullopt;
        }
        out.headers.append({ line.first(colon), line.sliced(colon + 1) });
    }
    return out;
}

bool isAddedBySigner(const QByteArray &name)
{
    return name.compare("X-Amz-Date", Qt::CaseInsensitive) == 0
        || name.compare("X-Amz-Security-Token", Qt::CaseInsensitive) == 0;
}

std::optional<QByteArray> headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return std::nullopt;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Expected canonical requests and strings to sign have no final newline by definition; a few
// files end with one anyway.
std::optional<QByteArray> readExpected(const QString &path)
{
    std::optional<QByteArray> text = readFile(path);
    if (text && text->endsWith('\n'))
        text->chop(1);
    return text;
}

QByteArray canonicalPathLine(const QByteArray &canonicalRequest)
{
    const QList<QByteArray> lines = canonicalRequest.split('\n');
    return lines.size() > 1 ? lines[1] : QByteArray();
}

struct SuiteCase
{
    QString region = u"us-east-1"_s;
    QString service = u"service"_s;
    QDateTime signingTime = suiteTime();
    AwsCredentials credentials = suiteCredentials();
    SigV4Signer::SessionToken tokenMode = SigV4Signer::SessionToken::Signed;
    bool normalize = true;
    SigV4Signer::Request request;
    std::optional<QByteArray> expectedCanonicalRequest;
    std::optional<QByteArray> expectedStringToSign;
    std::optional<QByteArray> expectedSignature;
    std::optional<QByteArray> expectedAuthorization;
    std::optional<HeaderList> signedRequestHeaders;
};

bool loadRequest(const QString &file, SuiteCase *c, QString *error)
{
    const std::optional<QByteArray> text = readFile(file);
    if (!text) {
        *error = u"cannot read "_s + file;
        return false;
    }
    std::optional<ParsedRequest> parsed = parseRequest(*text, error);
    if (!parsed) {
        *error = file + u": "_s + *error;
        return false;
    }
    // The signer adds these itself; the legacy and smithy-rs request files already carry them.
    parsed->headers.removeIf([](const auto &header) { return isAddedBySigner(header.first); });
    c->request.method = parsed->method;
    c->request.path = parsed->path;
    c->request.query = parsed->query;
    c->request.headers = parsed->headers;
    c->request.payloadSha256Hex = SigV4Signer::sha256Hex(parsed->body);
    return true;
}

std::optional<HeaderList> readSignedRequestHeaders(const QString &file, QString *error)
{
    const std::optional<QByteArray> text = readFile(file);
    if (!text) {
        *error = u"cannot read "_s + file;
        return std::nullopt;
    }
    const std::optional<ParsedRequest> parsed = parseRequest(*text, error);
    if (!parsed) {
        *error = file + u": "_s + *error;
        return std::nullopt;
    }
    return parsed->headers;
}

bool loadAwsCAuthCase(const QDir &dir, SuiteCase *c, QString *error)
{
    const std::optional<QByteArray> json = readFile(dir.filePath(u"context.json"_s));
    if (!json) {
        *error = u"missing context.json in "_s + dir.path();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"bad context.json: "_s + parseError.errorString();
        return false;
    }
    const QJsonObject context = document.object();
    const QJsonObject credentials = context.value(u"credentials"_s).toObject();
    c->credentials = { credentials.value(u"access_key_id"_s).toString(),
        credentials.value(u"secret_access_key"_s).toString(),
        credentials.value(u"token"_s).toString() };
    c->region = context.value(u"region"_s).toString();
    c->service = context.value(u"service"_s).toString();
    c->signingTime = QDateTime::fromString(context.value(u"timestamp"_s).toString(), Qt::ISODate);
    c->normalize = context.value(u"normalize"_s).toBool(true);
    if (!c->credentials.isComplete() || c->region.isEmpty() || c->service.isEmpty()
        || !c->signingTime.isValid()) {
        *error = u"incomplete context.json in "_s + dir.path();
        return false;
    }
    if (!loadRequest(dir.filePath(u"request.txt"_s), c, error))
        return false;
    // Chime's signer never adds x-amz-content-sha256 (an S3 habit); these cases sign it, so it
    // is handed over as an ordinary header, as the suite's README says to.
    if (context.value(u"sign_body"_s).toBool())
        c->request.headers.append({ "x-amz-content-sha256", c->request.payloadSha256Hex });
    if (context.value(u"omit_session_token"_s).toBool())
        c->tokenMode = SigV4Signer::SessionToken::AddedAfterSigning;

    c->expectedCanonicalRequest = readExpected(dir.filePath(u"header-canonical-request.txt"_s));
    c->expectedStringToSign = readExpected(dir.filePath(u"header-string-to-sign.txt"_s));
    c->expectedSignature = readExpected(dir.filePath(u"header-signature.txt"_s));
    c->signedRequestHeaders
        = readSignedRequestHeaders(dir.filePath(u"header-signed-request.txt"_s), error);
    return c->signedRequestHeaders.has_value();
}

bool loadLegacyCase(const QDir &dir, SuiteCase *c, QString *error)
{
    const QString base = dir.filePath(dir.dirName());
    if (!loadRequest(base + u".req"_s, c, error))
        return false;
    c->expectedCanonicalRequest = readExpected(base + u".creq"_s);
    c->expectedStringToSign = readExpected(base + u".sts"_s);
    c->expectedAuthorization = readExpected(base + u".authz"_s);
    if (!c->expectedCanonicalRequest) {
        *error = u"missing "_s + base + u".creq"_s;
        return false;
    }

    // The legacy layout has no context: the token is only in the signed request, and it was
    // signed exactly when the expected canonical request lists it. The .sreq is read for
    // nothing else: one of them (get-vanilla-with-session-token) carries a wrong signature.
    const std::optional<HeaderList> signedRequest
        = readSignedRequestHeaders(base + u".sreq"_s, error);
    if (!signedRequest)
        return false;
    const bool tokenSigned = c->expectedCanonicalRequest->contains("\nx-amz-security-token:");
    if (const auto token = headerValue(*signedRequest, "X-Amz-Security-Token")) {
        c->credentials.sessionToken = QString::fromUtf8(*token);
        c->tokenMode = tokenSigned ? SigV4Signer::SessionToken::Signed
                                   : SigV4Signer::SessionToken::AddedAfterSigning;
    } else if (tokenSigned) {
        *error = u"signed session token but none in "_s + base + u".sreq"_s;
        return false;
    }
    return true;
}

bool loadSmithyCase(const QDir &dir, SuiteCase *c, QString *error)
{
    // No context.json here; the parameters come from the suite's README. double-encode-path's
    // request, Authorization line and canonical request disagree on time and access key, so
    // only its canonical request (made at 20210511T154045Z) can be checked.
    c->signingTime = utc(2021, 5, 11, 15, 40, 45);
    bool signedRequestUsable = false;
    if (dir.dirName() == u"double-url-encode"_s) {
        c->region = u"us-east-2"_s;
        c->service = u"lambda"_s;
        signedRequestUsable = true;
    } else if (dir.dirName() != u"double-encode-path"_s) {
        *error = u"no known parameters for smithy-rs case "_s + dir.dirName();
        return false;
    }
    if (!loadRequest(dir.filePath(u"request.txt"_s), c, error))
        return false;
    c->expectedCanonicalRequest = readExpected(dir.filePath(u"header-canonical-request.txt"_s));
    c->expectedStringToSign = readExpected(dir.filePath(u"header-string-to-sign.txt"_s));
    if (!signedRequestUsable)
        return true;
    c->signedRequestHeaders
        = readSignedRequestHeaders(dir.filePath(u"header-signed-request.txt"_s), error);
    return c->signedRequestHeaders.has_value();
}

bool loadCase(const QString &dirPath, Layout layout, SuiteCase *c, QString *error)
{
    const QDir dir(dirPath);
    switch (layout) {
    case Layout::AwsCAuth:
        return loadAwsCAuthCase(dir, c, error);
    case Layout::Legacy:
        return loadLegacyCase(dir, c, error);
    case Layout::Smithy:
        return loadSmithyCase(dir, c, error);
    }
    *error = u"unknown layout"_s;
    return false;
}

SigV4Signer::Request vanillaGet()
{
    return { "GET", "/", {}, { { "Host", "example.amazonaws.com" } }, emptyPayloadSha256 };
}

} // namespace

Q_DECLARE_METATYPE(Layout)

class TstSigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void suiteIsComplete();
    void officialSuite_data();
    void officialSuite();
    void unnormalizedCasesAreNormalized_data();
    void unnormalizedCasesAreNormalized();

    // What the suite does not cover (its README, caveat 5).
    void canonicalPath_data();
    void canonicalPath();
    void canonicalQuery_data();
    void canonicalQuery();
    void canonicalHeaders_data();
    void canonicalHeaders();
    void signBeyondSuite_data();
    void signBeyondSuite();

    void signingKeyCacheGivesSameSignature();
    void oneSignerKeepsSecretsAndDatesApart();
};

void TstSigV4Signer::suiteIsComplete()
{
    const QList<SuiteRow> rows = suiteRows();
    const auto countOf = [&](Layout layout) {
        return static_cast<qsizetype>(std::count_if(rows.cbegin(), rows.cend(),
            [layout](const SuiteRow &row) { return row.layout == layout; }));
    };
    QCOMPARE(countOf(Layout::AwsCAuth), expectedAwsCAuthCases);
    QCOMPARE(countOf(Layout::Legacy), expectedLegacyCases);
    QCOMPARE(countOf(Layout::Smithy), expectedSmithyCases);
    QCOMPARE(rows.size(), expectedSuiteCases);

    QStringList skipped;
    for (const SuiteRow &row : rows) {
        if (!row.skipReason.isEmpty())
            skipped.append(QFileInfo(row.dir).fileName());
    }
    skipped.sort();
    QCOMPARE(skipped, s3StyleUnnormalizedCases());
}

void TstSigV4Signer::officialSuite_data()
{
    QTest::addColumn<QString>("caseDir");
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("skipReason");
    const QList<SuiteRow> rows = suiteRows();
    // Qt Test aborts a data-driven function that has no rows; one failing row keeps the other
    // test functions running and says what is wrong.
    if (rows.isEmpty())
        QTest::newRow("no cases found") << QString() << Layout::AwsCAuth << QString();
    for (const SuiteRow &row : rows)
        QTest::addRow("%s", qPrintable(row.name)) << row.dir << row.layout << row.skipReason;
}

void TstSigV4Signer::officialSuite()
{
    QFETCH(QString, caseDir);
    QFETCH(Layout, layout);
    QFETCH(QString, skipReason);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));

    QVERIFY2(!caseDir.isEmpty(), qPrintable(u"no SigV4 suite cases under "_s + suiteDir()));

    SuiteCase c;
    QString error;
    QVERIFY2(loadCase(caseDir, layout, &c, &error), qPrintable(error));
    QVERIFY2(c.expectedCanonicalRequest, "every case has a canonical request to compare");

    const SigV4Signer signer(c.region, c.service);
    const SigV4Signer::Signature result
        = signer.sign(c.request, c.credentials, c.signingTime, c.tokenMode);

    QCOMPARE(result.canonicalRequest, *c.expectedCanonicalRequest);
    if (c.expectedStringToSign)
        QCOMPARE(result.stringToSign, *c.expectedStringToSign);
    if (c.expectedSignature)
        QCOMPARE(result.signatureHex, *c.expectedSignature);
    if (c.expectedAuthorization)
        QCOMPARE(result.authorization, *c.expectedAuthorization);

    // Everything the signer asks the caller to add (X-Amz-Date, the token even when it was not
    // signed, Authorization) must be what the suite's signed request carries.
    if (c.signedRequestHeaders) {
        for (const auto &[name, value] : std::as_const(result.headersToAdd)) {
            const std::optional<QByteArray> expected = headerValue(*c.signedRequestHeaders, name);
            QVERIFY2(expected, name.constData());
            QCOMPARE(value, *expected);
        }
    }
    const qsizetype addedHeaderCount = c.credentials.sessionToken.isEmpty() ? 2 : 3;
    QCOMPARE(result.headersToAdd.size(), addedHeaderCount);
    QCOMPARE(result.headersToAdd.constFirst().second, SigV4Signer::amzDate(c.signingTime));
    QCOMPARE(result.headersToAdd.constLast().second, result.authorization);
}

void TstSigV4Signer::unnormalizedCasesAreNormalized_data()
{
    QTest::addColumn<QString>("caseName");
    for (const QString &name : s3StyleUnnormalizedCases())
        QTest::addRow("%s", qPrintable(name)) << name;
}

// The skipped S3-style cases share their request with a *-normalized twin; for Chime the
// signer must give exactly what the twin expects, so the skip cannot hide a regression.
void TstSigV4Signer::unnormalizedCasesAreNormalized()
{
    QFETCH(QString, caseName);
    const QDir root(QDir(suiteDir()).filePath(u"aws-c-auth-v4"_s));
    QString twinName = caseName;
    twinName.replace(u"-unnormalized"_s, u"-normalized"_s);

    SuiteCase unnormalized;
    SuiteCase twin;
    QString error;
    QVERIFY2(
        loadAwsCAuthCase(QDir(root.filePath(caseName)), &unnormalized, &error), qPrintable(error));
    QVERIFY2(loadAwsCAuthCase(QDir(root.filePath(twinName)), &twin, &error), qPrintable(error));
    QVERIFY(!unnormalized.normalize);
    QVERIFY(twin.normalize);
    QCOMPARE(unnormalized.request.method, twin.request.method);
    QCOMPARE(unnormalized.request.path, twin.request.path);
    QCOMPARE(unnormalized.request.query, twin.request.query);
    QCOMPARE(unnormalized.request.headers, twin.request.headers);

    const QByteArray normalizedPath = canonicalPathLine(*twin.expectedCanonicalRequest);
    QCOMPARE(SigV4Signer::canonicalPath(unnormalized.request.path), normalizedPath);

    const SigV4Signer signer(unnormalized.region, unnormalized.service);
    const SigV4Signer::Signature result
        = signer.sign(unnormalized.request, unnormalized.credentials, unnormalized.signingTime);
    QCOMPARE(canonicalPathLine(result.canonicalRequest), normalizedPath);
    QCOMPARE(result.canonicalRequest, *twin.expectedCanonicalRequest);
    QCOMPARE(result.stringToSign, *twin.expectedStringToSign);
    QCOMPARE(result.signatureHex, *twin.expectedSignature);
    QVERIFY2(canonicalPathLine(*unnormalized.expectedCanonicalRequest) != normalizedPath,
        "the S3-style expectation no longer differs; the skip would be pointless");
}

// Expected values follow botocore's non-S3 SigV4Auth: remove dot segments and empty segments
// from the path as sent, then percent-encode it once more, keeping '/' and '~'.
void TstSigV4Signer::canonicalPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty path") << QByteArray() << QByteArray("/");
    QTest::newRow("encoded percent is encoded again")
        << QByteArray("/a%25b") << QByteArray("/a%2525b");
    QTest::newRow("bare percent") << QByteArray("/100%") << QByteArray("/100%25");
    QTest::newRow("escaped unreserved is not decoded")
        << QByteArray("/%41") << QByteArray("/%2541");
    QTest::newRow("%2F inside a segment")
        << QByteArray("/users/a%2Fb/profile") << QByteArray("/users/a%252Fb/profile");
    // An encoded slash or dot never makes a segment, so it cannot climb out of its label.
    QTest::newRow("%2F between dots")
        << QByteArray("/a/..%2F..%2Fb") << QByteArray("/a/..%252F..%252Fb");
    QTest::newRow("encoded dot segment")
        << QByteArray("/a/%2E%2E/b") << QByteArray("/a/%252E%252E/b");
    // botocore keeps a trailing '/' only if the path ended with one; RFC 3986 would keep it
    // for "/." and "/.." too. Chime follows the SDK.
    QTest::newRow("ends in /.") << QByteArray("/a/b/.") << QByteArray("/a/b");
    QTest::newRow("ends in /..") << QByteArray("/a/b/..") << QByteArray("/a");
    QTest::newRow("ends in /./") << QByteArray("/a/b/./") << QByteArray("/a/b/");
    QTest::newRow("ends in /../") << QByteArray("/a/b/../") << QByteArray("/a/");
    QTest::newRow("only /.") << QByteArray("/.") << QByteArray("/");
    QTest::newRow("only /..") << QByteArray("/..") << QByteArray("/");
    QTest::newRow(".. above the root") << QByteArray("/a/../..") << QByteArray("/");
    QTest::newRow(".. at the root") << QByteArray("/../a") << QByteArray("/a");
    QTest::newRow("plus") << QByteArray("/a+b") << QByteArray("/a%2Bb");
    QTest::newRow("reserved characters") << QByteArray("/a:b@c") << QByteArray("/a%3Ab%40c");
    QTest::newRow("tilde is unreserved") << QByteArray("/~user") << QByteArray("/~user");
}

void TstSigV4Signer::canonicalPath()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4Signer::canonicalPath(path), expected);
}

// The query is decoded and encoded again, so the expected values are those botocore's
// SigV4Auth gives for the decoded parameters: every byte but A-Z a-z 0-9 - . _ ~ becomes %XX
// with upper-case hex, pairs are sorted by encoded key, then value.
void TstSigV4Signer::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty query") << QByteArray() << QByteArray();
    QTest::newRow("empty value") << QByteArray("Param1=&Param2=value2")
                                 << QByteArray("Param1=&Param2=value2");
    QTest::newRow("key without =") << QByteArray("acl") << QByteArray("acl=");
    QTest::newRow("keys without = are sorted with the rest")
        << QByteArray("versions&max-keys=10&acl") << QByteArray("acl=&max-keys=10&versions=");
    QTest::newRow("repeated key, one without =")
        << QByteArray("k=2&k&k=1") << QByteArray("k=&k=1&k=2");
    QTest::newRow("encoded plus") << QByteArray("q=a%2Bb") << QByteArray("q=a%2Bb");
    // SigV4 knows no form encoding: '+' is a literal plus, a space is only ever %20.
    QTest::newRow("bare plus is a plus, not a space")
        << QByteArray("q=a+b") << QByteArray("q=a%2Bb");
    QTest::newRow("encoded space") << QByteArray("q=a%20b") << QByteArray("q=a%20b");
    QTest::newRow("encoded reserved characters")
        << QByteArray("filter=%21%23%24%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D")
        << QByteArray("filter=%21%23%24%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D");
    QTest::newRow("bare reserved characters")
        << QByteArray("q=a:b/c@d,e;f$g!h*i'j(k)l")
        << QByteArray("q=a%3Ab%2Fc%40d%2Ce%3Bf%24g%21h%2Ai%27j%28k%29l");
    QTest::newRow("= inside a value") << QByteArray("q=a=b") << QByteArray("q=a%3Db");
    QTest::newRow("lower-case escapes") << QByteArray("q=%2f%3a") << QByteArray("q=%2F%3A");
    QTest::newRow("encoded percent") << QByteArray("q=100%25") << QByteArray("q=100%25");
}

void TstSigV4Signer::canonicalQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4Signer::canonicalQuery(query), expected);
}

void TstSigV4Signer::canonicalHeaders_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("expectedSignedHeaders");

    // Names are case-insensitive, so spellings that differ only in case are one header, with
    // values joined in the order sent, exactly like a repeated name.
    QTest::newRow("names differing only in case")
        << HeaderList { { "X-Custom", "a" }, { "x-custom", "b" }, { "X-CUSTOM", "c" } }
        << QByteArray("x-custom:a,b,c\n") << QByteArray("x-custom");
    QTest::newRow("case variants around another header") << HeaderList { { "My-Header", "1" },
        { "Host", "example.amazonaws.com" },
        { "MY-HEADER", "2" } } << QByteArray("host:example.amazonaws.com\nmy-header:1,2\n")
                                                         << QByteArray("host;my-header");
    QTest::newRow("case variants with untrimmed values")
        << HeaderList { { "X-Custom", "  a  " }, { "x-custom", " b   c " } }
        << QByteArray("x-custom:a,b c\n") << QByteArray("x-custom");
    QTest::newRow("non-default port in Host")
        << HeaderList { { "Host", "example.amazonaws.com:8443" } }
        << QByteArray("host:example.amazonaws.com:8443\n") << QByteArray("host");
}

void TstSigV4Signer::canonicalHeaders()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, expectedSignedHeaders);
    QByteArray signedHeaders;
    QCOMPARE(SigV4Signer::canonicalHeaders(headers, &signedHeaders), expected);
    QCOMPARE(signedHeaders, expectedSignedHeaders);
}

// Whole signatures for requests the suite has none of. The canonical requests follow from the
// rules above; the signatures were computed independently with botocore's SigV4Auth and a
// plain HMAC-SHA256 chain.
void TstSigV4Signer::signBeyondSuite_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QDateTime>("signingTime");
    QTest::addColumn<QByteArray>("expectedCanonicalRequest");
    QTest::addColumn<QByteArray>("expectedStringToSign");
    QTest::addColumn<QByteArray>("expectedAuthorization");

    QTest::newRow("non-default port in Host")
        << u"us-east-1"_s << u"service"_s << QByteArray("/") << QByteArray()
        << HeaderList { { "Host", "example.amazonaws.com:8443" } } << QString() << suiteTime()
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com:8443\nx-amz-date:20150830T123600Z\n"
                      "\nhost;x-amz-date\n"
                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        << QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                      "aws4_request\n"
                      "04442dd7d90542874808276753ab4c5360039c56a2c054c642278caa2f27f3b4")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                      "aws4_request, SignedHeaders=host;x-amz-date, "
                      "Signature=6c603abd17f7fbcfc7898db27fd6c82700a814be690b4fdeb418d9bf88d6df2c");

    const QByteArray leapDayCanonicalRequest
        = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20240229T235959Z\n\nhost;x-amz-date\n"
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const QByteArray leapDayStringToSign
        = "AWS4-HMAC-SHA256\n20240229T235959Z\n20240229/us-east-1/service/aws4_request\n"
          "b64462169cd58529c19575e0348bee3e4dd7da53e188bf54d5ab4a4b42c84cff";
    const QByteArray leapDayAuthorization
        = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240229/us-east-1/service/aws4_request, "
          "SignedHeaders=host;x-amz-date, "
          "Signature=42b3de2d516df15081b9b306671cdcada4d128f7a0354bf06e579253858df986";
    QTest::newRow("leap day, last second")
        << u"us-east-1"_s << u"service"_s << QByteArray("/") << QByteArray()
        << HeaderList { { "Host", "example.amazonaws.com" } } << QString()
        << utc(2024, 2, 29, 23, 59, 59) << leapDayCanonicalRequest << leapDayStringToSign
        << leapDayAuthorization;
    // The same instant given in UTC+2 falls on 2024-03-01 locally; date and scope must be UTC.
    QTest::newRow("same instant at UTC+2")
        << u"us-east-1"_s << u"service"_s << QByteArray("/") << QByteArray()
        << HeaderList { { "Host", "example.amazonaws.com" } } << QString()
        << QDateTime(QDate(2024, 3, 1), QTime(1, 59, 59), QTimeZone(2 * 3600))
        << leapDayCanonicalRequest << leapDayStringToSign << leapDayAuthorization;

    QTest::newRow("Chime ListUsers with session token")
        << u"us-east-1"_s << u"chime"_s
        << QByteArray("/accounts/4f1e3a2b-7c6d-4e5f-8a9b-0c1d2e3f4a5b/users")
        << QByteArray("user-email=jane%2Bdoe%40example.com&max-results=10&next-token=")
        << HeaderList { { "Host", "service.chime.aws.amazon.com" },
               { "Accept", "application/json" } }
        << u"FQoGZXIvYXdzEXAMPLE//+token="_s << utc(2023, 11, 5, 1, 2, 3)
        << QByteArray("GET\n/accounts/4f1e3a2b-7c6d-4e5f-8a9b-0c1d2e3f4a5b/users\n"
                      "max-results=10&next-token=&user-email=jane%2Bdoe%40example.com\n"
                      "accept:application/json\nhost:service.chime.aws.amazon.com\n"
                      "x-amz-date:20231105T010203Z\n"
                      "x-amz-security-token:FQoGZXIvYXdzEXAMPLE//+token=\n"
                      "\naccept;host;x-amz-date;x-amz-security-token\n"
                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        << QByteArray("AWS4-HMAC-SHA256\n20231105T010203Z\n20231105/us-east-1/chime/"
                      "aws4_request\n"
                      "4249bf59fb5ce89976b280938f37a75a81baf76576ba06428433223b03a06686")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231105/us-east-1/chime/"
                      "aws4_request, SignedHeaders=accept;host;x-amz-date;x-amz-security-token, "
                      "Signature=7280ad7d41a4a9c19849b2116ba4d592db085895b1a5c74f9fd1a04bc7034b11");

    QTest::newRow("header names differing only in case")
        << u"us-east-1"_s << u"service"_s << QByteArray("/") << QByteArray()
        << HeaderList { { "Host", "example.amazonaws.com" }, { "X-Custom", "a" },
               { "x-custom", "  b   c " }, { "X-CUSTOM", "d" } }
        << QString() << suiteTime()
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
                      "x-custom:a,b c,d\n\nhost;x-amz-date;x-custom\n"
                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        << QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                      "aws4_request\n"
                      "b1700d94536a7ee56ac95f7f02fb571f6a182963af799b8822a886097381b025")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                      "aws4_request, SignedHeaders=host;x-amz-date;x-custom, "
                      "Signature=b8f4af759ec19ee7c683e138ff2d421eede064922a186c26c54594daf81e808a");
}

void TstSigV4Signer::signBeyondSuite()
{
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(HeaderList, headers);
    QFETCH(QString, sessionToken);
    QFETCH(QDateTime, signingTime);
    QFETCH(QByteArray, expectedCanonicalRequest);
    QFETCH(QByteArray, expectedStringToSign);
    QFETCH(QByteArray, expectedAuthorization);

    AwsCredentials credentials = suiteCredentials();
    credentials.sessionToken = sessionToken;
    const SigV4Signer signer(region, service);
    const SigV4Signer::Signature result = signer.sign(
        { "GET", path, query, headers, emptyPayloadSha256 }, credentials, signingTime);
    QCOMPARE(result.canonicalRequest, expectedCanonicalRequest);
    QCOMPARE(result.stringToSign, expectedStringToSign);
    QCOMPARE(result.authorization, expectedAuthorization);
}

void TstSigV4Signer::signingKeyCacheGivesSameSignature()
{
    const SigV4Signer signer(u"us-east-1"_s, u"service"_s);
    const SigV4Signer::Signature first = signer.sign(vanillaGet(), suiteCredentials(), suiteTime());
    const SigV4Signer::Signature second
        = signer.sign(vanillaGet(), suiteCredentials(), suiteTime());
    // get-vanilla's signature from the suite, so the first call is right, not just consistent.
    QCOMPARE(first.signatureHex,
        QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    QCOMPARE(second.signatureHex, first.signatureHex);
    QCOMPARE(second.authorization, first.authorization);
}

// The cache is keyed by secret and date; a key that leaked across either would sign with the
// wrong secret or scope.
void TstSigV4Signer::oneSignerKeepsSecretsAndDatesApart()
{
    const QByteArray signatureA
        = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    const QByteArray signatureB
        = "8a65daf45e2d608de4ee21ebf5f16e2400951e359932cede0fb64408ee5c2c46";
    const QByteArray signatureANextDay
        = "fa3fba94187bf15a4fd1e2522dc0dc411d682bdd6ad70439810e6a51e24715a3";

    const AwsCredentials credentialsA = suiteCredentials();
    AwsCredentials credentialsB = suiteCredentials();
    credentialsB.secretAccessKey = u"AnotherSecretKeyEXAMPLE/0123456789abcdefgh"_s;

    const SigV4Signer signer(u"us-east-1"_s, u"service"_s);
    const QByteArray a = signer.sign(vanillaGet(), credentialsA, suiteTime()).signatureHex;
    const QByteArray b = signer.sign(vanillaGet(), credentialsB, suiteTime()).signatureHex;
    QCOMPARE_NE(a, b);
    QCOMPARE(a, signatureA);
    QCOMPARE(b, signatureB);
    QCOMPARE(signer.sign(vanillaGet(), credentialsA, suiteTime()).signatureHex, signatureA);
    QCOMPARE(signer.sign(vanillaGet(), credentialsA, utc(2015, 8, 31, 0, 0, 0)).signatureHex,
        signatureANextDay);
    QCOMPARE(signer.sign(vanillaGet(), credentialsB, suiteTime()).signatureHex, signatureB);

    // More secrets than the cache holds, so it has to evict and derive again.
    for (int i = 0; i < 40; ++i) {
        AwsCredentials other = suiteCredentials();
        other.secretAccessKey = u"churn-"_s + QString::number(i);
        QCOMPARE_NE(signer.sign(vanillaGet(), other, suiteTime()).signatureHex, signatureA);
    }
    QCOMPARE(signer.sign(vanillaGet(), credentialsA, suiteTime()).signatureHex, signatureA);
    QCOMPARE(signer.sign(vanillaGet(), credentialsB, suiteTime()).signatureHex, signatureB);
}

QTEST_GUILESS_MAIN(TstSigV4Signer)
#include "tst_sigv4signer.moc"
