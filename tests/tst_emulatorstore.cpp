// The rules of the emulated service, independent of HTTP: EmulatorStore on a small hand-built
// store and on DemoDataGenerator data, plus the generator's own guarantees.

#include "handbuiltaccounts.h"
#include "core/wirejson.h"
#include "emulator/demodatagenerator.h"
#include "emulator/emulatorstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using StoreOp = std::function<EmulatorReply(EmulatorStore &)>;
using ListOp = std::function<EmulatorReply(const EmulatorStore &, const QString &token)>;
Q_DECLARE_METATYPE(StoreOp)
Q_DECLARE_METATYPE(ListOp)

namespace {

const QString alpha = u"acc-alpha"_s; // supports Basic and Pro
const QString beta = u"acc-beta"_s; // supports every license


EmulatorStore smallStore()
{
    const QList<User> alphaUsers {
        HandBuilt::user(
            alpha, u"u-ada"_s, u"Ada.Lovelace@Example.com"_s, UserType::PrivateUser, License::Pro),
        HandBuilt::user(alpha, u"u-plus"_s, u"grace+chime@example.com"_s, UserType::PrivateUser,
            License::Basic),
        HandBuilt::user(alpha, u"u-room"_s, u"room-1@example.com"_s, UserType::SharedDevice, License::Pro),
        HandBuilt::user(alpha, u"u-bob"_s, u"bob@example.com"_s, UserType::PrivateUser, License::Basic),
        HandBuilt::user(alpha, u"u-eve"_s, u"eve@example.com"_s, UserType::SharedDevice, License::Basic),
        HandBuilt::user(alpha, u"u-nomail"_s, std::nullopt, UserType::PrivateUser, License::Pro),
    };
    const QList<User> betaUsers {
        HandBuilt::user(beta, u"b-carol"_s, u"carol@beta.example"_s, UserType::PrivateUser, License::Plus),
        HandBuilt::user(
            beta, u"b-dave"_s, u"dave@beta.example"_s, UserType::PrivateUser, License::ProTrial),
    };
    return EmulatorStore({
        HandBuilt::account(alpha, u"Alpha Corp"_s, { License::Basic, License::Pro }, alphaUsers),
        HandBuilt::account(beta, u"Beta Ltd"_s,
            { License::Basic, License::Plus, License::Pro, License::ProTrial }, betaUsers),
    });
}

EmulatorStore::Query query(std::initializer_list<std::pair<QString, QString>> items)
{
    EmulatorStore::Query result;
    for (const auto &[key, value] : items)
        result.insert(key, value);
    return result;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray licenseBody(const QString &license)
{
    return json(QJsonObject { { "LicenseType"_L1, license } });
}

QJsonObject item(const QString &userId, const QString &license)
{
    return QJsonObject { { "UserId"_L1, userId }, { "LicenseType"_L1, license } };
}

QByteArray batchBody(const QJsonArray &items)
{
    return json(QJsonObject { { "UpdateUserRequestItems"_L1, items } });
}

QStringList idsOf(const EmulatorReply &reply, QLatin1StringView listKey, QLatin1StringView idKey)
{
    QStringList ids;
    for (const QJsonValue &value : reply.body.value(listKey).toArray())
        ids.append(value.toObject().value(idKey).toString());
    return ids;
}

QStringList userIds(const EmulatorReply &reply)
{
    return idsOf(reply, "Users"_L1, "UserId"_L1);
}

QString licenseOf(const EmulatorStore &store, const QString &accountId, const QString &userId)
{
    const User *user = store.findUser(accountId, userId);
    return user ? user->licenseType.wireName() : u"<no such user>"_s;
}

bool sameAccounts(const QList<EmulatorAccount> &a, const QList<EmulatorAccount> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i].account == b[i].account) || a[i].users != b[i].users
            || a[i].userIndex != b[i].userIndex)
            return false;
    }
    return true;
}

} // namespace

class TstEmulatorStore : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void maxResults_data();
    void maxResults();
    void paging_data();
    void paging();
    void accountPaging();
    void foreignTokenRefused_data();
    void foreignTokenRefused();
    void malformedTokenRefused_data();
    void malformedTokenRefused();
    void updateUserLicense_data();
    void updateUserLicense();
    void updateUserAnswersOnlyUserId();
    void batchSizeLimit_data();
    void batchSizeLimit();
    void batchReportsPerUserErrors();
    void batchRefusedAsAWholeChangesNothing_data();
    void batchRefusedAsAWholeChangesNothing();
    void userEmailFilter_data();
    void userEmailFilter();
    void malformedQueryRefused_data();
    void malformedQueryRefused();
    void userTypeFilter_data();
    void userTypeFilter();
    void listAccountsFilters_data();
    void listAccountsFilters();
    void stateRoundTrip_data();
    void stateRoundTrip();
    void stateRefused_data();
    void stateRefused();
    void generatorDeterministic_data();
    void generatorDeterministic();
    void generatorDataIsPlausible_data();
    void generatorDataIsPlausible();
};

