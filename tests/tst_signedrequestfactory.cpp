#include "core/chimerequestbuilder.h"
#include "core/signedrequestfactory.h"
#include "core/staticcredentialsprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AwsCredentials)

using Build = std::function<Outcome<PreparedRequest>()>;
Q_DECLARE_METATYPE(Build)

namespace {

const QByteArray globalBase = "https://chime.us-east-1.amazonaws.com";
const QByteArray emptyPayloadSha256
    = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QByteArray sessionToken = "FQoGZXIvYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HI"
                                "ZFE/+example+token==";

QDateTime fixedTime()
{
    return QDateTime(QDate(2019, 1, 8), QTime(18, 4, 20), Qt::UTC);
}

AwsCredentials credentials(bool withToken)
{
    return AwsCredentials { u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s,
        withToken ? QString::fromLatin1(sessionToken) : QString() };
}

ChimeEndpoint endpointFor(const QString &endpointOverride = QString())
{
    Outcome<ChimeEndpoint> endpoint = ChimeEndpoint::resolve(u"us-east-1"_s, endpointOverride);
    if (!endpoint.isOk())
        qFatal("endpoint refused: %s", qPrintable(endpoint.error().userMessage()));
    return endpoint.value();
}

UserUpdate licenseUpdate(const QString &userId, License license)
{
    UserUpdate update;
    update.userId = userId;
    update.licenseType = license;
    return update;
}

// "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=a;b, Signature=..." -> its parts.
QByteArray authorizationPart(const QByteArray &authorization, const QByteArray &name)
{
    const QRegularExpression pattern(
        u"^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(authorization));
    if (!match.hasMatch())
        return {};
    const int group = name == "Credential" ? 1 : name == "SignedHeaders" ? 2 : 3;
    return match.captured(group).toLatin1();
}

// One HTTP request as it arrived at a loopback server.
struct Received
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// A loopback HTTP server that records each request and answers 200 with an empty body.
class RecordingServer : public QObject
{
public:
    RecordingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<Received> &requests() const { return m_requests; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Received request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3)
            return;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Received> m_requests;
};

} // namespace

class TstSignedrequestfactory : public QObject
{
    Q_OBJECT

private slots:
    void make_data();
    void make();
    void userIdWithSpaceAndSlashNotRewritten();
    void dotIdsRefusedRatherThanRewritten_data();
    void dotIdsRefusedRatherThanRewritten();
    void endpointPathPrefixSigned();
    void clockReadForEveryRequest();
    void missingCredentials_data();
    void missingCredentials();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void wireMatchesSignature_data();
    void wireMatchesSignature();
};

void TstSignedrequestfactory::make_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("signedHeaders");

    struct Row
    {
        const char *name;
        Build build;
        QByteArray method;
        QByteArray url;
    };
    const QList<Row> rows {
        { "GetAccount",
            [] {
                return ChimeRequestBuilder::getAccount(
                    { u"12a3456b-7c89-012d-3456-78901e23fg45"_s });
            },
            "GET", globalBase + "/accounts/12a3456b-7c89-012d-3456-78901e23fg45" },
        { "ListAccounts with query",
            [] {
                ListAccountsRequest request;
                request.name = u"Team A"_s;
                request.nextToken = u"a/b+c="_s;
                return ChimeRequestBuilder::listAccounts(request);
            },
            "GET", globalBase + "/accounts?name=Team%20A&next-token=a%2Fb%2Bc%3D" },
        { "ListUsers with email",
            [] {
                ListUsersRequest request;
                request.accountId = u"acc"_s;
                request.userEmail = u"a+b@example.com"_s;
                request.maxResults = 10;
                return ChimeRequestBuilder::listUsers(request);
            },
            "GET",
            globalBase + "/accounts/acc/users?user-email=a%2Bb%40example.com&max-results=10" },
        { "GetUser",
            [] {
                return ChimeRequestBuilder::getUser({ u"acc"_s, u"user-1"_s });
            },
            "GET", globalBase + "/accounts/acc/users/user-1" },
        { "UpdateUser",
            [] {
                return ChimeRequestBuilder::updateUser(
                    { u"acc"_s, licenseUpdate(u"user-1"_s, License::Basic) });
            },
            "POST", globalBase + "/accounts/acc/users/user-1" },
        { "BatchUpdateUser",
            [] {
                return ChimeRequestBuilder::batchUpdateUser(
                    { u"acc"_s, { licenseUpdate(u"user-1"_s, License::Pro) } });
            },
            "POST", globalBase + "/accounts/acc/users" },
    };
    for (const Row &row : rows) {
        const QByteArray getHeaders = "host;x-amz-date";
        const QByteArray postHeaders = "content-type;host;x-amz-date";
        const QByteArray base = row.method == "POST" ? postHeaders : getHeaders;
        QTest::addRow("%s", row.name) << row.build << false << row.method << row.url << base;
        QTest::addRow("%s, session token", row.name) << row.build << true << row.method << row.url
                                                     << QByteArray(base + ";x-amz-security-token");
    }
}

