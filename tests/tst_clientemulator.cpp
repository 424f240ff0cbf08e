// The real ChimeClient, over real HTTP on loopback, against a live ChimeEmulator (and a few raw
// QTcpServers for answers the emulator never gives): every operation, odd ids, pagination, and
// every way a call can fail reaching the caller as a ChimeError of the right kind.

#include "handbuiltaccounts.h"
#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "core/signedrequestfactory.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/chimeemulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerWaitMs = 15000;

const QString mainAccount = u"acc-main"_s; // supports Basic, Plus and Pro
const QString otherAccount = u"acc-other"_s; // supports Basic and Pro
const QString oddAccount = u"acc/odd?#ü 1"_s;
const QString oddAccountName = u"Wéird & Co/1 = ok?"_s;
// Ids a careless client would send as more than one path segment, or as something else.
const QStringList oddUserIds {
    u"a/b"_s,
    u"q?x=1"_s,
    u"h#frag"_s,
    u"sp ace"_s,
    u"ünï-çødé 名前"_s,
    u"a+b"_s,
    u"%41"_s,
    u"users"_s,
};
constexpr int bulkUsers = 37;


EmulatorStore handBuiltStore()
{
    QList<User> mainUsers {
        HandBuilt::user(mainAccount, u"u-1"_s, u"ada@example.com"_s, UserType::PrivateUser, License::Pro),
        HandBuilt::user(mainAccount, u"u-plus"_s, u"first+tag@example.com"_s, UserType::PrivateUser,
            License::Basic),
        HandBuilt::user(mainAccount, u"u-shared"_s, u"room@example.com"_s, UserType::SharedDevice,
            License::Pro),
    };
    for (const QString &id : oddUserIds) {
        mainUsers.append(HandBuilt::user(mainAccount, id, u"odd%1@example.com"_s.arg(mainUsers.size()),
            UserType::PrivateUser, License::Basic));
    }
    for (int i = 0; i < bulkUsers; ++i) {
        mainUsers.append(HandBuilt::user(mainAccount, u"bulk-%1"_s.arg(i, 2, 10, QChar(u'0')),
            u"bulk%1@example.com"_s.arg(i),
            i % 5 == 0 ? UserType::SharedDevice : UserType::PrivateUser,
            i % 2 ? License::Basic : License::Pro));
    }
    const QList<User> otherUsers {
        HandBuilt::user(
            otherAccount, u"o-1"_s, u"other@example.com"_s, UserType::PrivateUser, License::Pro),
        HandBuilt::user(otherAccount, u"o-2"_s, u"shared@other.example"_s, UserType::SharedDevice,
            License::Basic),
    };
    const QList<User> oddUsers {
        HandBuilt::user(oddAccount, u"u-1"_s, u"odd-account@example.com"_s, UserType::PrivateUser,
            License::Basic),
    };
    return EmulatorStore({
        HandBuilt::account(
            mainAccount, u"Main Co"_s, { License::Basic, License::Plus, License::Pro }, mainUsers),
        HandBuilt::account(otherAccount, u"Other Org"_s, { License::Basic, License::Pro }, otherUsers),
        HandBuilt::account(oddAccount, oddAccountName, { License::Basic, License::Pro }, oddUsers),
    });
}

QList<const User *> storeUsers(const EmulatorStore &store, const QString &accountId)
{
    QList<const User *> users;
    for (const EmulatorAccount &entry : store.accounts()) {
        if (entry.account.accountId == accountId) {
            for (const User &user : entry.users)
                users.append(&user);
        }
    }
    return users;
}

const Account *storeAccount(const EmulatorStore &store, const QString &accountId)
{
    for (const EmulatorAccount &entry : store.accounts()) {
        if (entry.account.accountId == accountId)
            return &entry.account;
    }
    return nullptr;
}

UserUpdate licenseUpdate(const QString &userId, License license)
{
    UserUpdate update;
    update.userId = userId;
    update.licenseType = license;
    return update;
}

// A ChimeEmulator on 127.0.0.1, any free port, accepting the demo key.
std::unique_ptr<ChimeEmulator> startEmulator(EmulatorConfig config = {})
{
    const AwsCredentials demo = EmulatorConfig::demoCredentials();
    config.credentials.insert(demo.accessKeyId, demo);
    config.accounts = 1;
    config.usersPerAccount = { 2 };
    auto emulator = std::make_unique<ChimeEmulator>(config);
    QString error;
    if (!emulator->start(&error)) {
        qWarning("emulator did not start: %s", qPrintable(error));
        return nullptr;
    }
    emulator->store() = handBuiltStore();
    return emulator;
}

EmulatorConfig faultConfig(double failRate, QList<int> failCodes, double dropRate)
{
    EmulatorConfig config;
    config.failRate = failRate;
    config.failCodes = std::move(failCodes);
    config.dropRate = dropRate;
    return config;
}