void TstEmulatorStore::errors_data()
{
    QTest::addColumn<StoreOp>("op");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QString>("messagePart");

    const auto row = [](const char *name, StoreOp op, int status, const QString &messagePart) {
        QTest::newRow(name) << op << status
                            << QByteArray(
                                   status == 404 ? "NotFoundException" : "BadRequestException")
                            << messagePart;
    };
    // Unknown ids: 404 naming the id.
    row(
        "GetAccount unknown", [](EmulatorStore &s) { return s.getAccount(u"nope"_s); }, 404,
        u"nope"_s);
    row(
        "ListUsers unknown account", [](EmulatorStore &s) { return s.listUsers(u"nope"_s, {}); },
        404, u"nope"_s);
    row(
        "GetUser unknown account",
        [](EmulatorStore &s) { return s.getUser(u"nope"_s, u"u-ada"_s); }, 404, u"nope"_s);
    row(
        "GetUser unknown user", [](EmulatorStore &s) { return s.getUser(alpha, u"ghost"_s); }, 404,
        u"ghost"_s);
    row(
        "GetUser of another account's user",
        [](EmulatorStore &s) { return s.getUser(alpha, u"b-carol"_s); }, 404, u"b-carol"_s);
    row(
        "UpdateUser unknown account",
        [](EmulatorStore &s) {
            return s.updateUser(u"nope"_s, u"u-ada"_s, licenseBody(u"Basic"_s));
        },
        404, u"nope"_s);
    row(
        "UpdateUser unknown user",
        [](EmulatorStore &s) { return s.updateUser(alpha, u"ghost"_s, licenseBody(u"Basic"_s)); },
        404, u"ghost"_s);
    row(
        "BatchUpdateUser unknown account",
        [](EmulatorStore &s) {
            return s.batchUpdateUser(u"nope"_s, batchBody({ item(u"u-ada"_s, u"Basic"_s) }));
        },
        404, u"nope"_s);
    // Blank ids: 400 (the API's NonEmptyString is .*\S.*).
    row(
        "GetAccount empty", [](EmulatorStore &s) { return s.getAccount(QString()); }, 400,
        u"blank"_s);
    row(
        "GetAccount spaces", [](EmulatorStore &s) { return s.getAccount(u"   "_s); }, 400,
        u"blank"_s);
    row(
        "ListUsers blank account", [](EmulatorStore &s) { return s.listUsers(u"\t"_s, {}); }, 400,
        u"blank"_s);
    row(
        "GetUser blank user", [](EmulatorStore &s) { return s.getUser(alpha, u" "_s); }, 400,
        u"blank"_s);
    row(
        "GetUser blank account", [](EmulatorStore &s) { return s.getUser(QString(), u"u-ada"_s); },
        400, u"blank"_s);
    row(
        "UpdateUser blank user",
        [](EmulatorStore &s) { return s.updateUser(alpha, u" \n"_s, licenseBody(u"Basic"_s)); },
        400, u"blank"_s);
    row(
        "BatchUpdateUser blank account",
        [](EmulatorStore &s) { return s.batchUpdateUser(u" "_s, batchBody({})); }, 400, u"blank"_s);
    row(
        "BatchUpdateUser blank item id",
        [](EmulatorStore &s) {
            return s.batchUpdateUser(
                alpha, batchBody({ item(u"u-ada"_s, u"Basic"_s), item(u"  "_s, u"Basic"_s) }));
        },
        400, u"blank"_s);
    row(
        "BatchUpdateUser item without UserId",
        [](EmulatorStore &s) {
            return s.batchUpdateUser(
                alpha, batchBody({ QJsonObject { { "LicenseType"_L1, u"Basic"_s } } }));
        },
        400, u"blank"_s);
    // Malformed bodies and values: 400.
    row(
        "UpdateUser body not JSON",
        [](EmulatorStore &s) { return s.updateUser(alpha, u"u-ada"_s, "not json"); }, 400,
        u"JSON"_s);
    row(
        "UpdateUser license not a string",
        [](EmulatorStore &s) {
            return s.updateUser(alpha, u"u-ada"_s, json(QJsonObject { { "LicenseType"_L1, 3 } }));
        },
        400, u"LicenseType"_s);
    row(
        "UpdateUser unknown user type",
        [](EmulatorStore &s) {
            return s.updateUser(
                alpha, u"u-ada"_s, json(QJsonObject { { "UserType"_L1, u"Robot"_s } }));
        },
        400, u"Robot"_s);
    row(
        "BatchUpdateUser without items",
        [](EmulatorStore &s) { return s.batchUpdateUser(alpha, "{}"); }, 400,
        u"UpdateUserRequestItems"_s);
    row(
        "BatchUpdateUser items not a list",
        [](EmulatorStore &s) {
            return s.batchUpdateUser(alpha, R"({"UpdateUserRequestItems":{"UserId":"u-ada"}})");
        },
        400, u"UpdateUserRequestItems"_s);
    row(
        "BatchUpdateUser item not an object",
        [](EmulatorStore &s) {
            return s.batchUpdateUser(alpha, R"({"UpdateUserRequestItems":[7]})");
        },
        400, u"object"_s);
    row(
        "ListUsers unknown user type",
        [](EmulatorStore &s) {
            return s.listUsers(alpha, query({ { u"user-type"_s, u"Robot"_s } }));
        },
        400, u"Robot"_s);
}

void TstEmulatorStore::errors()
{
    QFETCH(StoreOp, op);
    QFETCH(int, status);
    QFETCH(QByteArray, errorType);
    QFETCH(QString, messagePart);

    EmulatorStore store = smallStore();
    const QByteArray before = store.toJson();
    const EmulatorReply reply = op(store);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorType, errorType);
    QCOMPARE(
        reply.body.value("Code"_L1).toString(), status == 404 ? u"NotFound"_s : u"BadRequest"_s);
    const QString message = reply.body.value("Message"_L1).toString();
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!reply.changedState);
    QCOMPARE(store.toJson(), before); // a refused request changes nothing
}