void TstSignedrequestfactory::make()
{
    QFETCH(Build, build);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, signedHeaders);

    const Outcome<PreparedRequest> prepared = build();
    QVERIFY(prepared.isOk());
    QCOMPARE(prepared.value().method, method);

    const StaticCredentialsProvider provider(credentials(withToken), u"test"_s);
    const SignedRequestFactory factory(endpointFor(), &provider, fixedTime);
    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    if (!made.isOk())
        QFAIL(qPrintable(made.error().userMessage()));
    const QNetworkRequest &request = made.value();

    // The URL is the endpoint, then path and query exactly as the builder encoded them.
    QCOMPARE(request.url().toEncoded(), url);
    QByteArray expectedUrl = globalBase + prepared.value().path;
    if (!prepared.value().query.isEmpty())
        expectedUrl += '?' + prepared.value().query;
    QCOMPARE(request.url().toEncoded(), expectedUrl);

    QCOMPARE(request.rawHeader("X-Amz-Date"), QByteArray("20190108T180420Z"));
    const QByteArray authorization = request.rawHeader("Authorization");
    QCOMPARE(authorizationPart(authorization, "Credential"),
        QByteArray("AKIDEXAMPLE/20190108/us-east-1/chime/aws4_request"));
    QCOMPARE(authorizationPart(authorization, "SignedHeaders"), signedHeaders);
    QCOMPARE(authorizationPart(authorization, "Signature").size(), 64);
    if (withToken)
        QCOMPARE(request.rawHeader("X-Amz-Security-Token"), sessionToken);
    else
        QVERIFY(!request.hasRawHeader("X-Amz-Security-Token"));

    if (method == "POST") {
        QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json"));
    } else {
        QVERIFY(!request.hasRawHeader("Content-Type"));
    }
    QVERIFY(!request.hasRawHeader("Host")); // the network stack sets it
    QVERIFY(!request.rawHeader("User-Agent").isEmpty());
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
        int(QNetworkRequest::ManualRedirectPolicy));

    // What was signed: this endpoint's Host, the operation's path and query, the body's hash.
    const SigV4Signer::Request input = factory.signingInput(prepared.value());
    QCOMPARE(input.method, method);
    QCOMPARE(input.path, prepared.value().path);
    QCOMPARE(input.query, prepared.value().query);
    QVERIFY(input.headers.contains(
        { QByteArray("Host"), QByteArray("chime.us-east-1.amazonaws.com") }));
    QCOMPARE(input.payloadSha256Hex, SigV4Signer::sha256Hex(prepared.value().body));
    if (method == "GET")
        QCOMPARE(input.payloadSha256Hex, emptyPayloadSha256);

    // And the signature is SigV4 of exactly that input.
    const SigV4Signer signer(u"us-east-1"_s, u"chime"_s);
    const SigV4Signer::Signature signature
        = signer.sign(input, credentials(withToken), fixedTime());
    QCOMPARE(authorization, signature.authorization);
    QCOMPARE(authorizationPart(authorization, "Signature"), signature.signatureHex);
}