// A ChimeClient with its own network access manager and credentials.
class ClientFixture
{
public:
    ClientFixture(const QUrl &endpoint,
        AwsCredentials credentials = EmulatorConfig::demoCredentials(),
        std::function<QDateTime()> clock = {},
        std::chrono::milliseconds timeout = std::chrono::seconds(10))
        : m_credentials(std::move(credentials), u"test"_s)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        ChimeClientConfig config;
        config.region = u"us-east-1"_s;
        config.endpointOverride = endpoint.toString();
        config.timeout = timeout;
        // Failures are retried as in production, but without the production waits.
        config.retry.baseDelay = std::chrono::milliseconds(2);
        if (clock)
            config.clock = std::move(clock);
        m_client = std::make_unique<ChimeClient>(&m_network, &m_credentials, config);
    }

    // Runs one operation and waits for its callback (tests may wait; the client never does).
    // Nothing when no answer came in time or the callback ran more than once.
    template<typename T, typename Start> std::optional<Outcome<T>> await(Start start)
    {
        std::optional<Outcome<T>> result;
        int calls = 0;
        QObject context;
        start(&context, ChimeClient::Callback<T>([&result, &calls](const Outcome<T> &outcome) {
            ++calls;
            result = outcome;
        }));
        if (!QTest::qWaitFor([&] { return calls > 0; }, answerWaitMs))
            return std::nullopt;
        QCoreApplication::processEvents(); // a second callback would run here
        if (calls != 1) {
            qWarning("the callback ran %d times", calls);
            return std::nullopt;
        }
        return result;
    }

    std::optional<Outcome<AccountsPage>> listAccounts(const ListAccountsRequest &request)
    {
        return await<AccountsPage>([&](QObject *context, auto done) {
            return m_client->listAccounts(request, context, std::move(done));
        });
    }
    std::optional<Outcome<Account>> getAccount(const QString &accountId)
    {
        return await<Account>([&](QObject *context, auto done) {
            return m_client->getAccount({ accountId }, context, std::move(done));
        });
    }
    std::optional<Outcome<UsersPage>> listUsers(const ListUsersRequest &request)
    {
        return await<UsersPage>([&](QObject *context, auto done) {
            return m_client->listUsers(request, context, std::move(done));
        });
    }
    std::optional<Outcome<User>> getUser(const QString &accountId, const QString &userId)
    {
        return await<User>([&](QObject *context, auto done) {
            return m_client->getUser({ accountId, userId }, context, std::move(done));
        });
    }
    std::optional<Outcome<User>> updateUser(const QString &accountId, const UserUpdate &update)
    {
        return await<User>([&](QObject *context, auto done) {
            return m_client->updateUser({ accountId, update }, context, std::move(done));
        });
    }
    std::optional<Outcome<BatchUpdateResult>> batchUpdateUser(
        const QString &accountId, const QList<UserUpdate> &updates)
    {
        return await<BatchUpdateResult>([&](QObject *context, auto done) {
            return m_client->batchUpdateUser({ accountId, updates }, context, std::move(done));
        });
    }

private:
    QNetworkAccessManager m_network;
    StaticCredentialsProvider m_credentials;
    std::unique_ptr<ChimeClient> m_client;
};

template<typename T> QByteArray describe(const std::optional<Outcome<T>> &outcome)
{
    if (!outcome)
        return "no answer within the wait";
    if (!outcome->isOk())
        return outcome->error().userMessage().toUtf8();
    return "succeeded";
}

// Any one operation, run through a client, reduced to its error (or none).
using Operation = std::function<std::optional<ChimeError>(ClientFixture &, bool *answered)>;

template<typename T>
std::optional<ChimeError> errorOf(const std::optional<Outcome<T>> &outcome, bool *answered)
{
    *answered = outcome.has_value();
    if (!outcome || outcome->isOk())
        return std::nullopt;
    return outcome->error();
}

Operation getAccountOp(const QString &accountId)
{
    return [accountId](ClientFixture &c, bool *answered) {
        return errorOf(c.getAccount(accountId), answered);
    };
}

Operation getUserOp(const QString &accountId, const QString &userId)
{
    return [accountId, userId](ClientFixture &c, bool *answered) {
        return errorOf(c.getUser(accountId, userId), answered);
    };
}

Operation listUsersOp(ListUsersRequest request)
{
    return [request](ClientFixture &c, bool *answered) {
        return errorOf(c.listUsers(request), answered);
    };
}

Operation listAccountsOp(ListAccountsRequest request)
{
    return [request](ClientFixture &c, bool *answered) {
        return errorOf(c.listAccounts(request), answered);
    };
}

Operation updateUserOp(const QString &accountId, const UserUpdate &update)
{
    return [accountId, update](ClientFixture &c, bool *answered) {
        return errorOf(c.updateUser(accountId, update), answered);
    };
}

Operation batchUpdateUserOp(const QString &accountId, const QList<UserUpdate> &updates)
{
    return [accountId, updates](ClientFixture &c, bool *answered) {
        return errorOf(c.batchUpdateUser(accountId, updates), answered);
    };
}

// A loopback server for answers the emulator never gives: a canned response to every request
// (once its head has arrived), or, with an empty response, accepting and never answering.
class RawServer : public QObject
{
public:
    explicit RawServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (m_response.isEmpty() || !m_buffers[socket].contains("\r\n\r\n"))
                        return;
                    m_buffers.remove(socket);
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl endpoint() const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        return url;
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};

QByteArray httpResponse(
    const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + headers + "Connection: close\r\n\r\n" + body;
}

// Sends a request exactly as given through a plain QNetworkAccessManager, for tampering tests.
struct RawAnswer
{
    int status = 0;
    QByteArray errorType;
    QByteArray body;
};

RawAnswer sendRaw(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = method == "GET" && body.isEmpty()
        ? network.get(request)
        : network.sendCustomRequest(request, method, body);
    RawAnswer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, answerWaitMs)) {
        reply->abort();
        delete reply;
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.errorType = reply->rawHeader("x-amzn-ErrorType");
    answer.body = reply->readAll();
    delete reply;
    return answer;
}

} // namespace

using BuildRequest = std::function<Outcome<PreparedRequest>()>;
using Tamper = std::function<void(QNetworkRequest &, QByteArray &body)>;
Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(BuildRequest)
Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(ChimeError::Kind)

class TstClientEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listAccounts_data();
    void listAccounts();
    void listAccountsPages();
    void getAccount_data();
    void getAccount();
    void listUsersFilters_data();
    void listUsersFilters();
    void listUsersPagination_data();
    void listUsersPagination();
    void getUser_data();
    void getUser();
    void updateUserThenGetUser_data();
    void updateUserThenGetUser();
    void batchUpdateUser();
    void idsStayOnePathSegment_data();
    void idsStayOnePathSegment();

    void serviceErrors_data();
    void serviceErrors();
    void injectedErrors_data();
    void injectedErrors();
    void connectionRefused();
    void timeout();
    void droppedConnection_data();
    void droppedConnection();
    void unreadableSuccess_data();
    void unreadableSuccess();
    void signatureRefused_data();
    void signatureRefused();
    void answersComeInEveryForm();
    void tamperedAfterSigning_data();
    void tamperedAfterSigning();

private:
    QNetworkRequest signedRequest(const PreparedRequest &prepared) const;
    std::unique_ptr<ChimeEmulator> m_emulator;
};

void TstClientEmulator::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TstClientEmulator::init()
{
    // A fresh emulator for every test function and row: updates never leak between them.
    m_emulator = startEmulator();
    QVERIFY(m_emulator);
}

