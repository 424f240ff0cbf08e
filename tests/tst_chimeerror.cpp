#include "core/chimeerror.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChimeError::Kind)

class TstChimeerror : public QObject
{
    Q_OBJECT

private slots:
    void adviceForCredentialRefusals_data();
    void adviceForCredentialRefusals();
    void kindForStatus_data();
    void kindForStatus();
    void code_data();
    void code();
    void message_data();
    void message();
    void requestIdKept();
    void nonJsonBodyStillReadable_data();
    void nonJsonBodyStillReadable();
    void userMessage_data();
    void userMessage();
    void userMessageExact();
    void kindDescriptions();
};

void TstChimeerror::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ChimeError::Kind>("kind");
    QTest::addColumn<QByteArray>("code"); // as the service names it (x-amzn-ErrorType)

    QTest::newRow("400 BadRequest")
        << 400 << ChimeError::Kind::BadRequest << QByteArray("BadRequestException");
    QTest::newRow("401 Unauthorized")
        << 401 << ChimeError::Kind::Unauthorized << QByteArray("UnauthorizedClientException");
    QTest::newRow("403 Forbidden")
        << 403 << ChimeError::Kind::Forbidden << QByteArray("ForbiddenException");
    QTest::newRow("404 NotFound") << 404 << ChimeError::Kind::NotFound
                                  << QByteArray("NotFoundException");
    QTest::newRow("429 Throttled")
        << 429 << ChimeError::Kind::Throttled << QByteArray("ThrottledClientException");
    QTest::newRow("500 ServiceFailure")
        << 500 << ChimeError::Kind::ServiceFailure << QByteArray("ServiceFailureException");
    QTest::newRow("503 ServiceUnavailable")
        << 503 << ChimeError::Kind::ServiceUnavailable << QByteArray("ServiceUnavailableException");
    QTest::newRow("502 is another status")
        << 502 << ChimeError::Kind::OtherHttpStatus << QByteArray();
    // CreateUser's ConflictException: the user exists already, a refusal like any other 4xx.
    QTest::newRow("409 is a conflict")
        << 409 << ChimeError::Kind::Conflict << QByteArray("ConflictException");
    // DeleteAccount's UnprocessableEntityException: users are still active; a refusal too.
    QTest::newRow("422 is unprocessable")
        << 422 << ChimeError::Kind::Unprocessable << QByteArray("UnprocessableEntityException");
    QTest::newRow("504 is another status")
        << 504 << ChimeError::Kind::OtherHttpStatus << QByteArray();
    QTest::newRow("301 is another status")
        << 301 << ChimeError::Kind::OtherHttpStatus << QByteArray();
}

void TstChimeerror::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(ChimeError::Kind, kind);
    QFETCH(QByteArray, code);

    QCOMPARE(ChimeError::kindForStatus(status), kind);
    const QByteArray body = code.isEmpty()
        ? QByteArray()
        : QByteArray(R"({"Code": ")" + code + R"(", "Message": "m"})");
    const ChimeError error
        = ChimeError::fromHttpResponse(u"GetUser"_s, status, code, "req-1", body);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.operation(), u"GetUser"_s);
    QCOMPARE(error.code(), QString::fromLatin1(code));
    QCOMPARE(error.requestId(), u"req-1"_s);
    if (kind == ChimeError::Kind::OtherHttpStatus)
        QVERIFY2(
            error.userMessage().contains(QString::number(status)), qPrintable(error.userMessage()));
}

void TstChimeerror::code_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("header, plain name")
        << QByteArray("NotFoundException") << QByteArray() << u"NotFoundException"_s;
    QTest::newRow("header, namespace and URL")
        << QByteArray("aws.chime#NotFoundException:http://internal.amazon.com/coral/"
                      "com.amazon.coral.validate/")
        << QByteArray() << u"NotFoundException"_s;
    QTest::newRow("header, name and URL")
        << QByteArray("ThrottledClientException:http://internal.amazon.com/coral/x/")
        << QByteArray() << u"ThrottledClientException"_s;
    QTest::newRow("header, namespace only")
        << QByteArray("aws.chime#ForbiddenException") << QByteArray() << u"ForbiddenException"_s;
    QTest::newRow("header wins over body")
        << QByteArray("ForbiddenException")
        << QByteArray(R"({"__type": "OtherException", "Code": "OtherException"})")
        << u"ForbiddenException"_s;
    QTest::newRow("body __type with namespace")
        << QByteArray() << QByteArray(R"({"__type": "aws.chime#ServiceFailureException"})")
        << u"ServiceFailureException"_s;
    QTest::newRow("body code") << QByteArray()
                               << QByteArray(R"({"code": "UnauthorizedClientException"})")
                               << u"UnauthorizedClientException"_s;
    QTest::newRow("body Code (the documented form)")
        << QByteArray()
        << QByteArray(R"({"Code": "BadRequestException", "Message": "Invalid input"})")
        << u"BadRequestException"_s;
    QTest::newRow("body __type before code before Code")
        << QByteArray() << QByteArray(R"({"Code": "C", "code": "B", "__type": "A"})") << u"A"_s;
    QTest::newRow("body code before Code")
        << QByteArray() << QByteArray(R"({"Code": "C", "code": "B"})") << u"B"_s;
    QTest::newRow("empty __type falls through to Code")
        << QByteArray() << QByteArray(R"({"__type": "", "Code": "NotFoundException"})")
        << u"NotFoundException"_s;
    QTest::newRow("non-string Code ignored")
        << QByteArray() << QByteArray(R"({"Code": 404, "code": "NotFoundException"})")
        << u"NotFoundException"_s;
    QTest::newRow("nothing names it")
        << QByteArray() << QByteArray(R"({"Message": "m"})") << QString();
    QTest::newRow("empty body, no header") << QByteArray() << QByteArray() << QString();
}

