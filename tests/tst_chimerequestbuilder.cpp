#include "core/chimerequestbuilder.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

// One call of the builder, so rows of one table can cover every operation.
using Build = std::function<Outcome<PreparedRequest>()>;
Q_DECLARE_METATYPE(Build)
Q_DECLARE_METATYPE(PreparedRequest)
Q_DECLARE_METATYPE(UserUpdate)

namespace {

// The query's "k=v" pairs exactly as encoded, in a stable order (SigV4 sorts them anyway, so the
// order the builder chose is not part of the contract; the bytes of each pair are).
QList<QByteArray> queryPairs(const QByteArray &query)
{
    QList<QByteArray> pairs = query.isEmpty() ? QList<QByteArray>() : query.split('&');
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object: %s", json.constData());
        return {};
    }
    return document.object();
}

// The request an accepted input gives; a refused one shows up as its error in `operation`.
PreparedRequest built(const Outcome<PreparedRequest> &outcome)
{
    if (outcome.isOk())
        return outcome.value();
    return PreparedRequest { u"refused: "_s + outcome.error().userMessage(), {}, {}, {}, {} };
}

UserUpdate licenseUpdate(const QString &userId, License license)
{
    UserUpdate update;
    update.userId = userId;
    update.licenseType = license;
    return update;
}

QList<UserUpdate> manyUpdates(int count)
{
    QList<UserUpdate> updates;
    for (int i = 0; i < count; ++i)
        updates.append(licenseUpdate(u"user-%1"_s.arg(i), License::Basic));
    return updates;
}

} // namespace

class TstChimerequestbuilder : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void userIdStaysOneSegment_data();
    void userIdStaysOneSegment();
    void dotIdsRefused_data();
    void dotIdsRefused();
    void accountIdStaysOneSegment_data();
    void accountIdStaysOneSegment();
    void emailIsEncodedInQuery();
    void blankIdsRefused_data();
    void blankIdsRefused();
    void maxResults_data();
    void maxResults();
    void batchSize_data();
    void batchSize();
    void batchBodyAsQJsonDocumentWritesIt_data();
    void batchBodyAsQJsonDocumentWritesIt();
};