void TstClientEmulator::listAccounts_data()
{
    QTest::addColumn<std::optional<QString>>("name");
    QTest::addColumn<std::optional<QString>>("userEmail");
    QTest::addColumn<QStringList>("expected");

    const std::optional<QString> none;
    QTest::newRow("all") << none << none << QStringList { mainAccount, otherAccount, oddAccount };
    QTest::newRow("name") << std::optional(u"Other Org"_s) << none << QStringList { otherAccount };
    QTest::newRow("name with '&', '/', '=', '?' and non-ASCII")
        << std::optional(oddAccountName) << none << QStringList { oddAccount };
    QTest::newRow("unknown name") << std::optional(u"Nobody Inc"_s) << none << QStringList {};
    QTest::newRow("user email with '+'")
        << none << std::optional(u"first+tag@example.com"_s) << QStringList { mainAccount };
    QTest::newRow("user email in another case")
        << none << std::optional(u"SHARED@Other.Example"_s) << QStringList { otherAccount };
    QTest::newRow("unknown user email")
        << none << std::optional(u"nobody@example.com"_s) << QStringList {};
    QTest::newRow("name and email")
        << std::optional(u"Main Co"_s) << std::optional(u"ada@example.com"_s)
        << QStringList { mainAccount };
}

void TstClientEmulator::listAccounts()
{
    QFETCH(std::optional<QString>, name);
    QFETCH(std::optional<QString>, userEmail);
    QFETCH(QStringList, expected);

    ClientFixture client(m_emulator->endpoint());
    ListAccountsRequest request;
    request.name = name;
    request.userEmail = userEmail;
    const auto page = client.listAccounts(request);
    QVERIFY2(page && page->isOk(), describe(page).constData());
    QStringList ids;
    for (const Account &account : page->value().accounts) {
        ids.append(account.accountId);
        const Account *stored = storeAccount(m_emulator->store(), account.accountId);
        QVERIFY(stored);
        QVERIFY(account == *stored); // every member survives the wire
    }
    QCOMPARE(ids, expected);
    QVERIFY(page->value().nextToken.isEmpty());
    QVERIFY(!page->requestId().isEmpty());
}

void TstClientEmulator::listAccountsPages()
{
    ClientFixture client(m_emulator->endpoint());
    QStringList ids;
    ListAccountsRequest request;
    request.maxResults = 2;
    int pages = 0;
    do {
        const auto page = client.listAccounts(request);
        QVERIFY2(page && page->isOk(), describe(page).constData());
        for (const Account &account : page->value().accounts)
            ids.append(account.accountId);
        request.nextToken = page->value().nextToken;
        QVERIFY(++pages <= 3);
    } while (!request.nextToken->isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(ids, (QStringList { mainAccount, otherAccount, oddAccount }));
}

void TstClientEmulator::getAccount_data()
{
    QTest::addColumn<QString>("accountId");

    QTest::newRow("plain id") << mainAccount;
    QTest::newRow("id with '/', '?', '#', space and non-ASCII") << oddAccount;
}

void TstClientEmulator::getAccount()
{
    QFETCH(QString, accountId);

    ClientFixture client(m_emulator->endpoint());
    const auto account = client.getAccount(accountId);
    QVERIFY2(account && account->isOk(), describe(account).constData());
    const Account *stored = storeAccount(m_emulator->store(), accountId);
    QVERIFY(stored);
    QVERIFY(account->value() == *stored);
    QCOMPARE(account->value().accountId, accountId);
    QVERIFY(!account->requestId().isEmpty());

    // Its users are reachable under the same id.
    ListUsersRequest request;
    request.accountId = accountId;
    const auto users = client.listUsers(request);
    QVERIFY2(users && users->isOk(), describe(users).constData());
    QCOMPARE(users->value().users.size(), storeUsers(m_emulator->store(), accountId).size());
}

void TstClientEmulator::listUsersFilters_data()
{
    QTest::addColumn<std::optional<QString>>("userEmail");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QStringList>("expected"); // empty with matchAll: every user of that type
    QTest::addColumn<bool>("matchAll");

    const std::optional<QString> none;
    QTest::newRow("email with '+'") << std::optional(u"first+tag@example.com"_s) << QString()
                                    << QStringList { u"u-plus"_s } << false;
    QTest::newRow("email with '+', other case")
        << std::optional(u"First+TAG@Example.com"_s) << QString() << QStringList { u"u-plus"_s }
        << false;
    QTest::newRow("email with ' ' instead of '+'")
        << std::optional(u"first tag@example.com"_s) << QString() << QStringList {} << false;
    QTest::newRow("email of another account")
        << std::optional(u"other@example.com"_s) << QString() << QStringList {} << false;
    QTest::newRow("SharedDevice") << none << u"SharedDevice"_s << QStringList {} << true;
    QTest::newRow("PrivateUser") << none << u"PrivateUser"_s << QStringList {} << true;
    QTest::newRow("SharedDevice and email")
        << std::optional(u"room@example.com"_s) << u"SharedDevice"_s
        << QStringList { u"u-shared"_s } << false;
    QTest::newRow("PrivateUser and a SharedDevice's email")
        << std::optional(u"room@example.com"_s) << u"PrivateUser"_s << QStringList {} << false;
}

void TstClientEmulator::listUsersFilters()
{
    QFETCH(std::optional<QString>, userEmail);
    QFETCH(QString, userType);
    QFETCH(QStringList, expected);
    QFETCH(bool, matchAll);

    if (matchAll) {
        for (const User *user : storeUsers(m_emulator->store(), mainAccount)) {
            if (user->userType.wireName() == userType)
                expected.append(user->userId);
        }
        QVERIFY(expected.size() >= 2);
    }
    ClientFixture client(m_emulator->endpoint());
    ListUsersRequest request;
    request.accountId = mainAccount;
    request.userEmail = userEmail;
    if (!userType.isEmpty())
        request.userType = UserTypeValue::fromWire(userType);
    request.maxResults = 200;
    const auto page = client.listUsers(request);
    QVERIFY2(page && page->isOk(), describe(page).constData());
    QStringList ids;
    for (const User &user : page->value().users) {
        ids.append(user.userId);
        if (!userType.isEmpty())
            QCOMPARE(user.userType.wireName(), userType);
    }
    QCOMPARE(ids, expected);
    QVERIFY(page->value().nextToken.isEmpty());
}

void TstClientEmulator::listUsersPagination_data()
{
    QTest::addColumn<std::optional<int>>("maxResults");
    QTest::addColumn<QString>("userType");

    QTest::newRow("pages of 1") << std::optional(1) << QString();
    QTest::newRow("pages of 7") << std::optional(7) << QString();
    QTest::newRow("pages of 47 (one short of all)") << std::optional(47) << QString();
    QTest::newRow("pages of 48 (exactly all)") << std::optional(48) << QString();
    QTest::newRow("pages of 200") << std::optional(200) << QString();
    QTest::newRow("default page size") << std::optional<int>() << QString();
    QTest::newRow("PrivateUser, pages of 6") << std::optional(6) << u"PrivateUser"_s;
    QTest::newRow("SharedDevice, pages of 2") << std::optional(2) << u"SharedDevice"_s;
}

void TstClientEmulator::listUsersPagination()
{
    QFETCH(std::optional<int>, maxResults);
    QFETCH(QString, userType);

    QStringList expected;
    for (const User *user : storeUsers(m_emulator->store(), mainAccount)) {
        if (userType.isEmpty() || user->userType.wireName() == userType)
            expected.append(user->userId);
    }
    if (userType.isEmpty())
        QCOMPARE(expected.size(), 48);

    ClientFixture client(m_emulator->endpoint());
    ListUsersRequest request;
    request.accountId = mainAccount;
    request.maxResults = maxResults;
    if (!userType.isEmpty())
        request.userType = UserTypeValue::fromWire(userType);
    const int pageSize = maxResults.value_or(EmulatorStore::defaultPageSize);
    QStringList ids;
    QSet<QString> requestIds;
    int pages = 0;
    do {
        const auto page = client.listUsers(request);
        QVERIFY2(page && page->isOk(), describe(page).constData());
        QVERIFY(page->value().users.size() <= pageSize);
        for (const User &user : page->value().users) {
            ids.append(user.userId);
            QVERIFY(user == *m_emulator->store().findUser(mainAccount, user.userId));
        }
        requestIds.insert(page->requestId());
        request.nextToken = page->value().nextToken;
        QVERIFY2(++pages <= expected.size() + 1, "the pages do not end");
    } while (!request.nextToken->isEmpty());

    QCOMPARE(ids, expected); // exactly all, in order, none twice
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(pages,
        static_cast<int>(std::max<qsizetype>(1, (expected.size() + pageSize - 1) / pageSize)));
    QCOMPARE(requestIds.size(), pages); // every answer has its own request id
}

void TstClientEmulator::getUser_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("userId");

    QTest::newRow("plain") << mainAccount << u"u-1"_s;
    QTest::newRow("plus address user") << mainAccount << u"u-plus"_s;
    for (const QString &id : oddUserIds)
        QTest::addRow("odd id \"%s\"", qPrintable(id)) << mainAccount << id;
    QTest::newRow("user of the odd account") << oddAccount << u"u-1"_s;
}