void TstEmulatorStore::maxResults_data()
{
    QTest::addColumn<bool>("accounts");
    QTest::addColumn<QString>("maxResults");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("pageSize"); // when accepted

    for (const bool accounts : { false, true }) {
        const char *listing = accounts ? "ListAccounts" : "ListUsers";
        const int all = accounts ? 2 : 6;
        QTest::addRow("%s 0", listing) << accounts << u"0"_s << 400 << 0;
        QTest::addRow("%s 201", listing) << accounts << u"201"_s << 400 << 0;
        QTest::addRow("%s abc", listing) << accounts << u"abc"_s << 400 << 0;
        QTest::addRow("%s -1", listing) << accounts << u"-1"_s << 400 << 0;
        QTest::addRow("%s empty", listing) << accounts << QString() << 400 << 0;
        QTest::addRow("%s 1.5", listing) << accounts << u"1.5"_s << 400 << 0;
        QTest::addRow("%s 1", listing) << accounts << u"1"_s << 200 << 1;
        QTest::addRow("%s 2", listing) << accounts << u"2"_s << 200 << 2;
        QTest::addRow("%s 200", listing) << accounts << u"200"_s << 200 << all;
    }
}

void TstEmulatorStore::maxResults()
{
    QFETCH(bool, accounts);
    QFETCH(QString, maxResults);
    QFETCH(int, status);
    QFETCH(int, pageSize);

    const EmulatorStore store = smallStore();
    const EmulatorStore::Query q = query({ { u"max-results"_s, maxResults } });
    const EmulatorReply reply = accounts ? store.listAccounts(q) : store.listUsers(alpha, q);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
        QVERIFY(reply.body.value("Message"_L1).toString().contains(u"MaxResults"_s));
        return;
    }
    const QJsonArray items = reply.body.value(accounts ? "Accounts"_L1 : "Users"_L1).toArray();
    QCOMPARE(items.size(), pageSize);
    const qsizetype total
        = accounts ? store.accounts().size() : store.accounts().first().users.size();
    QCOMPARE(reply.body.contains("NextToken"_L1), pageSize < total);
}

void TstEmulatorStore::paging_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("userType"); // empty: no filter

    QTest::newRow("37 users, pages of 1") << 3u << 37 << 1 << QString();
    QTest::newRow("37 users, pages of 7") << 3u << 37 << 7 << QString();
    QTest::newRow("37 users, pages of 36") << 3u << 37 << 36 << QString();
    QTest::newRow("37 users, pages of 37") << 3u << 37 << 37 << QString();
    QTest::newRow("37 users, pages of 200") << 3u << 37 << 200 << QString();
    QTest::newRow("1200 users, default page size") << 5u << 1200 << 0 << QString();
    QTest::newRow("1200 users, pages of 200") << 5u << 1200 << 200 << QString();
    QTest::newRow("1200 users, pages of 199") << 5u << 1200 << 199 << QString();
    QTest::newRow("500 users, PrivateUser, pages of 50") << 9u << 500 << 50 << u"PrivateUser"_s;
    QTest::newRow("500 users, SharedDevice, pages of 4") << 9u << 500 << 4 << u"SharedDevice"_s;
    QTest::newRow("no users") << 1u << 0 << 10 << QString();
}

void TstEmulatorStore::paging()
{
    QFETCH(quint32, seed);
    QFETCH(int, users);
    QFETCH(int, pageSize);
    QFETCH(QString, userType);

    const EmulatorStore store(DemoDataGenerator(seed).generate(2, { users, 3 }));
    const QString accountId = store.accounts().first().account.accountId;
    QStringList expected;
    for (const User &user : store.accounts().first().users) {
        if (userType.isEmpty() || user.userType.wireName() == userType)
            expected.append(user.userId);
    }
    const int effectivePageSize = pageSize == 0 ? EmulatorStore::defaultPageSize : pageSize;

    QStringList seen;
    QString token;
    int pages = 0;
    do {
        EmulatorStore::Query q;
        if (pageSize > 0)
            q.insert(u"max-results"_s, QString::number(pageSize));
        if (!userType.isEmpty())
            q.insert(u"user-type"_s, userType);
        if (!token.isEmpty())
            q.insert(u"next-token"_s, token);
        const EmulatorReply reply = store.listUsers(accountId, q);
        QCOMPARE(reply.status, 200);
        const QStringList page = userIds(reply);
        QVERIFY(page.size() <= effectivePageSize);
        token = reply.body.value("NextToken"_L1).toString();
        if (!token.isEmpty())
            QCOMPARE(page.size(), effectivePageSize); // only the last page is short
        seen += page;
        ++pages;
        QVERIFY2(pages <= expected.size() + 1, "the listing does not end");
    } while (!token.isEmpty());

    QCOMPARE(seen, expected); // every user exactly once, in the store's stable order
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
    QCOMPARE(pages,
        std::max<int>(
            1, static_cast<int>((expected.size() + effectivePageSize - 1) / effectivePageSize)));

    // The same walk again gives the same pages: the order is stable.
    const EmulatorReply first = store.listUsers(
        accountId, query({ { u"max-results"_s, QString::number(effectivePageSize) } }));
    const EmulatorReply again = store.listUsers(
        accountId, query({ { u"max-results"_s, QString::number(effectivePageSize) } }));
    QCOMPARE(first.body, again.body);
}

void TstEmulatorStore::accountPaging()
{
    const EmulatorStore store(DemoDataGenerator(11).generate(13, { 1 }));
    QStringList expected;
    for (const EmulatorAccount &entry : store.accounts())
        expected.append(entry.account.accountId);
    QCOMPARE(expected.size(), 13);

    QStringList seen;
    QString token;
    int pages = 0;
    do {
        EmulatorStore::Query q { { u"max-results"_s, u"5"_s } };
        if (!token.isEmpty())
            q.insert(u"next-token"_s, token);
        const EmulatorReply reply = store.listAccounts(q);
        QCOMPARE(reply.status, 200);
        seen += idsOf(reply, "Accounts"_L1, "AccountId"_L1);
        token = reply.body.value("NextToken"_L1).toString();
        QVERIFY(++pages <= 4);
    } while (!token.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);
}