void TstChimerequestbuilder::requests_data()
{
    QTest::addColumn<PreparedRequest>("request"); // what the builder made
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("query");
    QTest::addColumn<QByteArray>("body"); // JSON, or empty for no body

    // ListAccounts: GET /accounts, query name, user-email, max-results, next-token.
    QTest::newRow("ListAccounts, no members set")
        << built(ChimeRequestBuilder::listAccounts({})) << u"ListAccounts"_s << QByteArray("GET")
        << QByteArray("/accounts") << QList<QByteArray>() << QByteArray();
    {
        ListAccountsRequest request;
        request.name = u"Team A"_s;
        request.userEmail = u"a+b@example.com"_s;
        request.maxResults = 50;
        request.nextToken = u"tok/+=="_s;
        QTest::newRow("ListAccounts, every member set")
            << built(ChimeRequestBuilder::listAccounts(request)) << u"ListAccounts"_s
            << QByteArray("GET") << QByteArray("/accounts")
            << sorted({ "name=Team%20A", "user-email=a%2Bb%40example.com", "max-results=50",
                   "next-token=tok%2F%2B%3D%3D" })
            << QByteArray();
    }
    {
        ListAccountsRequest request;
        request.nextToken = u"abc"_s;
        QTest::newRow("ListAccounts, only next-token")
            << built(ChimeRequestBuilder::listAccounts(request)) << u"ListAccounts"_s
            << QByteArray("GET") << QByteArray("/accounts")
            << QList<QByteArray> { "next-token=abc" } << QByteArray();
    }

    // GetAccount: GET /accounts/{accountId}.
    QTest::newRow("GetAccount") << built(ChimeRequestBuilder::getAccount({ u"12a3456b-7c89"_s }))
                                << u"GetAccount"_s << QByteArray("GET")
                                << QByteArray("/accounts/12a3456b-7c89") << QList<QByteArray>()
                                << QByteArray();

    // ListUsers: GET /accounts/{accountId}/users, query user-email, user-type, max-results,
    // next-token.
    {
        ListUsersRequest request;
        request.accountId = u"acc"_s;
        QTest::newRow("ListUsers, no optional member set")
            << built(ChimeRequestBuilder::listUsers(request)) << u"ListUsers"_s << QByteArray("GET")
            << QByteArray("/accounts/acc/users") << QList<QByteArray>() << QByteArray();
        request.userEmail = u"a+b@example.com"_s;
        request.userType = UserType::SharedDevice;
        request.maxResults = 200;
        request.nextToken = u"next page"_s;
        QTest::newRow("ListUsers, every member set")
            << built(ChimeRequestBuilder::listUsers(request)) << u"ListUsers"_s << QByteArray("GET")
            << QByteArray("/accounts/acc/users")
            << sorted({ "user-email=a%2Bb%40example.com", "user-type=SharedDevice",
                   "max-results=200", "next-token=next%20page" })
            << QByteArray();
    }
    {
        ListUsersRequest request;
        request.accountId = u"acc"_s;
        request.userType = UserType::PrivateUser;
        QTest::newRow("ListUsers, user-type PrivateUser only")
            << built(ChimeRequestBuilder::listUsers(request)) << u"ListUsers"_s << QByteArray("GET")
            << QByteArray("/accounts/acc/users") << QList<QByteArray> { "user-type=PrivateUser" }
            << QByteArray();
        request.userType = UserTypeValue::fromWire(u"Robot"_s);
        QTest::newRow("ListUsers, unknown user-type sent as given")
            << built(ChimeRequestBuilder::listUsers(request)) << u"ListUsers"_s << QByteArray("GET")
            << QByteArray("/accounts/acc/users") << QList<QByteArray> { "user-type=Robot" }
            << QByteArray();
    }

    // GetUser: GET /accounts/{accountId}/users/{userId}.
    QTest::newRow("GetUser") << built(ChimeRequestBuilder::getUser({ u"acc"_s, u"user-1"_s }))
                             << u"GetUser"_s << QByteArray("GET")
                             << QByteArray("/accounts/acc/users/user-1") << QList<QByteArray>()
                             << QByteArray();

    // UpdateUser: POST /accounts/{accountId}/users/{userId}, body LicenseType, UserType,
    // AlexaForBusinessMetadata (UserId is in the URI, not the body).
    QTest::newRow("UpdateUser, license only (the documentation's sample request)")
        << built(ChimeRequestBuilder::updateUser(
               { u"acc"_s, licenseUpdate(u"user-1"_s, License::Basic) }))
        << u"UpdateUser"_s << QByteArray("POST") << QByteArray("/accounts/acc/users/user-1")
        << QList<QByteArray>() << QByteArray(R"({"LicenseType": "Basic"})");
    {
        UpdateUserRequest request;
        request.accountId = u"acc"_s;
        request.update.userId = u"user-1"_s;
        QTest::newRow("UpdateUser, nothing set gives an empty object")
            << built(ChimeRequestBuilder::updateUser(request)) << u"UpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users/user-1") << QList<QByteArray>()
            << QByteArray("{}");
        request.update.licenseType = License::ProTrial;
        request.update.userType = UserType::PrivateUser;
        request.update.alexaForBusinessMetadata
            = AlexaForBusinessMetadata { true, u"arn:aws:a4b:us-east-1:111122223333:room/abc"_s };
        QTest::newRow("UpdateUser, every member set")
            << built(ChimeRequestBuilder::updateUser(request)) << u"UpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users/user-1") << QList<QByteArray>()
            << QByteArray(R"({
                "LicenseType": "ProTrial",
                "UserType": "PrivateUser",
                "AlexaForBusinessMetadata": {
                    "IsAlexaForBusinessEnabled": true,
                    "AlexaForBusinessRoomArn": "arn:aws:a4b:us-east-1:111122223333:room/abc"
                }
            })");
    }
    {
        UpdateUserRequest request;
        request.accountId = u"acc"_s;
        request.update.userId = u"user-1"_s;
        request.update.alexaForBusinessMetadata = AlexaForBusinessMetadata { false, std::nullopt };
        QTest::newRow("UpdateUser, Alexa metadata with one member set")
            << built(ChimeRequestBuilder::updateUser(request)) << u"UpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users/user-1") << QList<QByteArray>()
            << QByteArray(R"({"AlexaForBusinessMetadata": {"IsAlexaForBusinessEnabled": false}})");
    }
    {
        UpdateUserRequest request;
        request.accountId = u"acc"_s;
        request.update.userId = u"user-1"_s;
        request.update.licenseType = LicenseValue::fromWire(u"Enterprise"_s);
        QTest::newRow("UpdateUser, unknown license sent as given")
            << built(ChimeRequestBuilder::updateUser(request)) << u"UpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users/user-1") << QList<QByteArray>()
            << QByteArray(R"({"LicenseType": "Enterprise"})");
    }

    // BatchUpdateUser: POST /accounts/{accountId}/users, body UpdateUserRequestItems (each with
    // its UserId).
    {
        BatchUpdateUserRequest request;
        request.accountId = u"acc"_s;
        request.updates.append(licenseUpdate(u"user-1"_s, License::Basic));
        UserUpdate second;
        second.userId = u"user-2"_s;
        second.userType = UserType::SharedDevice;
        second.alexaForBusinessMetadata = AlexaForBusinessMetadata { std::nullopt, u"arn:x"_s };
        request.updates.append(second);
        QTest::newRow("BatchUpdateUser, two items")
            << built(ChimeRequestBuilder::batchUpdateUser(request)) << u"BatchUpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users") << QList<QByteArray>()
            << QByteArray(R"({
                "UpdateUserRequestItems": [
                    {"UserId": "user-1", "LicenseType": "Basic"},
                    {"UserId": "user-2", "UserType": "SharedDevice",
                     "AlexaForBusinessMetadata": {"AlexaForBusinessRoomArn": "arn:x"}}
                ]
            })");
    }
    {
        BatchUpdateUserRequest request;
        request.accountId = u"acc"_s;
        UserUpdate update;
        update.userId = u"user-1"_s;
        request.updates.append(update);
        QTest::newRow("BatchUpdateUser, item with only UserId")
            << built(ChimeRequestBuilder::batchUpdateUser(request)) << u"BatchUpdateUser"_s
            << QByteArray("POST") << QByteArray("/accounts/acc/users") << QList<QByteArray>()
            << QByteArray(R"({"UpdateUserRequestItems": [{"UserId": "user-1"}]})");
    }
}

