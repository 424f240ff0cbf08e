// SignatureVerifier against requests signed by the client's own SigV4Signer: what it accepts,
// and that every kind of forgery, mistake or tampering is refused with the AWS error type a
// real service sends (403, x-amzn-ErrorType).

#include "core/sigv4signer.h"
#include "emulator/signatureverifier.h"

#include <QScopeGuard>
#include <QTest>

#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString region = u"us-east-1"_s;
const QString service = u"chime"_s;

const AwsCredentials plainKey { u"AKIDPLAINKEY0000001"_s,
    u"plain/secret+Key0000000000000000000000"_s, QString() };
const AwsCredentials tokenKey { u"ASIATOKENKEY0000001"_s,
    u"token-secret-000000000000000000000000"_s, u"FwoGZXIvYXdzEXAMPLE//session+token=="_s };

QDateTime signingTime()
{
    return QDateTime(QDate(2026, 3, 29), QTime(1, 30, 0), Qt::UTC);
}

// One signing and one delivery: what the client signs with, and what the service receives.
struct Case
{
    // Signing side.
    AwsCredentials credentials = plainKey;
    QString signRegion = region;
    QString signService = service;
    SigV4Signer::SessionToken tokenMode = SigV4Signer::SessionToken::Signed;
    QDateTime signedAt = signingTime();
    SigV4Signer::Request request { "GET", "/accounts/acc-1/users",
        "user-email=a%2Bb%40example.com&max-results=5",
        { { QByteArray("Host"), QByteArray("127.0.0.1:40123") } }, {} };
    QByteArray body;
    // Service side: when it checks, and what it received (filled in after signing).
    QDateTime now = signingTime();
    std::function<void(SignatureVerifier::Request &)> tamper;
};

using Setup = std::function<void(Case &)>;