void TstEmulatorStore::foreignTokenRefused_data()
{
    // Where the token is taken from (its first page of one item), and where it is used.
    QTest::addColumn<ListOp>("source");
    QTest::addColumn<ListOp>("target");
    QTest::addColumn<int>("status");

    const auto usersOf = [](const QString &accountId, EmulatorStore::Query q) {
        return ListOp([accountId, q](const EmulatorStore &s, const QString &token) {
            EmulatorStore::Query withPage = q;
            withPage.insert(u"max-results"_s, u"1"_s);
            if (!token.isEmpty())
                withPage.insert(u"next-token"_s, token);
            return s.listUsers(accountId, withPage);
        });
    };
    const auto accounts = [](EmulatorStore::Query q) {
        return ListOp([q](const EmulatorStore &s, const QString &token) {
            EmulatorStore::Query withPage = q;
            withPage.insert(u"max-results"_s, u"1"_s);
            if (!token.isEmpty())
                withPage.insert(u"next-token"_s, token);
            return s.listAccounts(withPage);
        });
    };
    const EmulatorStore::Query none;
    const EmulatorStore::Query privateOnly = query({ { u"user-type"_s, u"PrivateUser"_s } });
    const EmulatorStore::Query shared = query({ { u"user-type"_s, u"SharedDevice"_s } });
    const EmulatorStore::Query bob = query({ { u"user-email"_s, u"bob@example.com"_s } });

    // The same listing accepts its own token (so the refusals below are about the listing).
    QTest::newRow("same users listing") << usersOf(alpha, none) << usersOf(alpha, none) << 200;
    QTest::newRow("same filtered listing")
        << usersOf(alpha, privateOnly) << usersOf(alpha, privateOnly) << 200;
    QTest::newRow("same accounts listing") << accounts(none) << accounts(none) << 200;

    QTest::newRow("users of another account") << usersOf(alpha, none) << usersOf(beta, none) << 400;
    QTest::newRow("user-type filter added")
        << usersOf(alpha, none) << usersOf(alpha, privateOnly) << 400;
    QTest::newRow("user-type filter dropped")
        << usersOf(alpha, privateOnly) << usersOf(alpha, none) << 400;
    QTest::newRow("user-type filter changed")
        << usersOf(alpha, privateOnly) << usersOf(alpha, shared) << 400;
    QTest::newRow("user-email filter added") << usersOf(alpha, none) << usersOf(alpha, bob) << 400;
    QTest::newRow("users token used for accounts") << usersOf(alpha, none) << accounts(none) << 400;
    QTest::newRow("accounts token used for users") << accounts(none) << usersOf(alpha, none) << 400;
    QTest::newRow("accounts name filter added")
        << accounts(none) << accounts(query({ { u"name"_s, u"Alpha Corp"_s } })) << 400;
}

void TstEmulatorStore::foreignTokenRefused()
{
    QFETCH(ListOp, source);
    QFETCH(ListOp, target);
    QFETCH(int, status);

    const EmulatorStore store = smallStore();
    const EmulatorReply first = source(store, QString());
    QCOMPARE(first.status, 200);
    const QString token = first.body.value("NextToken"_L1).toString();
    QVERIFY(!token.isEmpty());

    const EmulatorReply reply = target(store, token);
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
        QVERIFY(reply.body.value("Message"_L1).toString().contains(u"next-token"_s));
    }
}

void TstEmulatorStore::malformedTokenRefused_data()
{
    QTest::addColumn<QString>("token");

    QTest::newRow("not base64") << u"!!!"_s;
    QTest::newRow("garbage base64") << QString::fromLatin1(QByteArray("hello").toBase64());
    QTest::newRow("negative offset") << QString::fromLatin1(
        QByteArray("-1:users|acc-alpha||").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("offset not a number") << QString::fromLatin1(
        QByteArray("x:users|acc-alpha||").toBase64(QByteArray::Base64UrlEncoding));
}

void TstEmulatorStore::malformedTokenRefused()
{
    QFETCH(QString, token);

    const EmulatorStore store = smallStore();
    const EmulatorReply reply = store.listUsers(alpha, query({ { u"next-token"_s, token } }));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
}

void TstEmulatorStore::updateUserLicense_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("license");
    QTest::addColumn<int>("status");

    QTest::newRow("alpha: Basic") << alpha << u"u-ada"_s << u"Basic"_s << 200;
    QTest::newRow("alpha: Pro") << alpha << u"u-bob"_s << u"Pro"_s << 200;
    QTest::newRow("alpha: Plus not supported") << alpha << u"u-ada"_s << u"Plus"_s << 400;
    QTest::newRow("alpha: ProTrial not supported") << alpha << u"u-ada"_s << u"ProTrial"_s << 400;
    QTest::newRow("alpha: unknown license") << alpha << u"u-ada"_s << u"Gold"_s << 400;
    QTest::newRow("alpha: lower-case name") << alpha << u"u-ada"_s << u"basic"_s << 400;
    QTest::newRow("beta: Pro") << beta << u"b-carol"_s << u"Pro"_s << 200;
    QTest::newRow("beta: ProTrial") << beta << u"b-carol"_s << u"ProTrial"_s << 200;
}