void TstChimerequestbuilder::requests()
{
    QFETCH(PreparedRequest, request);
    QFETCH(QString, operation);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, query);
    QFETCH(QByteArray, body);

    QCOMPARE(request.operation, operation);
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(queryPairs(request.query), query);
    QVERIFY(!request.query.startsWith('?'));
    if (body.isEmpty()) {
        QVERIFY2(request.body.isEmpty(), request.body.constData());
    } else {
        // Members compared as JSON; compact, so no line breaks are sent or signed.
        QCOMPARE(parseObject(request.body), parseObject(body));
        QVERIFY(!request.body.contains('\n'));
    }
}

void TstChimerequestbuilder::userIdStaysOneSegment_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QByteArray>("segment");

    QTest::newRow("slash") << u"a/b"_s << QByteArray("a%2Fb");
    QTest::newRow("climbing path")
        << u"../../accounts/other"_s << QByteArray("..%2F..%2Faccounts%2Fother");
    QTest::newRow("a..b") << u"a..b"_s << QByteArray("a..b");
    QTest::newRow("question mark")
        << u"a?operation=logout"_s << QByteArray("a%3Foperation%3Dlogout");
    QTest::newRow("hash") << u"a#frag"_s << QByteArray("a%23frag");
    QTest::newRow("spaces") << u" a b "_s << QByteArray("%20a%20b%20");
    QTest::newRow("non-ASCII") << u"Zoë 日本"_s << QByteArray("Zo%C3%AB%20%E6%97%A5%E6%9C%AC");
    QTest::newRow("email") << u"a+b@example.com"_s << QByteArray("a%2Bb%40example.com");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
}