void TstChimeerror::code()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);

    const ChimeError error = ChimeError::fromHttpResponse(u"ListUsers"_s, 400, header, {}, body);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.kind(), ChimeError::Kind::BadRequest);
}

void TstChimeerror::message_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("message") << QByteArray(R"({"message": "User not found."})")
                             << u"User not found."_s;
    QTest::newRow("Message") << QByteArray(R"({"Code": "X", "Message": "User not found."})")
                             << u"User not found."_s;
    QTest::newRow("message before Message")
        << QByteArray(R"({"Message": "second", "message": "first"})") << u"first"_s;
    QTest::newRow("empty message falls through to Message")
        << QByteArray(R"({"message": "", "Message": "second"})") << u"second"_s;
    QTest::newRow("non-string message ignored")
        << QByteArray(R"({"message": 12, "Message": "second"})") << u"second"_s;
    QTest::newRow("non-ASCII message")
        << QByteArray(R"({"Message": "Zoë n'existe pas"})") << u"Zoë n'existe pas"_s;
    QTest::newRow("JSON without a message") << QByteArray(R"({"Code": "X"})") << QString();
    QTest::newRow("empty body") << QByteArray() << QString();
}

void TstChimeerror::message()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const ChimeError error = ChimeError::fromHttpResponse(u"GetUser"_s, 404, {}, {}, body);
    QCOMPARE(error.message(), message);
}

void TstChimeerror::requestIdKept()
{
    const ChimeError error
        = ChimeError::fromHttpResponse(u"GetAccount"_s, 503, "ServiceUnavailableException",
            "bd51dac3-b142-405c-ab02-c9d0373ca476", R"({"Message": "Try again later"})");
    QCOMPARE(error.requestId(), u"bd51dac3-b142-405c-ab02-c9d0373ca476"_s);
    QCOMPARE(error.kind(), ChimeError::Kind::ServiceUnavailable);
    QCOMPARE(error.message(), u"Try again later"_s);

    const ChimeError noId = ChimeError::fromHttpResponse(u"GetAccount"_s, 503, {}, {}, {});
    QVERIFY(noId.requestId().isEmpty());
    QVERIFY(!noId.userMessage().contains(u"request id"_s));
}

void TstChimeerror::nonJsonBodyStillReadable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // what the message must contain

    QTest::newRow("proxy HTML page, 502")
        << 502
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
        << u"502 Bad Gateway"_s;
    QTest::newRow("plain text, 503")
        << 503 << QByteArray("Service Unavailable\n") << u"Service Unavailable"_s;
    QTest::newRow("truncated JSON, 500")
        << 500 << QByteArray(R"({"Message": "Internal)") << u"Internal"_s;
    QTest::newRow("JSON array, 400") << 400 << QByteArray(R"(["bad"])") << u"bad"_s;
    QTest::newRow("long HTML page, 504")
        << 504
        << QByteArray("<html><body>Gateway Timeout " + QByteArray(5000, 'x') + "</body></html>")
        << u"Gateway Timeout"_s;
}

void TstChimeerror::nonJsonBodyStillReadable()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    const ChimeError error = ChimeError::fromHttpResponse(u"GetUser"_s, status, {}, "req-9", body);
    QCOMPARE(error.kind(), ChimeError::kindForStatus(status));
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    // One line, of a sensible length.
    QVERIFY(!error.message().contains(u'\n'));
    QVERIFY(!error.message().contains(u'\r'));
    QVERIFY2(error.message().size() <= 200, qPrintable(QString::number(error.message().size())));
    QVERIFY(error.code().isEmpty());
    QVERIFY(error.userMessage().contains(expected));
    QVERIFY(error.userMessage().contains(u"GetUser"_s));
    QVERIFY(error.userMessage().contains(u"req-9"_s));
}