void removeHeader(SignatureVerifier::Request &request, QByteArrayView name)
{
    request.headers.removeIf(
        [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void setHeader(SignatureVerifier::Request &request, const QByteArray &name, const QByteArray &value)
{
    removeHeader(request, name);
    request.headers.append({ name, value });
}

QByteArray headerOf(const SignatureVerifier::Request &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SignatureVerifier::Request signAndDeliver(Case &c)
{
    c.request.payloadSha256Hex = SigV4Signer::sha256Hex(c.body);
    if (!c.body.isEmpty())
        c.request.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    const SigV4Signer signer(c.signRegion, c.signService);
    const SigV4Signer::Signature signature
        = signer.sign(c.request, c.credentials, c.signedAt, c.tokenMode);
    SignatureVerifier::Request received { c.request.method, c.request.path, c.request.query,
        c.request.headers, c.body };
    received.headers += signature.headersToAdd;
    if (c.tamper)
        c.tamper(received);
    return received;
}

SignatureVerifier makeVerifier()
{
    return SignatureVerifier(
        { { plainKey.accessKeyId, plainKey }, { tokenKey.accessKeyId, tokenKey } }, region,
        service);
}

Setup post()
{
    return [](Case &c) {
        c.request.method = "POST";
        c.request.path = "/accounts/acc-1/users/user%201";
        c.request.query.clear();
        c.body = R"({"LicenseType":"Basic"})";
    };
}

Setup withToken(SigV4Signer::SessionToken mode = SigV4Signer::SessionToken::Signed)
{
    return [mode](Case &c) {
        c.credentials = tokenKey;
        c.tokenMode = mode;
    };
}

Setup then(Setup first, Setup second)
{
    return [first, second](Case &c) {
        first(c);
        second(c);
    };
}

Setup tampered(std::function<void(SignatureVerifier::Request &)> change)
{
    return [change](Case &c) { c.tamper = change; };
}

Setup skew(qint64 seconds)
{
    return [seconds](Case &c) { c.now = c.signedAt.addSecs(seconds); };
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TstSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void verify_data();
    void verify();
    void refusalBody();
    void anyLocalTimeZone_data();
    void anyLocalTimeZone();
};

void TstSignatureVerifier::verify_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QByteArray>("errorType"); // empty: accepted

    const Setup nothing = [](Case &) {};
    const QByteArray missing = "MissingAuthenticationTokenException";
    const QByteArray incomplete = "IncompleteSignatureException";
    const QByteArray unrecognized = "UnrecognizedClientException";
    const QByteArray invalid = "InvalidSignatureException";

    // Accepted.
    QTest::newRow("GET with query") << nothing << QByteArray();
    QTest::newRow("GET without query")
        << Setup([](Case &c) { c.request.query.clear(); }) << QByteArray();
    QTest::newRow("POST with body") << post() << QByteArray();
    QTest::newRow("non-ASCII id and odd path characters")
        << Setup([](Case &c) { c.request.path = "/accounts/acc-1/users/%C3%BC%2F%3F%23%20x"; })
        << QByteArray();
    QTest::newRow("session token signed") << withToken() << QByteArray();
    QTest::newRow("session token added after signing")
        << withToken(SigV4Signer::SessionToken::AddedAfterSigning) << QByteArray();
    QTest::newRow("POST, session token signed") << then(post(), withToken()) << QByteArray();
    QTest::newRow("header names in lower case") << tampered([](SignatureVerifier::Request &r) {
        for (auto &header : r.headers)
            header.first = header.first.toLower();
    }) << QByteArray();
    QTest::newRow("query parameters in another order") << tampered(
        [](SignatureVerifier::Request &r) {
            r.query = "max-results=5&user-email=a%2Bb%40example.com";
        }) << QByteArray();
    QTest::newRow("unsigned header added") << tampered([](SignatureVerifier::Request &r) {
        r.headers.append({ QByteArray("User-Agent"), QByteArray("something/1.0") });
    }) << QByteArray();
    QTest::newRow("clock 4:59 ahead") << skew(299) << QByteArray();
    QTest::newRow("clock 4:59 behind") << skew(-299) << QByteArray();
    QTest::newRow("signed at 23:58, checked at 00:02 next day") << Setup([](Case &c) {
        c.signedAt = QDateTime(QDate(2026, 3, 29), QTime(23, 58, 0), Qt::UTC);
        c.now = c.signedAt.addSecs(240);
    }) << QByteArray();

    // No or unreadable Authorization.
    QTest::newRow("no Authorization")
        << tampered([](SignatureVerifier::Request &r) { removeHeader(r, "Authorization"); })
        << missing;
    QTest::newRow("empty Authorization")
        << tampered([](SignatureVerifier::Request &r) { setHeader(r, "Authorization", ""); })
        << missing;
    QTest::newRow("Authorization is garbage")
        << tampered([](SignatureVerifier::Request &r) { setHeader(r, "Authorization", "garbage"); })
        << incomplete;
    QTest::newRow("Authorization is Basic") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "Authorization", "Basic dXNlcjpwYXNz");
    }) << incomplete;
    QTest::newRow("Authorization without Signature") << tampered([](SignatureVerifier::Request &r) {
        QByteArray value = headerOf(r, "Authorization");
        value.truncate(value.indexOf(", Signature="));
        setHeader(r, "Authorization", value);
    }) << incomplete;
    QTest::newRow("Authorization without SignedHeaders") << tampered(
        [](SignatureVerifier::Request &r) {
            QByteArray value = headerOf(r, "Authorization");
            const qsizetype from = value.indexOf(" SignedHeaders=");
            const qsizetype to = value.indexOf(" Signature=");
            value.remove(from, to - from);
            setHeader(r, "Authorization", value);
        }) << incomplete;
    QTest::newRow("signature cut short") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "Authorization", headerOf(r, "Authorization").chopped(2));
    }) << incomplete;
    QTest::newRow("other algorithm") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "Authorization",
            headerOf(r, "Authorization").replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"));
    }) << incomplete;
    QTest::newRow("no X-Amz-Date")
        << tampered([](SignatureVerifier::Request &r) { removeHeader(r, "X-Amz-Date"); })
        << incomplete;
    QTest::newRow("X-Amz-Date cut short") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "X-Amz-Date", "20260329T01300Z");
    }) << incomplete;
    QTest::newRow("X-Amz-Date at hour 25") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "X-Amz-Date", "20260329T253000Z");
    }) << incomplete;
    QTest::newRow("X-Amz-Date without Z") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "X-Amz-Date", "20260329T013000+");
    }) << incomplete;
    QTest::newRow("X-Amz-Date of another day than the credential scope") << tampered(
        [](SignatureVerifier::Request &r) { setHeader(r, "X-Amz-Date", "20260330T013000Z"); })
                                                                         << incomplete;

    // Keys.
    QTest::newRow("unknown access key")
        << Setup([](Case &c) { c.credentials.accessKeyId = u"AKIDUNKNOWN00000000"_s; })
        << unrecognized;
    QTest::newRow("wrong secret") << Setup([](Case &c) {
        c.credentials.secretAccessKey = u"not-the-secret"_s;
    }) << invalid;
    QTest::newRow("secret of the other key")
        << Setup([](Case &c) { c.credentials.secretAccessKey = tokenKey.secretAccessKey; })
        << invalid;

    // Scope.
    QTest::newRow("wrong region") << Setup([](Case &c) { c.signRegion = u"eu-west-1"_s; })
                                  << invalid;
    QTest::newRow("wrong service") << Setup([](Case &c) { c.signService = u"s3"_s; }) << invalid;

    // Time.
    QTest::newRow("clock 5:01 ahead") << skew(301) << invalid;
    QTest::newRow("clock 5:01 behind") << skew(-301) << invalid;
    QTest::newRow("clock a day behind") << skew(-86400) << invalid;

    // Tampering with what was signed.
    QTest::newRow("tampered body") << then(post(),
        tampered([](SignatureVerifier::Request &r) { r.body = R"({"LicenseType":"Pro"})"; }))
                                   << invalid;
    QTest::newRow("body added to a GET")
        << tampered([](SignatureVerifier::Request &r) { r.body = "{}"; }) << invalid;
    QTest::newRow("tampered query value") << tampered([](SignatureVerifier::Request &r) {
        r.query.replace("max-results=5", "max-results=6");
    }) << invalid;
    QTest::newRow("query parameter added")
        << tampered([](SignatureVerifier::Request &r) { r.query += "&next-token=abc"; }) << invalid;
    QTest::newRow("query removed")
        << tampered([](SignatureVerifier::Request &r) { r.query.clear(); }) << invalid;
    QTest::newRow("tampered path")
        << tampered([](SignatureVerifier::Request &r) { r.path = "/accounts/acc-2/users"; })
        << invalid;
    QTest::newRow("path with an escaped slash unescaped") << then(
        [](Case &c) { c.request.path = "/accounts/acc-1/users/a%2Fb"; },
        tampered([](SignatureVerifier::Request &r) { r.path = "/accounts/acc-1/users/a/b"; }))
                                                          << invalid;
    QTest::newRow("tampered method")
        << tampered([](SignatureVerifier::Request &r) { r.method = "POST"; }) << invalid;
    QTest::newRow("signed Host changed")
        << tampered([](SignatureVerifier::Request &r) { setHeader(r, "Host", "127.0.0.1:40124"); })
        << invalid;
    QTest::newRow("signed Content-Type removed") << then(
        post(), tampered([](SignatureVerifier::Request &r) { removeHeader(r, "Content-Type"); }))
                                                 << invalid;
    QTest::newRow("X-Amz-Date moved by a second") << tampered([](SignatureVerifier::Request &r) {
        setHeader(r, "X-Amz-Date", "20260329T013001Z");
    }) << invalid;

    // Session tokens.
    QTest::newRow("missing session token") << then(withToken(),
        tampered([](SignatureVerifier::Request &r) { removeHeader(r, "X-Amz-Security-Token"); }))
                                           << unrecognized;
    QTest::newRow("missing session token, added-after-signing mode") << then(
        withToken(SigV4Signer::SessionToken::AddedAfterSigning),
        tampered([](SignatureVerifier::Request &r) { removeHeader(r, "X-Amz-Security-Token"); }))
                                                                     << unrecognized;
    QTest::newRow("session token for a key without one")
        << Setup([](Case &c) { c.credentials.sessionToken = u"unexpected-token"_s; })
        << unrecognized;
    QTest::newRow("wrong session token")
        << then(withToken(), [](Case &c) { c.credentials.sessionToken = u"another-token"_s; })
        << unrecognized;
    QTest::newRow("session token replaced after signing") << then(
        withToken(), tampered([](SignatureVerifier::Request &r) {
            setHeader(r, "X-Amz-Security-Token", "another-token");
        })) << unrecognized;
    // The token was signed, and a request that claims it was not no longer verifies.
    QTest::newRow("signed token dropped from SignedHeaders") << then(
        withToken(), tampered([](SignatureVerifier::Request &r) {
            setHeader(r, "Authorization",
                headerOf(r, "Authorization").replace(";x-amz-security-token", ""));
        })) << invalid;
    // Added after signing, then claimed as signed.
    QTest::newRow("unsigned token claimed as signed") << then(
        withToken(SigV4Signer::SessionToken::AddedAfterSigning),
        tampered([](SignatureVerifier::Request &r) {
            setHeader(r, "Authorization",
                headerOf(r, "Authorization")
                    .replace("x-amz-date", "x-amz-date;x-amz-security-token"));
        })) << invalid;
}