void TstChimerequestbuilder::userIdStaysOneSegment()
{
    QFETCH(QString, userId);
    QFETCH(QByteArray, segment);

    const QByteArray expected = "/accounts/acc/users/" + segment;
    const Outcome<PreparedRequest> get = ChimeRequestBuilder::getUser({ u"acc"_s, userId });
    QVERIFY(get.isOk());
    QCOMPARE(get.value().path, expected);
    QVERIFY(get.value().query.isEmpty());

    const Outcome<PreparedRequest> update
        = ChimeRequestBuilder::updateUser({ u"acc"_s, licenseUpdate(userId, License::Pro) });
    QVERIFY(update.isOk());
    QCOMPARE(update.value().path, expected);
    QVERIFY(update.value().query.isEmpty());

    // In the batch the id is in the body and goes there unchanged.
    const Outcome<PreparedRequest> batch = ChimeRequestBuilder::batchUpdateUser(
        { u"acc"_s, { licenseUpdate(userId, License::Pro) } });
    QVERIFY(batch.isOk());
    QCOMPARE(batch.value().path, QByteArray("/accounts/acc/users"));
    const QJsonArray items
        = parseObject(batch.value().body).value("UpdateUserRequestItems"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value("UserId"_L1).toString(), userId);

    // Exactly four segments, only ASCII, nothing that ends the path.
    QCOMPARE(expected.split('/').size(), 5);
    for (const char c : expected)
        QVERIFY2(c > ' ' && c < 0x7f && c != '?' && c != '#', expected.constData());
}

void TstChimerequestbuilder::accountIdStaysOneSegment_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QByteArray>("path");

    const QString id = u"../a b/c?d#é"_s;
    const QByteArray segment = "..%2Fa%20b%2Fc%3Fd%23%C3%A9";
    QTest::newRow("GetAccount") << Build([id] { return ChimeRequestBuilder::getAccount({ id }); })
                                << QByteArray("/accounts/" + segment);
    QTest::newRow("ListUsers") << Build([id] {
        ListUsersRequest request;
        request.accountId = id;
        return ChimeRequestBuilder::listUsers(request);
    }) << QByteArray("/accounts/" + segment + "/users");
    QTest::newRow("GetUser") << Build([id] {
        return ChimeRequestBuilder::getUser({ id, u"u"_s });
    }) << QByteArray("/accounts/" + segment + "/users/u");
    QTest::newRow("UpdateUser") << Build([id] {
        return ChimeRequestBuilder::updateUser({ id, licenseUpdate(u"u"_s, License::Basic) });
    }) << QByteArray("/accounts/" + segment + "/users/u");
    QTest::newRow("BatchUpdateUser") << Build([id] {
        return ChimeRequestBuilder::batchUpdateUser({ id, manyUpdates(1) });
    }) << QByteArray("/accounts/" + segment + "/users");
}