void TstSignedrequestfactory::userIdWithSpaceAndSlashNotRewritten()
{
    const StaticCredentialsProvider provider(credentials(false), u"test"_s);
    const SignedRequestFactory factory(endpointFor(), &provider, fixedTime);
    const Outcome<PreparedRequest> prepared
        = ChimeRequestBuilder::getUser({ u"acc"_s, u"a b/c"_s });
    QVERIFY(prepared.isOk());
    QCOMPARE(prepared.value().path, QByteArray("/accounts/acc/users/a%20b%2Fc"));

    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    QVERIFY(made.isOk());
    const QUrl url = made.value().url();
    QCOMPARE(url.toEncoded(), globalBase + "/accounts/acc/users/a%20b%2Fc");
    QCOMPARE(url.path(QUrl::FullyEncoded), u"/accounts/acc/users/a%20b%2Fc"_s);
    QCOMPARE(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority),
        QByteArray("/accounts/acc/users/a%20b%2Fc"));
    // Going through QUrl once more changes nothing either.
    QCOMPARE(QUrl::fromEncoded(url.toEncoded()).toEncoded(), url.toEncoded());
    QCOMPARE(
        factory.signingInput(prepared.value()).path, QByteArray("/accounts/acc/users/a%20b%2Fc"));
}

void TstSignedrequestfactory::dotIdsRefusedRatherThanRewritten_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QString>("operation");

    // QUrl turns %2E back into '.', and Qt's HTTP stack then removes the dot segment: GetUser of
    // user ".." would fetch /accounts/acc (GetAccount), UpdateUser would POST to the account.
    // The builder refuses such ids; the factory still refuses any prepared request whose URL
    // would not carry exactly the signed path.
    const auto prepared = [](const char *operation, const char *method, const char *path) {
        return Build([=] {
            return Outcome<PreparedRequest>(PreparedRequest {
                QString::fromLatin1(operation), method, path, {}, {} });
        });
    };
    QTest::newRow("GetUser ..") << prepared("GetUser", "GET", "/accounts/acc/users/%2E%2E")
                                << u"GetUser"_s;
    QTest::newRow("GetUser .") << prepared("GetUser", "GET", "/accounts/acc/users/%2E")
                               << u"GetUser"_s;
    QTest::newRow("UpdateUser ..") << prepared("UpdateUser", "POST", "/accounts/acc/users/%2E%2E")
                                   << u"UpdateUser"_s;
    QTest::newRow("GetAccount ..") << prepared("GetAccount", "GET", "/accounts/%2E%2E")
                                   << u"GetAccount"_s;
    QTest::newRow("ListUsers of account .") << prepared("ListUsers", "GET", "/accounts/%2E/users")
                                            << u"ListUsers"_s;
}

void TstSignedrequestfactory::dotIdsRefusedRatherThanRewritten()
{
    QFETCH(Build, build);
    QFETCH(QString, operation);

    const Outcome<PreparedRequest> prepared = build();
    QVERIFY(prepared.isOk());
    QVERIFY(prepared.value().path.contains("%2E"));

    const StaticCredentialsProvider provider(credentials(false), u"test"_s);
    const SignedRequestFactory factory(endpointFor(), &provider, fixedTime);
    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    if (made.isOk()) {
        // Sending is only acceptable if the URL carries exactly the signed path.
        QCOMPARE(made.value().url().toEncoded(), globalBase + prepared.value().path);
    } else {
        QCOMPARE(made.error().kind(), ChimeError::Kind::BadRequest);
        QCOMPARE(made.error().operation(), operation);
        QVERIFY(!made.error().message().isEmpty());
    }
}

void TstSignedrequestfactory::endpointPathPrefixSigned()
{
    const StaticCredentialsProvider provider(credentials(false), u"test"_s);
    const SignedRequestFactory factory(
        endpointFor(u"https://example.com:8443/prefix"_s), &provider, fixedTime);
    const Outcome<PreparedRequest> prepared = ChimeRequestBuilder::getAccount({ u"acc"_s });
    QVERIFY(prepared.isOk());
    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    QVERIFY(made.isOk());
    QCOMPARE(
        made.value().url().toEncoded(), QByteArray("https://example.com:8443/prefix/accounts/acc"));
    const SigV4Signer::Request input = factory.signingInput(prepared.value());
    QCOMPARE(input.path, QByteArray("/prefix/accounts/acc"));
    QVERIFY(input.headers.contains({ QByteArray("Host"), QByteArray("example.com:8443") }));
    const SigV4Signer signer(u"us-east-1"_s, u"chime"_s);
    QCOMPARE(made.value().rawHeader("Authorization"),
        signer.sign(input, credentials(false), fixedTime()).authorization);
}