void TstEmulatorStore::updateUserLicense()
{
    QFETCH(QString, accountId);
    QFETCH(QString, userId);
    QFETCH(QString, license);
    QFETCH(int, status);

    EmulatorStore store = smallStore();
    const QString before = licenseOf(store, accountId, userId);
    const EmulatorReply reply = store.updateUser(accountId, userId, licenseBody(license));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.changedState, status == 200);
    if (status == 200) {
        QCOMPARE(licenseOf(store, accountId, userId), license);
        // GetUser shows it too.
        const EmulatorReply get = store.getUser(accountId, userId);
        QCOMPARE(get.body.value("User"_L1).toObject().value("LicenseType"_L1).toString(), license);
    } else {
        QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
        const QString message = reply.body.value("Message"_L1).toString();
        QVERIFY2(message.contains(license) && message.contains(accountId), qPrintable(message));
        QCOMPARE(licenseOf(store, accountId, userId), before);
    }
}

void TstEmulatorStore::updateUserAnswersOnlyUserId()
{
    EmulatorStore store = smallStore();
    const EmulatorReply reply = store.updateUser(alpha, u"u-room"_s,
        json(
            QJsonObject { { "LicenseType"_L1, u"Basic"_s }, { "UserType"_L1, u"PrivateUser"_s } }));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.errorType.isEmpty());
    const QJsonObject user = reply.body.value("User"_L1).toObject();
    QCOMPARE(user.value("UserId"_L1).toString(), u"u-room"_s);
    // Every member GetUser names is there, and all but UserId are null.
    const QJsonObject full = store.getUser(alpha, u"u-room"_s).body.value("User"_L1).toObject();
    QCOMPARE(user.keys(), full.keys());
    for (auto it = user.constBegin(); it != user.constEnd(); ++it) {
        if (it.key() != "UserId"_L1)
            QVERIFY2(it.value().isNull(), qPrintable(it.key()));
    }
    QCOMPARE(full.value("LicenseType"_L1).toString(), u"Basic"_s);
    QCOMPARE(full.value("UserType"_L1).toString(), u"PrivateUser"_s);
    // What the update did not name is kept.
    QCOMPARE(full.value("PrimaryEmail"_L1).toString(), u"room-1@example.com"_s);
}

void TstEmulatorStore::batchSizeLimit_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("status");

    QTest::newRow("0 items") << 0 << 200;
    QTest::newRow("1 item") << 1 << 200;
    QTest::newRow("20 items") << 20 << 200;
    QTest::newRow("21 items") << 21 << 400;
    QTest::newRow("100 items") << 100 << 400;
}

void TstEmulatorStore::batchSizeLimit()
{
    QFETCH(int, items);
    QFETCH(int, status);

    EmulatorStore store(DemoDataGenerator(4).generate(1, { 30 }));
    const EmulatorAccount &entry = store.accounts().first();
    const QString accountId = entry.account.accountId;
    QJsonArray array;
    for (int i = 0; i < items; ++i)
        array.append(item(entry.users.at(i % entry.users.size()).userId, u"Basic"_s));
    const EmulatorReply reply = store.batchUpdateUser(accountId, batchBody(array));
    QCOMPARE(reply.status, status);
    const User &firstUser = store.accounts().first().users.first();
    if (status == 200) {
        QCOMPARE(reply.body.value("UserErrors"_L1).toArray().size(), 0);
        if (items > 0)
            QCOMPARE(firstUser.licenseType.wireName(), u"Basic"_s);
    } else {
        QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
        QVERIFY(reply.body.value("Message"_L1).toString().contains(u"20"_s));
        QVERIFY(!reply.changedState);
        // Nothing applied: a refused batch is refused as a whole.
        const EmulatorStore fresh(DemoDataGenerator(4).generate(1, { 30 }));
        QVERIFY(sameAccounts(store.accounts(), fresh.accounts()));
    }
}

void TstEmulatorStore::batchReportsPerUserErrors()
{
    EmulatorStore store = smallStore();
    const QJsonArray items {
        item(u"u-ada"_s, u"Basic"_s), // fine
        item(u"ghost"_s, u"Pro"_s), // no such user
        item(u"u-plus"_s, u"Plus"_s), // Plus is not supported by alpha
        item(u"b-carol"_s, u"Basic"_s), // a user of another account
        item(u"u-bob"_s, u"Pro"_s), // fine
    };
    const EmulatorReply reply = store.batchUpdateUser(alpha, batchBody(items));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.changedState);

    struct Expected
    {
        QString userId;
        QString code;
        QString messagePart;
    };
    const QList<Expected> expected {
        { u"ghost"_s, u"NotFound"_s, u"ghost"_s },
        { u"u-plus"_s, u"BadRequest"_s, u"Plus"_s },
        { u"b-carol"_s, u"NotFound"_s, u"b-carol"_s },
    };
    const QJsonArray errors = reply.body.value("UserErrors"_L1).toArray();
    QCOMPARE(errors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject error = errors.at(i).toObject();
        QCOMPARE(error.value("UserId"_L1).toString(), expected[i].userId);
        QCOMPARE(error.value("ErrorCode"_L1).toString(), expected[i].code);
        const QString message = error.value("ErrorMessage"_L1).toString();
        QVERIFY2(message.contains(expected[i].messagePart), qPrintable(message));
        QString readError;
        QVERIFY(WireJson::readUserError(error, &readError).has_value());
    }
    // The others were updated; the failed ones were not.
    QCOMPARE(licenseOf(store, alpha, u"u-ada"_s), u"Basic"_s);
    QCOMPARE(licenseOf(store, alpha, u"u-bob"_s), u"Pro"_s);
    QCOMPARE(licenseOf(store, alpha, u"u-plus"_s), u"Basic"_s);
    QCOMPARE(licenseOf(store, beta, u"b-carol"_s), u"Plus"_s);

    // A batch in which every item fails changes nothing.
    const QByteArray before = store.toJson();
    const EmulatorReply allFail = store.batchUpdateUser(
        alpha, batchBody({ item(u"ghost"_s, u"Pro"_s), item(u"u-ada"_s, u"ProTrial"_s) }));
    QCOMPARE(allFail.status, 200);
    QCOMPARE(allFail.body.value("UserErrors"_L1).toArray().size(), 2);
    QVERIFY(!allFail.changedState);
    QCOMPARE(store.toJson(), before);
}