void TstChimerequestbuilder::dotIdsRefused_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("member");

    // HTTP stacks remove dot segments even when they are escaped (QUrl decodes %2E), so an id
    // that is exactly "." or ".." would address another resource: refused before sending.
    for (const QString &dots : { u"."_s, u".."_s }) {
        QTest::addRow("GetAccount %s", qPrintable(dots))
            << Build([dots] { return ChimeRequestBuilder::getAccount({ dots }); })
            << u"GetAccount"_s << u"AccountId"_s;
        QTest::addRow("ListUsers %s", qPrintable(dots)) << Build([dots] {
            ListUsersRequest request;
            request.accountId = dots;
            return ChimeRequestBuilder::listUsers(request);
        }) << u"ListUsers"_s << u"AccountId"_s;
        QTest::addRow("GetUser %s", qPrintable(dots))
            << Build([dots] { return ChimeRequestBuilder::getUser({ u"acc"_s, dots }); })
            << u"GetUser"_s << u"UserId"_s;
        QTest::addRow("UpdateUser %s", qPrintable(dots)) << Build([dots] {
            return ChimeRequestBuilder::updateUser({ u"acc"_s, licenseUpdate(dots, License::Pro) });
        }) << u"UpdateUser"_s << u"UserId"_s;
        QTest::addRow("BatchUpdateUser item %s", qPrintable(dots)) << Build([dots] {
            return ChimeRequestBuilder::batchUpdateUser(
                { u"acc"_s, { licenseUpdate(u"ok"_s, License::Pro), licenseUpdate(dots, License::Pro) } });
        }) << u"BatchUpdateUser"_s << u"UserId"_s;
    }
}

void TstChimerequestbuilder::dotIdsRefused()
{
    QFETCH(Build, build);
    QFETCH(QString, operation);
    QFETCH(QString, member);

    const Outcome<PreparedRequest> outcome = build();
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().kind(), ChimeError::Kind::BadRequest);
    QCOMPARE(outcome.error().code(), u"BadRequestException"_s);
    QCOMPARE(outcome.error().operation(), operation);
    QVERIFY2(outcome.error().message().contains(member), qPrintable(outcome.error().message()));
}

void TstChimerequestbuilder::accountIdStaysOneSegment()
{
    QFETCH(Build, build);
    QFETCH(QByteArray, path);
    const Outcome<PreparedRequest> outcome = build();
    QVERIFY(outcome.isOk());
    QCOMPARE(outcome.value().path, path);
}

void TstChimerequestbuilder::emailIsEncodedInQuery()
{
    ListUsersRequest users;
    users.accountId = u"acc"_s;
    users.userEmail = u"a+b@example.com"_s;
    const Outcome<PreparedRequest> listUsers = ChimeRequestBuilder::listUsers(users);
    QVERIFY(listUsers.isOk());
    QCOMPARE(listUsers.value().query, QByteArray("user-email=a%2Bb%40example.com"));

    ListAccountsRequest accounts;
    accounts.userEmail = u"a+b@example.com"_s;
    const Outcome<PreparedRequest> listAccounts = ChimeRequestBuilder::listAccounts(accounts);
    QVERIFY(listAccounts.isOk());
    QCOMPARE(listAccounts.value().query, QByteArray("user-email=a%2Bb%40example.com"));
}