void TstClientEmulator::getUser()
{
    QFETCH(QString, accountId);
    QFETCH(QString, userId);

    ClientFixture client(m_emulator->endpoint());
    const auto user = client.getUser(accountId, userId);
    QVERIFY2(user && user->isOk(), describe(user).constData());
    QCOMPARE(user->value().userId, userId);
    QVERIFY(user->value() == *m_emulator->store().findUser(accountId, userId));
    QVERIFY(!user->requestId().isEmpty());
}

void TstClientEmulator::updateUserThenGetUser_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<License>("from");
    QTest::addColumn<License>("to");

    QTest::newRow("Pro to Basic") << u"u-1"_s << License::Pro << License::Basic;
    QTest::newRow("Basic to Plus") << u"u-plus"_s << License::Basic << License::Plus;
    QTest::newRow("odd id a/b, Basic to Pro") << u"a/b"_s << License::Basic << License::Pro;
    QTest::newRow("odd id q?x=1, Basic to Plus") << u"q?x=1"_s << License::Basic << License::Plus;
    QTest::newRow("odd non-ASCII id, Basic to Pro")
        << u"ünï-çødé 名前"_s << License::Basic << License::Pro;
}

void TstClientEmulator::updateUserThenGetUser()
{
    QFETCH(QString, userId);
    QFETCH(License, from);
    QFETCH(License, to);

    ClientFixture client(m_emulator->endpoint());
    const auto before = client.getUser(mainAccount, userId);
    QVERIFY2(before && before->isOk(), describe(before).constData());
    QCOMPARE(before->value().licenseType, LicenseValue(from));
    const QByteArray storeBefore = m_emulator->store().toJson();

    const auto updated = client.updateUser(mainAccount, licenseUpdate(userId, to));
    QVERIFY2(updated && updated->isOk(), describe(updated).constData());
    // The answer carries only the id; nothing else is claimed about the user.
    User onlyId;
    onlyId.userId = userId;
    QVERIFY(updated->value() == onlyId);
    QVERIFY(!updated->requestId().isEmpty());

    const auto after = client.getUser(mainAccount, userId);
    QVERIFY2(after && after->isOk(), describe(after).constData());
    QCOMPARE(after->value().licenseType, LicenseValue(to));
    User expected = before->value();
    expected.licenseType = to;
    QVERIFY(after->value() == expected); // nothing else changed
    QCOMPARE(m_emulator->store().findUser(mainAccount, userId)->licenseType, LicenseValue(to));

    // Only this user changed: undoing it on a copy of the store gives the store as it was.
    EmulatorStore reverted = m_emulator->store();
    const QByteArray undo = "{\"LicenseType\":\"" + LicenseValue(from).wireName().toUtf8() + "\"}";
    QCOMPARE(reverted.updateUser(mainAccount, userId, undo).status, 200);
    QCOMPARE(reverted.toJson(), storeBefore);
}

