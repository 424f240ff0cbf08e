#include "core/chimeerror.h"
#include "core/secretscrubber.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString token = u"FwoGZXIvYXdzEXAMPLEtokenValue//+=="_s;

} // namespace

// What the service says is shown, copied, logged and journaled: no credential may survive in it.
class TstSecretScrubber : public QObject
{
    Q_OBJECT

private slots:
    void scrub_data();
    void scrub();
    void chimeErrorIsScrubbedWhole();
};

void TstSecretScrubber::scrub_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing to take out") << u"User u1 was not found."_s << u"User u1 was not found."_s;
    QTest::newRow("AWS quotes the signed request")
        << u"The request signature we calculated does not match the signature you provided. Check "
           "your AWS Secret Access Key and signing method.\n\nThe Canonical String for this request "
           "should have been\n'GET\n/accounts\n\nhost:chime\nx-amz-security-token:%1\n'\n\nThe "
           "String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261201T000000Z\n'"_s.arg(token)
        << u"The request signature we calculated does not match the signature you provided. Check "
           "your AWS Secret Access Key and signing method. (The service quoted the signed request; "
           "it is left out because it carries credentials.)"_s;
    QTest::newRow("only the string to sign")
        << u"Mismatch. The String-to-Sign should have been 'x'"_s
        << u"Mismatch. (The service quoted the signed request; it is left out because it carries "
           "credentials.)"_s;
    QTest::newRow("the secret in free text") << u"key %1 refused"_s.arg(secret) << u"key <redacted> refused"_s;
    QTest::newRow("the token in free text") << u"token=%1."_s.arg(token) << u"token=<redacted>."_s;
    QTest::newRow("a token header") << u"x-amz-security-token: abcdef123456 was sent"_s
                                    << u"x-amz-security-token: <redacted> was sent"_s;
    QTest::newRow("an Authorization value")
        << u"Authorization: AWS4-HMAC-SHA256 Credential=AKID/x, SignedHeaders=host, Signature=abc\nnext"_s
        << u"Authorization: <redacted>\nnext"_s;
    QTest::newRow("signature and credential scope")
        << u"Credential=AKIDEXAMPLE/20261201/us-east-1/chime/aws4_request, Signature=0a1b2c3d"_s
        << u"Credential=<redacted>, Signature=<redacted>"_s;
    QTest::newRow("a presigned signature") << u"?X-Amz-Signature=deadbeef&x=1"_s
                                           << u"?X-Amz-Signature=<redacted>&x=1"_s;
    QTest::newRow("short values are words, not secrets") << u"the cat sat"_s << u"the cat sat"_s;
}

void TstSecretScrubber::scrub()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString scrubbed = SecretScrubber::scrub(text, { secret, token, u"cat"_s, QString() });
    QCOMPARE(scrubbed, expected);
    QVERIFY(!scrubbed.contains(secret));
    QVERIFY(!scrubbed.contains(token));
}

void TstSecretScrubber::chimeErrorIsScrubbedWhole()
{
    ChimeError error = ChimeError::fromHttpResponse(
        u"ListAccounts"_s, 403, "InvalidSignatureException", "req-1",
        u"{\"message\":\"bad %1\",\"Code\":\"X%2\"}"_s.arg(token, secret).toUtf8());
    error.scrub({ secret, token });
    QVERIFY(!error.userMessage().contains(token));
    QVERIFY(!error.userMessage().contains(secret));
    QCOMPARE(error.message(), u"bad <redacted>"_s);
    QCOMPARE(error.requestId(), u"req-1"_s);
}

QTEST_GUILESS_MAIN(TstSecretScrubber)
#include "tst_secretscrubber.moc"