void TstChimerequestbuilder::blankIdsRefused_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("member");

    const QList<std::pair<const char *, QString>> blanks { { "empty", QString() },
        { "spaces", u"   "_s }, { "tab", u"\t"_s }, { "mixed white space", u" \t\r\n "_s } };
    for (const auto &[label, blank] : blanks) {
        const QString b = blank; // captured by value below
        QTest::addRow("GetAccount AccountId %s", label)
            << Build([b] { return ChimeRequestBuilder::getAccount({ b }); }) << u"GetAccount"_s
            << u"AccountId"_s;
        QTest::addRow("ListUsers AccountId %s", label) << Build([b] {
            ListUsersRequest request;
            request.accountId = b;
            request.maxResults = 10;
            return ChimeRequestBuilder::listUsers(request);
        }) << u"ListUsers"_s << u"AccountId"_s;
        QTest::addRow("GetUser AccountId %s", label) << Build([b] {
            return ChimeRequestBuilder::getUser({ b, u"u"_s });
        }) << u"GetUser"_s << u"AccountId"_s;
        QTest::addRow("GetUser UserId %s", label) << Build([b] {
            return ChimeRequestBuilder::getUser({ u"acc"_s, b });
        }) << u"GetUser"_s << u"UserId"_s;
        QTest::addRow("UpdateUser AccountId %s", label) << Build([b] {
            return ChimeRequestBuilder::updateUser({ b, licenseUpdate(u"u"_s, License::Basic) });
        }) << u"UpdateUser"_s << u"AccountId"_s;
        QTest::addRow("UpdateUser UserId %s", label) << Build([b] {
            return ChimeRequestBuilder::updateUser({ u"acc"_s, licenseUpdate(b, License::Basic) });
        }) << u"UpdateUser"_s << u"UserId"_s;
        QTest::addRow("BatchUpdateUser AccountId %s", label) << Build([b] {
            return ChimeRequestBuilder::batchUpdateUser({ b, manyUpdates(1) });
        }) << u"BatchUpdateUser"_s << u"AccountId"_s;
        QTest::addRow("BatchUpdateUser item UserId %s", label) << Build([b] {
            QList<UserUpdate> updates = manyUpdates(3);
            updates[1].userId = b;
            return ChimeRequestBuilder::batchUpdateUser({ u"acc"_s, updates });
        }) << u"BatchUpdateUser"_s << u"UserId"_s;
    }
}

void TstChimerequestbuilder::blankIdsRefused()
{
    QFETCH(Build, build);
    QFETCH(QString, operation);
    QFETCH(QString, member);

    const Outcome<PreparedRequest> outcome = build();
    QVERIFY(!outcome.isOk());
    const ChimeError &error = outcome.error();
    QCOMPARE(error.kind(), ChimeError::Kind::BadRequest);
    QCOMPARE(error.operation(), operation);
    QVERIFY2(error.message().contains(member), qPrintable(error.message()));
    QCOMPARE(error.code(), u"BadRequestException"_s);
    QVERIFY2(error.userMessage().contains(operation), qPrintable(error.userMessage()));
}

void TstChimerequestbuilder::maxResults_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<bool>("accepted");

    const QList<std::pair<int, bool>> values { { std::numeric_limits<int>::min(), false },
        { -1, false }, { 0, false }, { 1, true }, { 2, true }, { 199, true }, { 200, true },
        { 201, false }, { std::numeric_limits<int>::max(), false } };
    for (const QString &operation : { u"ListAccounts"_s, u"ListUsers"_s }) {
        for (const auto &[value, accepted] : values) {
            QTest::addRow("%s max-results %d", qPrintable(operation), value)
                << operation << value << accepted;
        }
    }
}

void TstChimerequestbuilder::maxResults()
{
    QFETCH(QString, operation);
    QFETCH(int, maxResults);
    QFETCH(bool, accepted);

    std::optional<Outcome<PreparedRequest>> outcome;
    if (operation == u"ListAccounts"_s) {
        ListAccountsRequest request;
        request.maxResults = maxResults;
        outcome = ChimeRequestBuilder::listAccounts(request);
    } else {
        ListUsersRequest request;
        request.accountId = u"acc"_s;
        request.maxResults = maxResults;
        outcome = ChimeRequestBuilder::listUsers(request);
    }
    QCOMPARE(outcome->isOk(), accepted);
    if (accepted) {
        QCOMPARE(outcome->value().query, "max-results=" + QByteArray::number(maxResults));
    } else {
        QCOMPARE(outcome->error().kind(), ChimeError::Kind::BadRequest);
        QCOMPARE(outcome->error().operation(), operation);
        QVERIFY2(outcome->error().message().contains(u"MaxResults"_s),
            qPrintable(outcome->error().message()));
    }
}

void TstChimerequestbuilder::batchSize_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0 items refused") << 0 << false;
    QTest::newRow("1 item accepted") << 1 << true;
    QTest::newRow("19 items accepted") << 19 << true;
    QTest::newRow("20 items accepted") << 20 << true;
    QTest::newRow("21 items refused") << 21 << false;
    QTest::newRow("100 items refused") << 100 << false;
}