void TstClientEmulator::batchUpdateUser()
{
    ClientFixture client(m_emulator->endpoint());
    const QList<UserUpdate> updates {
        licenseUpdate(u"u-plus"_s, License::Plus), // fine
        licenseUpdate(u"nobody"_s, License::Pro), // no such user
        licenseUpdate(u"u-shared"_s, License::ProTrial), // not supported by this account
        licenseUpdate(u"a/b"_s, License::Pro), // fine, odd id in the body
        licenseUpdate(u"o-1"_s, License::Basic), // a user of another account
    };
    const auto result = client.batchUpdateUser(mainAccount, updates);
    QVERIFY2(result && result->isOk(), describe(result).constData());
    QVERIFY(!result->requestId().isEmpty());
    const QList<UserError> &errors = result->value().userErrors;
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors[0].userId, u"nobody"_s);
    QCOMPARE(errors[0].errorCode, u"NotFound"_s);
    QVERIFY(errors[0].errorMessage.contains(u"nobody"_s));
    QCOMPARE(errors[1].userId, u"u-shared"_s);
    QCOMPARE(errors[1].errorCode, u"BadRequest"_s);
    QVERIFY(errors[1].errorMessage.contains(u"ProTrial"_s));
    QCOMPARE(errors[2].userId, u"o-1"_s);
    QCOMPARE(errors[2].errorCode, u"NotFound"_s);

    // The others were updated, as GetUser shows.
    const auto plus = client.getUser(mainAccount, u"u-plus"_s);
    QVERIFY2(plus && plus->isOk(), describe(plus).constData());
    QCOMPARE(plus->value().licenseType, LicenseValue(License::Plus));
    const auto odd = client.getUser(mainAccount, u"a/b"_s);
    QVERIFY2(odd && odd->isOk(), describe(odd).constData());
    QCOMPARE(odd->value().licenseType, LicenseValue(License::Pro));
    const auto shared = client.getUser(mainAccount, u"u-shared"_s);
    QVERIFY2(shared && shared->isOk(), describe(shared).constData());
    QCOMPARE(shared->value().licenseType, LicenseValue(License::Pro));
    QCOMPARE(m_emulator->store().findUser(otherAccount, u"o-1"_s)->licenseType,
        LicenseValue(License::Pro));
}

void TstClientEmulator::idsStayOnePathSegment_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("missingId"); // the id the 404 must name

    // Each id, were it not escaped, would reach another resource that exists (or another
    // operation): the answer must be NotFoundException for exactly this id.
    const auto account = [](const char *name, const QString &id) {
        QTest::newRow(name) << getAccountOp(id) << id;
    };
    account("GetAccount \"acc-main/users\" (would be ListUsers)", mainAccount + u"/users"_s);
    account("GetAccount \"acc-main?x=1\" (would be GetAccount acc-main)", mainAccount + u"?x=1"_s);
    account("GetAccount \"acc-main#x\"", mainAccount + u"#x"_s);
    account("GetAccount \"acc-main \"", mainAccount + u" "_s);
    account("GetAccount \"acc%2Dmain\" (would decode twice)", u"acc%2Dmain"_s);
    account("GetAccount \"acc/odd\" (a prefix of the odd account)", u"acc/odd"_s);
    account("GetAccount non-ASCII", u"äcc-main"_s);

    const auto user = [](const char *name, const QString &id) {
        QTest::newRow(name) << getUserOp(mainAccount, id) << id;
    };
    user("GetUser \"u-1/x\"", u"u-1/x"_s);
    user("GetUser \"a/b/c\"", u"a/b/c"_s);
    user("GetUser \"u-1?x=1\" (would be GetUser u-1)", u"u-1?x=1"_s);
    user("GetUser \"u-1#x\" (would be GetUser u-1)", u"u-1#x"_s);
    user("GetUser \"u 1\"", u"u 1"_s);
    user("GetUser \"%75-1\" (would decode twice to u-1)", u"%75-1"_s);
    user("GetUser \"a b\" (odd user is \"a+b\")", u"a b"_s);
    user("GetUser non-ASCII", u"ü-1"_s);
    user("GetUser \"users/u-1\"", u"users/u-1"_s);

    QTest::newRow("ListUsers of \"acc-main/users/u-1\"")
        << listUsersOp({ mainAccount + u"/users/u-1"_s, {}, {}, {}, {} })
        << mainAccount + u"/users/u-1"_s;
    QTest::newRow("UpdateUser \"u-1?x\" (would update u-1)")
        << updateUserOp(mainAccount, licenseUpdate(u"u-1?x"_s, License::Basic)) << u"u-1?x"_s;
    QTest::newRow("UpdateUser \"u-1/x\"")
        << updateUserOp(mainAccount, licenseUpdate(u"u-1/x"_s, License::Basic)) << u"u-1/x"_s;
    QTest::newRow("BatchUpdateUser of account \"acc-main/users\"")
        << batchUpdateUserOp(mainAccount + u"/users"_s, { licenseUpdate(u"u-1"_s, License::Basic) })
        << mainAccount + u"/users"_s;
}

void TstClientEmulator::idsStayOnePathSegment()
{
    QFETCH(Operation, operation);
    QFETCH(QString, missingId);

    const QByteArray before = m_emulator->store().toJson();
    ClientFixture client(m_emulator->endpoint());
    bool answered = false;
    const std::optional<ChimeError> error = operation(client, &answered);
    QVERIFY(answered);
    QVERIFY2(error.has_value(), "succeeded: the id reached another resource");
    QCOMPARE(error->kind(), ChimeError::Kind::NotFound);
    QCOMPARE(error->httpStatus(), 404);
    QCOMPARE(error->code(), u"NotFoundException"_s); // not UnknownOperationException
    QVERIFY2(error->message().contains(u" "_s + missingId + u" was not found"_s),
        qPrintable(error->message()));
    QVERIFY(!error->requestId().isEmpty());
    QCOMPARE(m_emulator->store().toJson(), before); // nothing was updated
}