void TstSignedrequestfactory::clockReadForEveryRequest()
{
    auto now = std::make_shared<QDateTime>(fixedTime());
    const StaticCredentialsProvider provider(credentials(false), u"test"_s);
    const SignedRequestFactory factory(endpointFor(), &provider, [now] { return *now; });
    const Outcome<PreparedRequest> prepared = ChimeRequestBuilder::getAccount({ u"acc"_s });
    QVERIFY(prepared.isOk());

    const Outcome<QNetworkRequest> first = factory.make(prepared.value());
    *now = now->addSecs(301);
    const Outcome<QNetworkRequest> retry = factory.make(prepared.value());
    QVERIFY(first.isOk() && retry.isOk());
    QCOMPARE(first.value().rawHeader("X-Amz-Date"), QByteArray("20190108T180420Z"));
    QCOMPARE(retry.value().rawHeader("X-Amz-Date"), QByteArray("20190108T180921Z"));
    QVERIFY(first.value().rawHeader("Authorization") != retry.value().rawHeader("Authorization"));
}

void TstSignedrequestfactory::missingCredentials_data()
{
    QTest::addColumn<bool>("provider");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");

    QTest::newRow("no provider") << false << QString() << QString();
    QTest::newRow("empty credentials") << true << QString() << QString();
    QTest::newRow("no access key id") << true << QString() << u"secret"_s;
    QTest::newRow("no secret") << true << u"AKIDEXAMPLE"_s << QString();
}

void TstSignedrequestfactory::missingCredentials()
{
    QFETCH(bool, provider);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);

    const StaticCredentialsProvider credentialsProvider(
        AwsCredentials { accessKeyId, secret, QString::fromLatin1(sessionToken) }, u"test"_s);
    const SignedRequestFactory factory(
        endpointFor(), provider ? &credentialsProvider : nullptr, fixedTime);
    const Outcome<PreparedRequest> prepared
        = ChimeRequestBuilder::getUser({ u"acc"_s, u"user-1"_s });
    QVERIFY(prepared.isOk());
    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    QVERIFY(!made.isOk());
    QCOMPARE(made.error().kind(), ChimeError::Kind::InvalidConfiguration);
    QCOMPARE(made.error().operation(), u"GetUser"_s);
    QVERIFY(!made.error().message().isEmpty());
}

void TstSignedrequestfactory::controlCharactersAreRefused_data()
{
    QTest::addColumn<AwsCredentials>("credentials");
    QTest::addColumn<QString>("field");
    const AwsCredentials good { u"AKIDEXAMPLE"_s, u"secret-secret-secret"_s, u"token-token"_s };
    AwsCredentials row = good;
    row.sessionToken = u"abc\r\nX-Injected: yes"_s;
    QTest::newRow("header injection in the token") << row << u"session token"_s;
    row = good;
    row.accessKeyId = u"AKID\nEXAMPLE"_s;
    QTest::newRow("line break in the key id") << row << u"access key id"_s;
    row = good;
    row.secretAccessKey = u"secret\tsecret"_s;
    QTest::newRow("tab in the secret") << row << u"secret access key"_s;
    row = good;
    row.sessionToken = u"abc\u2028def"_s;
    QTest::newRow("Unicode line separator") << row << u"session token"_s;
}

// A line break in a credential would become a header line of its own: nothing is built, and
// the message names the field, never the value.
void TstSignedrequestfactory::controlCharactersAreRefused()
{
    QFETCH(AwsCredentials, credentials);
    QFETCH(QString, field);
    const StaticCredentialsProvider provider(credentials, u"test"_s);
    const SignedRequestFactory factory(endpointFor(), &provider, fixedTime);
    const Outcome<QNetworkRequest> made
        = factory.make(ChimeRequestBuilder::getUser({ u"acc"_s, u"user-1"_s }).value());
    QVERIFY(!made.isOk());
    QCOMPARE(made.error().kind(), ChimeError::Kind::InvalidConfiguration);
    QVERIFY(made.error().message().contains(field));
    for (const QString &value : { credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken })
        QVERIFY(!made.error().userMessage().contains(value));
}