void TstChimerequestbuilder::batchSize()
{
    QFETCH(int, count);
    QFETCH(bool, accepted);

    const Outcome<PreparedRequest> outcome
        = ChimeRequestBuilder::batchUpdateUser({ u"acc"_s, manyUpdates(count) });
    QCOMPARE(outcome.isOk(), accepted);
    if (accepted) {
        const QJsonArray items
            = parseObject(outcome.value().body).value("UpdateUserRequestItems"_L1).toArray();
        QCOMPARE(items.size(), count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject expected { { "UserId"_L1, u"user-%1"_s.arg(i) },
                { "LicenseType"_L1, u"Basic"_s } };
            QCOMPARE(items.at(i).toObject(), expected);
        }
    } else {
        QCOMPARE(outcome.error().kind(), ChimeError::Kind::BadRequest);
        QCOMPARE(outcome.error().operation(), u"BatchUpdateUser"_s);
        QVERIFY2(outcome.error().message().contains(u"UpdateUserRequestItems"_s),
            qPrintable(outcome.error().message()));
        QVERIFY2(outcome.error().message().contains(QString::number(count)),
            qPrintable(outcome.error().message()));
    }
}

void TstChimerequestbuilder::batchBodyAsQJsonDocumentWritesIt_data()
{
    QTest::addColumn<QList<UserUpdate>>("updates");

    QTest::newRow("licenses") << QList<UserUpdate> { licenseUpdate(u"user-1"_s, License::Basic),
                                                     licenseUpdate(u"user-2"_s, License::ProTrial) };
    UserUpdate typeOnly;
    typeOnly.userId = u"5f1c-aa"_s;
    typeOnly.userType = UserType::SharedDevice;
    UserUpdate both = licenseUpdate(u"u3"_s, License::Plus);
    both.userType = UserType::PrivateUser;
    UserUpdate unknown;
    unknown.userId = u"u4"_s;
    unknown.licenseType = LicenseValue::fromWire(u"Enterprise"_s);
    UserUpdate bare;
    bare.userId = u"u5"_s;
    QTest::newRow("types, unknown names, ids only") << QList<UserUpdate> { typeOnly, both, unknown, bare };
    // Written the general way: text that needs escaping, metadata.
    QTest::newRow("quote and backslash") << QList<UserUpdate> { licenseUpdate(u"a\"b\\c"_s, License::Pro) };
    QTest::newRow("control character") << QList<UserUpdate> { licenseUpdate(u"a\tb"_s, License::Pro) };
    QTest::newRow("non-ASCII") << QList<UserUpdate> { licenseUpdate(u"zoë-王"_s, License::Pro) };
    UserUpdate alexa = licenseUpdate(u"u6"_s, License::Basic);
    alexa.alexaForBusinessMetadata = AlexaForBusinessMetadata { true, u"arn:x"_s };
    QTest::newRow("metadata") << QList<UserUpdate> { licenseUpdate(u"u7"_s, License::Basic), alexa };
}

void TstChimerequestbuilder::batchBodyAsQJsonDocumentWritesIt()
{
    QFETCH(QList<UserUpdate>, updates);
    const Outcome<PreparedRequest> request = ChimeRequestBuilder::batchUpdateUser({ u"acc"_s, updates });
    QVERIFY(request.isOk());
    QJsonArray items;
    for (const UserUpdate &update : updates)
        items.append(WireJson::writeUserUpdate(update, true));
    const QByteArray expected = QJsonDocument(QJsonObject { { "UpdateUserRequestItems"_L1, items } })
                                    .toJson(QJsonDocument::Compact);
    QCOMPARE(request.value().body, expected);
}

QTEST_GUILESS_MAIN(TstChimerequestbuilder)
#include "tst_chimerequestbuilder.moc"