void TstClientEmulator::serviceErrors_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<ChimeError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const auto bad = ChimeError::Kind::BadRequest;
    const auto notFound = ChimeError::Kind::NotFound;
    const QString badCode = u"BadRequestException"_s;
    const QString notFoundCode = u"NotFoundException"_s;

    ListUsersRequest robot { mainAccount, {}, UserTypeValue::fromWire(u"Robot"_s), {}, {} };
    QTest::newRow("ListUsers, unknown user type: 400")
        << listUsersOp(robot) << u"ListUsers"_s << bad << 400 << badCode << u"Robot"_s;
    ListUsersRequest badToken { mainAccount, {}, {}, {}, u"bm90IGEgdG9rZW4"_s };
    QTest::newRow("ListUsers, foreign next-token: 400")
        << listUsersOp(badToken) << u"ListUsers"_s << bad << 400 << badCode << u"next-token"_s;
    ListAccountsRequest badAccountsToken { {}, {}, {}, u"!!"_s };
    QTest::newRow("ListAccounts, bad next-token: 400")
        << listAccountsOp(badAccountsToken) << u"ListAccounts"_s << bad << 400 << badCode
        << u"next-token"_s;
    QTest::newRow("UpdateUser, license the account lacks: 400")
        << updateUserOp(mainAccount, licenseUpdate(u"u-1"_s, License::ProTrial)) << u"UpdateUser"_s
        << bad << 400 << badCode << u"ProTrial"_s;
    UserUpdate gold;
    gold.userId = u"u-1"_s;
    gold.licenseType = LicenseValue::fromWire(u"Gold"_s); // sent as it is
    QTest::newRow("UpdateUser, unknown license name: 400")
        << updateUserOp(mainAccount, gold) << u"UpdateUser"_s << bad << 400 << badCode << u"Gold"_s;

    QTest::newRow("GetAccount, unknown: 404")
        << getAccountOp(u"missing-account"_s) << u"GetAccount"_s << notFound << 404 << notFoundCode
        << u"missing-account"_s;
    QTest::newRow("ListUsers, unknown account: 404")
        << listUsersOp({ u"missing-account"_s, {}, {}, {}, {} }) << u"ListUsers"_s << notFound
        << 404 << notFoundCode << u"missing-account"_s;
    QTest::newRow("GetUser, unknown user: 404")
        << getUserOp(mainAccount, u"missing-user"_s) << u"GetUser"_s << notFound << 404
        << notFoundCode << u"missing-user"_s;
    QTest::newRow("UpdateUser, unknown user: 404")
        << updateUserOp(mainAccount, licenseUpdate(u"missing-user"_s, License::Basic))
        << u"UpdateUser"_s << notFound << 404 << notFoundCode << u"missing-user"_s;
    QTest::newRow("BatchUpdateUser, unknown account: 404")
        << batchUpdateUserOp(u"missing-account"_s, { licenseUpdate(u"u-1"_s, License::Basic) })
        << u"BatchUpdateUser"_s << notFound << 404 << notFoundCode << u"missing-account"_s;
}

void TstClientEmulator::serviceErrors()
{
    QFETCH(Operation, operation);
    QFETCH(QString, operationName);
    QFETCH(ChimeError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    ClientFixture client(m_emulator->endpoint());
    bool answered = false;
    const std::optional<ChimeError> error = operation(client, &answered);
    QVERIFY(answered);
    QVERIFY2(error.has_value(), "succeeded");
    QCOMPARE(error->kind(), kind);
    QCOMPARE(error->httpStatus(), status);
    QCOMPARE(error->operation(), operationName);
    QCOMPARE(error->code(), code);
    QVERIFY2(error->message().contains(messagePart), qPrintable(error->message()));
    QVERIFY(!error->requestId().isEmpty());
    QVERIFY(error->userMessage().contains(error->requestId()));
}

void TstClientEmulator::injectedErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ChimeError::Kind>("kind");
    QTest::addColumn<QString>("code"); // empty: not checked

    QTest::newRow("401") << 401 << ChimeError::Kind::Unauthorized
                         << u"UnauthorizedClientException"_s;
    QTest::newRow("403") << 403 << ChimeError::Kind::Forbidden << u"ForbiddenException"_s;
    QTest::newRow("429") << 429 << ChimeError::Kind::Throttled << u"ThrottledClientException"_s;
    QTest::newRow("500") << 500 << ChimeError::Kind::ServiceFailure << u"ServiceFailureException"_s;
    QTest::newRow("503") << 503 << ChimeError::Kind::ServiceUnavailable
                         << u"ServiceUnavailableException"_s;
    QTest::newRow("502") << 502 << ChimeError::Kind::OtherHttpStatus << QString();
}

void TstClientEmulator::injectedErrors()
{
    QFETCH(int, status);
    QFETCH(ChimeError::Kind, kind);
    QFETCH(QString, code);

    const std::unique_ptr<ChimeEmulator> failing = startEmulator(faultConfig(1.0, { status }, 0.0));
    QVERIFY(failing);
    const QByteArray before = failing->store().toJson();
    ClientFixture client(failing->endpoint());
    const QList<std::pair<QString, Operation>> operations {
        { u"ListAccounts"_s, listAccountsOp({}) },
        { u"GetAccount"_s, getAccountOp(mainAccount) },
        { u"ListUsers"_s, listUsersOp({ mainAccount, {}, {}, {}, {} }) },
        { u"GetUser"_s, getUserOp(mainAccount, u"u-1"_s) },
        { u"UpdateUser"_s, updateUserOp(mainAccount, licenseUpdate(u"u-1"_s, License::Basic)) },
        { u"BatchUpdateUser"_s,
            batchUpdateUserOp(mainAccount, { licenseUpdate(u"u-1"_s, License::Basic) }) },
    };
    for (const auto &[name, operation] : operations) {
        bool answered = false;
        const std::optional<ChimeError> error = operation(client, &answered);
        QVERIFY2(answered, qPrintable(name));
        QVERIFY2(error.has_value(), qPrintable(name));
        QCOMPARE(error->operation(), name);
        QCOMPARE(error->kind(), kind);
        QCOMPARE(error->httpStatus(), status);
        if (!code.isEmpty())
            QCOMPARE(error->code(), code);
        QVERIFY2(error->message().contains(u"injected"_s, Qt::CaseInsensitive),
            qPrintable(error->message()));
        QVERIFY(!error->requestId().isEmpty());
    }
    QCOMPARE(failing->store().toJson(), before); // a failed update changed nothing
}

void TstClientEmulator::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    } // closed: nothing listens there now
    QUrl endpoint;
    endpoint.setScheme(u"http"_s);
    endpoint.setHost(u"127.0.0.1"_s);
    endpoint.setPort(port);
    ClientFixture client(endpoint);
    const auto account = client.getAccount(mainAccount);
    QVERIFY2(account.has_value(), "no answer");
    QVERIFY(!account->isOk());
    const ChimeError &error = account->error();
    QCOMPARE(error.kind(), ChimeError::Kind::NetworkFailure);
    QCOMPARE(error.operation(), u"GetAccount"_s);
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY2(
        error.message().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error.message()));
}