void TstEmulatorStore::batchRefusedAsAWholeChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("blank id after a good item")
        << batchBody({ item(u"u-ada"_s, u"Basic"_s), item(u""_s, u"Basic"_s) });
    // As input validation against the model would: an enum value it does not have.
    QTest::newRow("unknown user type after a good item") << batchBody({ item(u"u-ada"_s, u"Basic"_s),
        QJsonObject { { "UserId"_L1, u"u-eve"_s }, { "UserType"_L1, u"Robot"_s } } });
    QTest::newRow("unknown license after a good item")
        << batchBody({ item(u"u-ada"_s, u"Basic"_s), item(u"u-bob"_s, u"Enterprise"_s) });
    QTest::newRow("bad member type after a good item") << batchBody({ item(u"u-ada"_s, u"Basic"_s),
        QJsonObject { { "UserId"_L1, u"u-bob"_s }, { "LicenseType"_L1, true } } });
    QTest::newRow("21 good items") << [] {
        QJsonArray array;
        for (int i = 0; i < 21; ++i)
            array.append(item(u"u-ada"_s, u"Basic"_s));
        return batchBody(array);
    }();
}

void TstEmulatorStore::batchRefusedAsAWholeChangesNothing()
{
    QFETCH(QByteArray, body);

    EmulatorStore store = smallStore();
    const QByteArray before = store.toJson();
    const EmulatorReply reply = store.batchUpdateUser(alpha, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
    QVERIFY(!reply.changedState);
    QCOMPARE(store.toJson(), before);
}

void TstEmulatorStore::userEmailFilter_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("exact") << u"bob@example.com"_s << QStringList { u"u-bob"_s };
    QTest::newRow("stored mixed case, asked lower")
        << u"ada.lovelace@example.com"_s << QStringList { u"u-ada"_s };
    QTest::newRow("asked upper") << u"BOB@EXAMPLE.COM"_s << QStringList { u"u-bob"_s };
    QTest::newRow("plus address") << u"grace+chime@example.com"_s << QStringList { u"u-plus"_s };
    QTest::newRow("plus address, other case")
        << u"Grace+Chime@Example.COM"_s << QStringList { u"u-plus"_s };
    QTest::newRow("plus read as space does not match")
        << u"grace chime@example.com"_s << QStringList {};
    QTest::newRow("another account's user") << u"carol@beta.example"_s << QStringList {};
}

void TstEmulatorStore::userEmailFilter()
{
    QFETCH(QString, email);
    QFETCH(QStringList, expected);

    const EmulatorStore store = smallStore();
    const EmulatorReply reply = store.listUsers(alpha, query({ { u"user-email"_s, email } }));
    QCOMPARE(reply.status, 200);
    QCOMPARE(userIds(reply), expected);
    QVERIFY(!reply.body.contains("NextToken"_L1));
}

void TstEmulatorStore::malformedQueryRefused_data()
{
    QTest::addColumn<bool>("accounts"); // ListAccounts, else ListUsers
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("value");
    QTest::newRow("ListUsers, email without a dot in the domain")
        << false << u"user-email"_s << u"bob@example"_s;
    QTest::newRow("ListUsers, empty user-email=") << false << u"user-email"_s << QString();
    QTest::newRow("ListUsers, no @") << false << u"user-email"_s << u"bob.example.com"_s;
    QTest::newRow("ListAccounts, email without @") << true << u"user-email"_s << u"x"_s;
    QTest::newRow("ListAccounts, empty name") << true << u"name"_s << QString();
    QTest::newRow("ListAccounts, blank name") << true << u"name"_s << u"   "_s;
    QTest::newRow("ListAccounts, name of 101") << true << u"name"_s << QString(101, u'n');
}

// The service validates query members against the model before anything else: so does the
// emulator, or a client that sends them would pass its tests and fail in use.
void TstEmulatorStore::malformedQueryRefused()
{
    QFETCH(bool, accounts);
    QFETCH(QString, member);
    QFETCH(QString, value);
    const EmulatorStore store = smallStore();
    const EmulatorStore::Query asked = query({ { member, value } });
    const EmulatorReply reply = accounts ? store.listAccounts(asked) : store.listUsers(alpha, asked);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorType, QByteArray("BadRequestException"));
    QVERIFY(reply.body.value("Message"_L1).toString().contains(u"validation"_s));
}

void TstEmulatorStore::userTypeFilter_data()
{
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("PrivateUser") << u"PrivateUser"_s
                                 << QStringList { u"u-ada"_s, u"u-plus"_s, u"u-bob"_s,
                                        u"u-nomail"_s };
    QTest::newRow("SharedDevice") << u"SharedDevice"_s << QStringList { u"u-room"_s, u"u-eve"_s };
    QTest::newRow("no filter") << QString()
                               << QStringList { u"u-ada"_s, u"u-plus"_s, u"u-room"_s, u"u-bob"_s,
                                      u"u-eve"_s, u"u-nomail"_s };
}