void TstChimeerror::userMessage_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("code from header")
        << u"GetUser"_s << 404 << QByteArray("aws.chime#NotFoundException:http://x/")
        << QByteArray(R"({"Message": "User not found."})");
    QTest::newRow("code from body")
        << u"UpdateUser"_s << 400 << QByteArray()
        << QByteArray(R"({"Code": "BadRequestException", "Message": "Invalid license."})");
    QTest::newRow("throttled") << u"ListUsers"_s << 429 << QByteArray("ThrottledClientException")
                               << QByteArray(R"({"message": "Rate exceeded"})");
}

void TstChimeerror::userMessage()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);

    const ChimeError error
        = ChimeError::fromHttpResponse(operation, status, header, "6d2ef025-d8a7", body);
    const QString text = error.userMessage();
    QVERIFY2(!error.code().isEmpty(), "row must name a code");
    QVERIFY2(!error.message().isEmpty(), "row must carry a message");
    QVERIFY2(text.contains(operation), qPrintable(text));
    QVERIFY2(text.contains(error.code()), qPrintable(text));
    QVERIFY2(text.contains(error.message()), qPrintable(text));
    QVERIFY2(text.contains(u"6d2ef025-d8a7"_s), qPrintable(text));
    QVERIFY2(text.contains(error.kindDescription()), qPrintable(text));
}

void TstChimeerror::userMessageExact()
{
    const ChimeError error = ChimeError::fromHttpResponse(u"GetUser"_s, 404, "NotFoundException",
        "6d2ef025-d8a7-42f4-8170-84cb09b70d3d", R"({"Message": "User not found."})");
    QCOMPARE(error.userMessage(),
        u"GetUser failed: Not found [NotFoundException] \u2014 User not found. "
        u"(request id 6d2ef025-d8a7-42f4-8170-84cb09b70d3d)"_s);

    // Only what is known is shown.
    const ChimeError bare(ChimeError::Kind::Timeout, QString(), QString());
    QCOMPARE(bare.userMessage(), u"The request timed out"_s);
    const ChimeError withOperation(
        ChimeError::Kind::NetworkFailure, u"ListAccounts"_s, u"Connection refused"_s);
    QCOMPARE(withOperation.userMessage(),
        u"ListAccounts failed: Network failure \u2014 Connection refused"_s);
}

void TstChimeerror::kindDescriptions()
{
    const QList<ChimeError::Kind> kinds { ChimeError::Kind::BadRequest,
        ChimeError::Kind::Unauthorized, ChimeError::Kind::Forbidden, ChimeError::Kind::NotFound,
        ChimeError::Kind::Throttled, ChimeError::Kind::ServiceFailure,
        ChimeError::Kind::ServiceUnavailable, ChimeError::Kind::OtherHttpStatus,
        ChimeError::Kind::NetworkFailure, ChimeError::Kind::Timeout,
        ChimeError::Kind::UnreadableResponse, ChimeError::Kind::InvalidConfiguration };
    QSet<QString> seen;
    for (const ChimeError::Kind kind : kinds) {
        const QString description = ChimeError(kind, {}, {}).kindDescription();
        QVERIFY(!description.isEmpty());
        seen.insert(description);
    }
    QCOMPARE(seen.size(), kinds.size()); // every kind reads differently
}

void TstChimeerror::adviceForCredentialRefusals_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QString>("advice"); // empty: none

    QTest::newRow("wrong secret") << 403 << QByteArray("InvalidSignatureException")
                                  << u"secret access key belongs to this access key id"_s;
    QTest::newRow("unknown key") << 403 << QByteArray("UnrecognizedClientException")
                                 << u"does not know this access key id"_s;
    QTest::newRow("expired token") << 403 << QByteArray("ExpiredTokenException")
                                   << u"session token has expired"_s;
    QTest::newRow("unsigned") << 403 << QByteArray("MissingAuthenticationTokenException")
                              << u"unsigned"_s;
    QTest::newRow("forbidden") << 403 << QByteArray("ForbiddenException") << u"IAM permission"_s;
    QTest::newRow("not found") << 404 << QByteArray("NotFoundException") << QString();
    QTest::newRow("throttled") << 429 << QByteArray("ThrottledClientException") << QString();
}

void TstChimeerror::adviceForCredentialRefusals()
{
    QFETCH(int, status);
    QFETCH(QByteArray, errorType);
    QFETCH(QString, advice);
    const ChimeError error = ChimeError::fromHttpResponse(u"GetUser"_s, status, errorType, "rid",
                                                          R"({"Message":"service words"})");
    QCOMPARE(error.hint().isEmpty(), advice.isEmpty());
    QVERIFY2(error.hint().contains(advice), qPrintable(error.hint()));
    const QString message = error.userMessage();
    QVERIFY(message.contains(u"service words"_s));
    QVERIFY(message.contains(u"rid"_s));
    if (!advice.isEmpty())
        QVERIFY2(message.contains(advice), qPrintable(message));
}

QTEST_GUILESS_MAIN(TstChimeerror)
#include "tst_chimeerror.moc"