void TstSignatureVerifier::verify()
{
    QFETCH(Setup, setup);
    QFETCH(QByteArray, errorType);

    Case c;
    setup(c);
    const SignatureVerifier::Request received = signAndDeliver(c);
    const std::optional<EmulatorReply> refusal = makeVerifier().verify(received, c.now);
    if (errorType.isEmpty()) {
        if (refusal) {
            QFAIL(qPrintable(u"refused: "_s + QString::fromLatin1(refusal->errorType) + u" "_s
                + refusal->body.value("Message"_L1).toString()));
        }
        return;
    }
    QVERIFY2(refusal.has_value(), "a request that must be refused was accepted");
    QCOMPARE(refusal->status, 403);
    QCOMPARE(refusal->errorType, errorType);
    QVERIFY(!refusal->body.value("Message"_L1).toString().isEmpty());
    QVERIFY(!refusal->changedState);
}

void TstSignatureVerifier::refusalBody()
{
    // The body carries the message as botocore and the AWS SDKs read it ("message") and as the
    // Chime error shape has it ("Message"); a skew refusal says the request expired.
    Case c;
    skew(600)(c);
    const SignatureVerifier::Request received = signAndDeliver(c);
    const std::optional<EmulatorReply> refusal = makeVerifier().verify(received, c.now);
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->errorType, QByteArray("InvalidSignatureException"));
    const QString message = refusal->body.value("message"_L1).toString();
    QCOMPARE(refusal->body.value("Message"_L1).toString(), message);
    QVERIFY2(message.contains(u"Signature expired"_s), qPrintable(message));
    QVERIFY2(message.contains(u"20260329T013000Z"_s), qPrintable(message));
}