void TstEmulatorStore::userTypeFilter()
{
    QFETCH(QString, userType);
    QFETCH(QStringList, expected);

    const EmulatorStore store = smallStore();
    EmulatorStore::Query q;
    if (!userType.isEmpty())
        q.insert(u"user-type"_s, userType);
    const EmulatorReply reply = store.listUsers(alpha, q);
    QCOMPARE(reply.status, 200);
    QCOMPARE(userIds(reply), expected);
    for (const QJsonValue &user : reply.body.value("Users"_L1).toArray()) {
        if (!userType.isEmpty())
            QCOMPARE(user.toObject().value("UserType"_L1).toString(), userType);
    }

    // Combined with an email filter, both apply.
    q.insert(u"user-email"_s, u"EVE@example.com"_s);
    const EmulatorReply both = store.listUsers(alpha, q);
    QCOMPARE(both.status, 200);
    QCOMPARE(
        userIds(both), userType == u"PrivateUser"_s ? QStringList {} : QStringList { u"u-eve"_s });
}

void TstEmulatorStore::listAccountsFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no filter") << QString() << QString() << QStringList { alpha, beta };
    QTest::newRow("name") << u"Beta Ltd"_s << QString() << QStringList { beta };
    QTest::newRow("unknown name") << u"Gamma"_s << QString() << QStringList {};
    QTest::newRow("user email") << QString() << u"carol@beta.example"_s << QStringList { beta };
    QTest::newRow("user email, other case")
        << QString() << u"ADA.LOVELACE@EXAMPLE.COM"_s << QStringList { alpha };
    QTest::newRow("plus user email")
        << QString() << u"grace+chime@example.com"_s << QStringList { alpha };
    QTest::newRow("unknown email") << QString() << u"nobody@example.com"_s << QStringList {};
    QTest::newRow("name and email of different accounts")
        << u"Alpha Corp"_s << u"carol@beta.example"_s << QStringList {};
}

void TstEmulatorStore::listAccountsFilters()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QStringList, expected);

    const EmulatorStore store = smallStore();
    EmulatorStore::Query q;
    if (!name.isEmpty())
        q.insert(u"name"_s, name);
    if (!email.isEmpty())
        q.insert(u"user-email"_s, email);
    const EmulatorReply reply = store.listAccounts(q);
    QCOMPARE(reply.status, 200);
    QCOMPARE(idsOf(reply, "Accounts"_L1, "AccountId"_L1), expected);
}

void TstEmulatorStore::stateRoundTrip_data()
{
    QTest::addColumn<StoreOp>("mutate");
    QTest::addColumn<bool>("demo");

    const StoreOp nothing = [](EmulatorStore &) { return EmulatorReply(); };
    QTest::newRow("hand-built") << nothing << false;
    QTest::newRow("hand-built after updates") << StoreOp([](EmulatorStore &s) {
        s.updateUser(alpha, u"u-ada"_s, licenseBody(u"Basic"_s));
        return s.batchUpdateUser(beta, batchBody({ item(u"b-dave"_s, u"Plus"_s) }));
    }) << false;
    QTest::newRow("demo data") << nothing << true;
}