void TstClientEmulator::timeout()
{
    RawServer silent { QByteArray() };
    QVERIFY(silent.listen());
    ClientFixture client(
        silent.endpoint(), EmulatorConfig::demoCredentials(), {}, std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const auto users = client.listUsers({ mainAccount, {}, {}, {}, {} });
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(users.has_value(), "no answer");
    QVERIFY(!users->isOk());
    QCOMPARE(users->error().kind(), ChimeError::Kind::Timeout);
    QCOMPARE(users->error().operation(), u"ListUsers"_s);
    QVERIFY(!users->error().message().isEmpty());
    // A timed-out attempt is retried, each on a fresh connection, until the attempts run out.
    QCOMPARE(silent.connections(), RetryPolicy().maxAttempts);
    QCOMPARE(users->error().attempts(), RetryPolicy().maxAttempts);
    QVERIFY2(elapsed >= 3 * 250 && elapsed < 8000, qPrintable(QString::number(elapsed)));
}

void TstClientEmulator::droppedConnection_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("changedUser"); // a user the operation updates anyway

    QTest::newRow("GetAccount") << getAccountOp(mainAccount) << QString();
    QTest::newRow("ListUsers") << listUsersOp({ mainAccount, {}, {}, {}, {} }) << QString();
    QTest::newRow("UpdateUser") << updateUserOp(
        mainAccount, licenseUpdate(u"u-1"_s, License::Basic))
                                << u"u-1"_s;
}

void TstClientEmulator::droppedConnection()
{
    QFETCH(Operation, operation);
    QFETCH(QString, changedUser);

    const std::unique_ptr<ChimeEmulator> flaky = startEmulator(faultConfig(0.0, { 500 }, 1.0));
    QVERIFY(flaky);
    ClientFixture client(flaky->endpoint());
    bool answered = false;
    const std::optional<ChimeError> error = operation(client, &answered);
    QVERIFY(answered);
    QVERIFY2(error.has_value(), "a cut-off answer was taken as a success");
    QCOMPARE(error->kind(), ChimeError::Kind::NetworkFailure);
    QVERIFY(!error->message().isEmpty());
    QVERIFY(!error->requestId().isEmpty()); // the head arrived, with the request id
    if (!changedUser.isEmpty()) {
        // The operation took effect; only its answer was lost.
        QCOMPARE(flaky->store().findUser(mainAccount, changedUser)->licenseType,
            LicenseValue(License::Basic));
    }
}

void TstClientEmulator::unreadableSuccess_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GetAccount, not json") << getAccountOp(mainAccount) << QByteArray("not json");
    QTest::newRow("GetAccount, empty body") << getAccountOp(mainAccount) << QByteArray();
    QTest::newRow("GetAccount, no Account") << getAccountOp(mainAccount) << QByteArray("{}");
    QTest::newRow("GetAccount, Account is a string")
        << getAccountOp(mainAccount) << QByteArray(R"({"Account":"acc-main"})");
    QTest::newRow("ListUsers, not json")
        << listUsersOp({ mainAccount, {}, {}, {}, {} }) << QByteArray("not json");
    QTest::newRow("ListUsers, Users not a list")
        << listUsersOp({ mainAccount, {}, {}, {}, {} }) << QByteArray(R"({"Users":{}})");
    QTest::newRow("ListAccounts, HTML") << listAccountsOp({}) << QByteArray("<html>hi</html>");
    QTest::newRow("BatchUpdateUser, not json")
        << batchUpdateUserOp(mainAccount, { licenseUpdate(u"u-1"_s, License::Basic) })
        << QByteArray("not json");
}

void TstClientEmulator::unreadableSuccess()
{
    QFETCH(Operation, operation);
    QFETCH(QByteArray, body);

    RawServer server(httpResponse("200 OK", "x-amzn-RequestId: raw-request-1\r\n", body));
    QVERIFY(server.listen());
    ClientFixture client(server.endpoint());
    bool answered = false;
    const std::optional<ChimeError> error = operation(client, &answered);
    QVERIFY(answered);
    QVERIFY2(error.has_value(), "an unreadable answer was taken as a success");
    QCOMPARE(error->kind(), ChimeError::Kind::UnreadableResponse);
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(error->requestId(), u"raw-request-1"_s);
}

void TstClientEmulator::signatureRefused_data()
{
    QTest::addColumn<AwsCredentials>("credentials");
    QTest::addColumn<qint64>("clockOffsetSeconds");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const AwsCredentials demo = EmulatorConfig::demoCredentials();
    QTest::newRow("wrong secret") << AwsCredentials { demo.accessKeyId, u"wrong-secret"_s,
        QString() } << qint64(0) << u"InvalidSignatureException"_s
                                  << u"signature"_s;
    QTest::newRow("unknown key") << AwsCredentials { u"AKIDUNKNOWN000000000"_s,
        demo.secretAccessKey, QString() }
                                 << qint64(0) << u"UnrecognizedClientException"_s
                                 << u"security token"_s;
    QTest::newRow("unexpected session token")
        << AwsCredentials { demo.accessKeyId, demo.secretAccessKey, u"some-token"_s } << qint64(0)
        << u"UnrecognizedClientException"_s << u"security token"_s;
    QTest::newRow("clock 10 minutes ahead")
        << demo << qint64(600) << u"InvalidSignatureException"_s << u"Signature expired"_s;
    QTest::newRow("clock 10 minutes behind")
        << demo << qint64(-600) << u"InvalidSignatureException"_s << u"Signature expired"_s;
}