void TstSignatureVerifier::anyLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<QDateTime>("signedAt");

    // X-Amz-Date is UTC; its digits mean the same whatever zone the service's computer is in,
    // even when they name a local time that does not exist there (a daylight-saving gap).
    const QDateTime ordinary(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    const QDateTime berlinGap(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC);
    const QDateTime newYorkGap(QDate(2026, 3, 8), QTime(2, 30), Qt::UTC);
    const QDateTime berlinFold(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC);
    QTest::newRow("UTC") << QByteArray("UTC") << ordinary;
    QTest::newRow("Europe/Berlin, ordinary") << QByteArray("Europe/Berlin") << ordinary;
    QTest::newRow("Europe/Berlin, gap") << QByteArray("Europe/Berlin") << berlinGap;
    QTest::newRow("Europe/Berlin, fold") << QByteArray("Europe/Berlin") << berlinFold;
    QTest::newRow("America/New_York, gap") << QByteArray("America/New_York") << newYorkGap;
    QTest::newRow("Asia/Kolkata") << QByteArray("Asia/Kolkata") << berlinGap;
}

void TstSignatureVerifier::anyLocalTimeZone()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(QDateTime, signedAt);

    const QByteArray saved = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", timeZone);
    tzset();
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
        tzset();
    });

    for (const qint64 skewSeconds : { 0, 240, -240 }) {
        Case c;
        c.signedAt = signedAt;
        c.now = signedAt.addSecs(skewSeconds);
        const SignatureVerifier::Request received = signAndDeliver(c);
        const std::optional<EmulatorReply> refusal = makeVerifier().verify(received, c.now);
        if (refusal) {
            QFAIL(qPrintable(u"refused with skew %1: "_s.arg(skewSeconds)
                + QString::fromLatin1(refusal->errorType) + u" "_s
                + refusal->body.value("Message"_L1).toString()));
        }
    }
    // And the limit still holds there.
    Case late;
    late.signedAt = signedAt;
    late.now = signedAt.addSecs(SignatureVerifier::maxSkewSeconds + 1);
    const std::optional<EmulatorReply> refusal
        = makeVerifier().verify(signAndDeliver(late), late.now);
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->errorType, QByteArray("InvalidSignatureException"));
}

QTEST_GUILESS_MAIN(TstSignatureVerifier)

#include "tst_signatureverifier.moc"