void TstSignedrequestfactory::wireMatchesSignature_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("requestLine"); // method and request-target as received

    QTest::newRow("GetUser a b/c") << Build([] {
        return ChimeRequestBuilder::getUser({ u"acc"_s, u"a b/c"_s });
    }) << false << QByteArray("GET /accounts/acc/users/a%20b%2Fc");
    QTest::newRow("ListUsers a+b@example.com, session token")
        << Build([] {
               ListUsersRequest request;
               request.accountId = u"acc"_s;
               request.userEmail = u"a+b@example.com"_s;
               request.maxResults = 5;
               return ChimeRequestBuilder::listUsers(request);
           })
        << true
        << QByteArray("GET /accounts/acc/users?user-email=a%2Bb%40example.com&max-results=5");
    QTest::newRow("UpdateUser non-ASCII id") << Build([] {
        return ChimeRequestBuilder::updateUser(
            { u"acc"_s, licenseUpdate(u"Zoë?#"_s, License::Basic) });
    }) << false << QByteArray("POST /accounts/acc/users/Zo%C3%AB%3F%23");
    QTest::newRow("BatchUpdateUser, session token") << Build([] {
        return ChimeRequestBuilder::batchUpdateUser(
            { u"acc"_s, { licenseUpdate(u"u1"_s, License::Pro) } });
    }) << true << QByteArray("POST /accounts/acc/users");
}

// Sends the signed request to a loopback server and checks, as the service would, that the
// signature verifies over what actually arrived: request line, Host, signed headers and body.
void TstSignedrequestfactory::wireMatchesSignature()
{
    QFETCH(Build, build);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, requestLine);

    RecordingServer server;
    QVERIFY(server.listen());
    const QString endpoint = u"http://127.0.0.1:%1"_s.arg(server.port());
    const StaticCredentialsProvider provider(credentials(withToken), u"test"_s);
    const SignedRequestFactory factory(endpointFor(endpoint), &provider, fixedTime);
    const Outcome<PreparedRequest> prepared = build();
    QVERIFY(prepared.isOk());
    const Outcome<QNetworkRequest> made = factory.make(prepared.value());
    QVERIFY(made.isOk());

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const PreparedRequest &request = prepared.value();
    std::unique_ptr<QNetworkReply> reply(
        network.sendCustomRequest(made.value(), request.method, request.body));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(server.requests().size(), 1);
    const Received &received = server.requests().first();

    QCOMPARE(received.method + ' ' + received.target, requestLine);
    QCOMPARE(received.body, request.body);
    const SigV4Signer::Request signedInput = factory.signingInput(request);
    const QByteArray signedHost
        = std::find_if(signedInput.headers.cbegin(), signedInput.headers.cend(), [](const auto &h) {
              return h.first == "Host";
          })->second;
    QCOMPARE(received.headers.value("host"), signedHost);
    QCOMPARE(received.headers.value("x-amz-date"), QByteArray("20190108T180420Z"));

    // Verify as the service does, from the received bytes alone.
    const QByteArray authorization = received.headers.value("authorization");
    const QList<QByteArray> signedNames
        = authorizationPart(authorization, "SignedHeaders").split(';');
    QVERIFY(signedNames.contains("host"));
    SigV4Signer::Request serverView;
    serverView.method = received.method;
    const qsizetype question = received.target.indexOf('?');
    serverView.path = question < 0 ? received.target : received.target.left(question);
    serverView.query = question < 0 ? QByteArray() : received.target.mid(question + 1);
    for (const QByteArray &name : signedNames) {
        if (name != "x-amz-date" && name != "x-amz-security-token") {
            QVERIFY2(received.headers.contains(name), name.constData());
            serverView.headers.append({ name, received.headers.value(name) });
        }
    }
    serverView.payloadSha256Hex = SigV4Signer::sha256Hex(received.body);
    const QDateTime signedAt = QDateTime::fromString(
        QString::fromLatin1(received.headers.value("x-amz-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
    const SigV4Signer service(u"us-east-1"_s, u"chime"_s);
    QDateTime signedAtUtc = signedAt;
    signedAtUtc.setTimeSpec(Qt::UTC);
    AwsCredentials serverCredentials = credentials(false);
    serverCredentials.sessionToken
        = QString::fromLatin1(received.headers.value("x-amz-security-token"));
    QCOMPARE(serverCredentials.sessionToken.isEmpty(), !withToken);
    QCOMPARE(service.sign(serverView, serverCredentials, signedAtUtc).authorization, authorization);
}

QTEST_GUILESS_MAIN(TstSignedrequestfactory)
#include "tst_signedrequestfactory.moc"