void TstClientEmulator::signatureRefused()
{
    QFETCH(AwsCredentials, credentials);
    QFETCH(qint64, clockOffsetSeconds);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    ClientFixture client(m_emulator->endpoint(), credentials, [clockOffsetSeconds] {
        return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
    });
    const QByteArray before = m_emulator->store().toJson();
    const QList<std::pair<QString, Operation>> operations {
        { u"GetAccount"_s, getAccountOp(mainAccount) },
        { u"UpdateUser"_s, updateUserOp(mainAccount, licenseUpdate(u"u-1"_s, License::Basic)) },
    };
    for (const auto &[name, operation] : operations) {
        bool answered = false;
        const std::optional<ChimeError> error = operation(client, &answered);
        QVERIFY(answered);
        QVERIFY2(error.has_value(), qPrintable(name + u" was accepted"_s));
        QCOMPARE(error->operation(), name);
        QCOMPARE(error->kind(), ChimeError::Kind::Forbidden);
        QCOMPARE(error->httpStatus(), 403);
        QCOMPARE(error->code(), code);
        QVERIFY2(error->message().contains(messagePart, Qt::CaseInsensitive),
            qPrintable(error->message()));
        QVERIFY(!error->requestId().isEmpty());
        // The service's clock comes along, so a skew can be told apart from a wrong key.
        QVERIFY(error->serverDate().isValid());
        QVERIFY(std::abs(error->serverDate().secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    QCOMPARE(m_emulator->store().toJson(), before);
}

void TstClientEmulator::tamperedAfterSigning_data()
{
    QTest::addColumn<BuildRequest>("build");
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<int>("status");

    const BuildRequest update = [] {
        return ChimeRequestBuilder::updateUser(
            { mainAccount, licenseUpdate(u"u-1"_s, License::Basic) });
    };
    const BuildRequest list = [] {
        ListUsersRequest request;
        request.accountId = mainAccount;
        request.maxResults = 5;
        request.userEmail = u"first+tag@example.com"_s;
        return ChimeRequestBuilder::listUsers(request);
    };
    const Tamper nothing = [](QNetworkRequest &, QByteArray &) {};
    const auto editUrl = [](QByteArray from, QByteArray to) {
        return Tamper([from, to](QNetworkRequest &request, QByteArray &) {
            QByteArray url = request.url().toEncoded();
            QVERIFY(url.contains(from));
            url.replace(from, to);
            request.setUrl(QUrl::fromEncoded(url, QUrl::StrictMode));
        });
    };

    // Controls: sent as signed, both are accepted.
    QTest::newRow("UpdateUser as signed") << update << nothing << 200;
    QTest::newRow("ListUsers as signed") << list << nothing << 200;

    QTest::newRow("UpdateUser, other body")
        << update
        << Tamper([](QNetworkRequest &, QByteArray &body) { body.replace("Basic", "Plus"); })
        << 403;
    QTest::newRow("UpdateUser, body with an extra member")
        << update << Tamper([](QNetworkRequest &, QByteArray &body) {
               body.replace("}", R"(,"UserType":"SharedDevice"})");
           })
        << 403;
    QTest::newRow("UpdateUser, other user in the path")
        << update << editUrl("/users/u-1", "/users/u-plus") << 403;
    QTest::newRow("ListUsers, other max-results")
        << list << editUrl("max-results=5", "max-results=6") << 403;
    QTest::newRow("ListUsers, other user-email")
        << list << editUrl("user-email=first%2Btag", "user-email=first%2Btab") << 403;
    QTest::newRow("ListUsers, parameter added")
        << list << editUrl("max-results=5", "max-results=5&user-type=PrivateUser") << 403;
    QTest::newRow("ListUsers, query dropped")
        << list << Tamper([](QNetworkRequest &request, QByteArray &) {
               QUrl url = request.url();
               url.setQuery(QString());
               request.setUrl(url);
           })
        << 403;
}

QNetworkRequest TstClientEmulator::signedRequest(const PreparedRequest &prepared) const
{
    const Outcome<ChimeEndpoint> endpoint
        = ChimeEndpoint::resolve(u"us-east-1"_s, m_emulator->endpoint().toString());
    const StaticCredentialsProvider credentials(EmulatorConfig::demoCredentials(), u"test"_s);
    const SignedRequestFactory factory(
        endpoint.value(), &credentials, [] { return QDateTime::currentDateTimeUtc(); });
    return factory.make(prepared).value();
}

// The emulator answers in every form the service uses: timestamps as epoch seconds with a
// fraction in GetAccount and GetUser (ISO 8601 elsewhere), errors with the header and a Code
// body, with a code body, and with only a __type body; the client reads every one the same.
void TstClientEmulator::answersComeInEveryForm()
{
    const auto send = [this](const Outcome<PreparedRequest> &prepared) {
        return sendRaw(signedRequest(prepared.value()), prepared.value().method, prepared.value().body);
    };
    const RawAnswer account = send(ChimeRequestBuilder::getAccount({ mainAccount }));
    QCOMPARE(account.status, 200);
    const QJsonValue created
        = QJsonDocument::fromJson(account.body).object().value(u"Account"_s)[u"CreatedTimestamp"_s];
    QVERIFY2(created.isDouble() && std::fmod(created.toDouble(), 1.0) != 0.0, account.body.constData());
    const RawAnswer listed = send(ChimeRequestBuilder::listAccounts({}));
    QVERIFY2(listed.body.contains("\"CreatedTimestamp\":\""), listed.body.constData());

    QSet<QString> forms;
    for (int i = 0; i < 3; ++i) {
        const RawAnswer missing = send(ChimeRequestBuilder::getUser({ mainAccount, u"no-such-user"_s }));
        QCOMPARE(missing.status, 404);
        const QJsonObject body = QJsonDocument::fromJson(missing.body).object();
        forms.insert(body.keys().join(u',') + (missing.errorType.isEmpty() ? u""_s : u"+header"_s));
        const ChimeError error = ChimeError::fromHttpResponse(u"GetUser"_s, missing.status,
                                                              missing.errorType, {}, missing.body);
        QCOMPARE(error.code(), u"NotFoundException"_s);
        QVERIFY2(!error.message().isEmpty(), missing.body.constData());
    }
    QCOMPARE(forms, (QSet<QString> { u"Code,Message+header"_s, u"code,message+header"_s,
                                      u"__type,message"_s }));
}

void TstClientEmulator::tamperedAfterSigning()
{
    QFETCH(BuildRequest, build);
    QFETCH(Tamper, tamper);
    QFETCH(int, status);

    const Outcome<PreparedRequest> prepared = build();
    QVERIFY(prepared.isOk());
    QNetworkRequest request = signedRequest(prepared.value());
    QByteArray body = prepared.value().body;
    tamper(request, body);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = m_emulator->store().toJson();
    const RawAnswer answer = sendRaw(request, prepared.value().method, body);
    QCOMPARE(answer.status, status);
    if (status == 403) {
        // As the service sends it: the name, then the coral namespace after a colon.
        QVERIFY2(answer.errorType.startsWith("InvalidSignatureException:"), answer.errorType.constData());
        QVERIFY2(answer.body.contains("signature"), answer.body.constData());
        QCOMPARE(m_emulator->store().toJson(), before);
    }
}

QTEST_GUILESS_MAIN(TstClientEmulator)

#include "tst_clientemulator.moc"