void TstEmulatorStore::stateRoundTrip()
{
    QFETCH(StoreOp, mutate);
    QFETCH(bool, demo);

    EmulatorStore store
        = demo ? EmulatorStore(DemoDataGenerator(21).generate(3, { 40, 0, 7 })) : smallStore();
    if (!demo) {
        // Members the generator never fills: an unknown license name, no email, Alexa metadata.
        QList<EmulatorAccount> accounts = store.accounts();
        User &odd = accounts[0].users[5];
        odd.licenseType = LicenseValue::fromWire(u"Enterprise2030"_s);
        odd.alexaForBusinessMetadata = AlexaForBusinessMetadata { true, std::nullopt };
        odd.primaryProvisionedNumber = u"+12065550100"_s;
        accounts[1].account.signinDelegateGroups = { { u"group-a"_s } };
        accounts[1].account.accountType = AccountTypeValue::fromWire(u"EnterpriseFuture"_s);
        store = EmulatorStore(accounts);
    }
    mutate(store);

    const QByteArray saved = store.toJson();
    QString error;
    const std::optional<EmulatorStore> loaded = EmulatorStore::fromJson(saved, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QVERIFY(sameAccounts(loaded->accounts(), store.accounts()));
    QCOMPARE(loaded->toJson(), saved);
    // And the loaded store serves the same answers.
    for (const EmulatorAccount &entry : store.accounts()) {
        const QString id = entry.account.accountId;
        QCOMPARE(loaded->listUsers(id, {}).body, store.listUsers(id, {}).body);
        QCOMPARE(loaded->getAccount(id).body, store.getAccount(id).body);
    }
}

void TstEmulatorStore::stateRefused_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("not JSON") << QByteArray("not json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no version") << QByteArray(R"({"Accounts":[]})");
    QTest::newRow("version 2") << QByteArray(R"({"Version":2,"Accounts":[]})");
    QTest::newRow("account without id")
        << QByteArray(R"({"Version":1,"Accounts":[{"Account":{"Name":"x"},"Users":[]}]})");
    QTest::newRow("user without id")
        << QByteArray(R"({"Version":1,"Accounts":[{"Account":{"AccountId":"a"},"Users":[{}]}]})");
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"Version":1,"Accounts":[{"Account":{"AccountId":"a",)"
                      R"("CreatedTimestamp":"yesterday"},"Users":[]}]})");
}

void TstEmulatorStore::stateRefused()
{
    QFETCH(QByteArray, json);

    QString error;
    QVERIFY(!EmulatorStore::fromJson(json, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TstEmulatorStore::generatorDeterministic_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("otherSeed");

    QTest::newRow("1 vs 2") << 1u << 2u;
    QTest::newRow("0 vs 1") << 0u << 1u;
    QTest::newRow("42 vs 43") << 42u << 43u;
    QTest::newRow("max vs max-1") << 0xFFFFFFFFu << 0xFFFFFFFEu;
}

void TstEmulatorStore::generatorDeterministic()
{
    QFETCH(quint32, seed);
    QFETCH(quint32, otherSeed);

    const QList<int> users { 8, 150, 40 };
    const QList<EmulatorAccount> a = DemoDataGenerator(seed).generate(7, users);
    const QList<EmulatorAccount> b = DemoDataGenerator(seed).generate(7, users);
    const QList<EmulatorAccount> c = DemoDataGenerator(otherSeed).generate(7, users);
    QCOMPARE(a.size(), 7);
    QVERIFY(sameAccounts(a, b));
    QCOMPARE(EmulatorStore(a).toJson(), EmulatorStore(b).toJson());
    QVERIFY(!sameAccounts(a, c));
    // Different throughout, not in one corner only.
    QVERIFY(a.first().account.accountId != c.first().account.accountId);
    QVERIFY(a.first().users.first().userId != c.first().users.first().userId);
    int sameEmails = 0;
    for (qsizetype i = 0; i < a[1].users.size(); ++i)
        sameEmails += a[1].users[i].primaryEmail == c[1].users[i].primaryEmail ? 1 : 0;
    QVERIFY2(sameEmails < a[1].users.size() / 2, qPrintable(QString::number(sameEmails)));
    // User counts cycle over the accounts.
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(a[i].users.size(), users[i % users.size()]);
}

void TstEmulatorStore::generatorDataIsPlausible_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("users");

    QTest::newRow("seed 1, 4 x 300") << 1u << 4 << 300;
    QTest::newRow("seed 7, 8 x 250") << 7u << 8 << 250;
    QTest::newRow("seed 1234567, 13 x 200") << 1234567u << 13 << 200;
}

void TstEmulatorStore::generatorDataIsPlausible()
{
    QFETCH(quint32, seed);
    QFETCH(int, accounts);
    QFETCH(int, users);

    const QList<EmulatorAccount> data = DemoDataGenerator(seed).generate(accounts, { users });
    QCOMPARE(data.size(), accounts);
    QSet<QString> accountIds;
    QSet<QString> accountNames;
    QSet<QString> userTypes;
    QSet<QString> registrationStates;
    QSet<QString> invitationStates;
    QSet<QString> licenses;
    int withAlexa = 0;
    for (const EmulatorAccount &entry : data) {
        accountIds.insert(entry.account.accountId);
        accountNames.insert(entry.account.name);
        QVERIFY(!entry.account.supportedLicenses.isEmpty());
        QVERIFY(entry.account.supportedLicenses.contains(entry.account.defaultLicense));
        QCOMPARE(entry.users.size(), users);
        QCOMPARE(entry.userIndex.size(), entry.users.size());
        QSet<QString> emails;
        for (const User &user : entry.users) {
            QVERIFY(!user.userId.trimmed().isEmpty());
            QCOMPARE(user.accountId, std::optional<QString>(entry.account.accountId));
            QVERIFY(user.primaryEmail.has_value());
            const QString email = user.primaryEmail->toLower();
            QVERIFY2(!emails.contains(email), qPrintable(email));
            emails.insert(email);
            QVERIFY2(entry.account.supportedLicenses.contains(user.licenseType),
                qPrintable(user.licenseType.wireName() + u" in "_s + entry.account.name));
            QVERIFY(user.userType.isKnown());
            QVERIFY(user.userRegistrationStatus.isKnown());
            QVERIFY(user.userInvitationStatus.isKnown());
            // Registered users have registered after they were invited.
            if (user.registeredOn)
                QVERIFY(*user.registeredOn >= *user.invitedOn);
            userTypes.insert(user.userType.wireName());
            registrationStates.insert(user.userRegistrationStatus.wireName());
            invitationStates.insert(user.userInvitationStatus.wireName());
            licenses.insert(user.licenseType.wireName());
            withAlexa += user.alexaForBusinessMetadata ? 1 : 0;
        }
        QCOMPARE(emails.size(), entry.users.size());
        // The user index points at the right users.
        for (qsizetype i = 0; i < entry.users.size(); ++i)
            QCOMPARE(entry.userIndex.value(entry.users[i].userId, -1), i);
    }
    QCOMPARE(accountIds.size(), accounts);
    QCOMPARE(accountNames.size(), accounts);
    QCOMPARE(userTypes, (QSet<QString> { u"PrivateUser"_s, u"SharedDevice"_s }));
    QCOMPARE(
        registrationStates, (QSet<QString> { u"Registered"_s, u"Unregistered"_s, u"Suspended"_s }));
    QCOMPARE(invitationStates, (QSet<QString> { u"Accepted"_s, u"Pending"_s, u"Failed"_s }));
    QVERIFY(licenses.size() >= 3);
    QVERIFY(withAlexa > 0);

    // The store finds one of them by email whatever its case.
    const EmulatorStore store(data);
    const User &someone = data.last().users.at(users / 2);
    const EmulatorReply found = store.listUsers(data.last().account.accountId,
        query({ { u"user-email"_s, someone.primaryEmail->toUpper() } }));
    QCOMPARE(userIds(found), QStringList { someone.userId });
}

QTEST_GUILESS_MAIN(TstEmulatorStore)

#include "tst_emulatorstore.moc"
