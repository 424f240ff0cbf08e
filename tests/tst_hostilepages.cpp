#include "enginefixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"

#include "models/accountsmodel.h"
#include "models/usersmodel.h"
#include "ui/unreadablesummary.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonObject userJson(const QString &id, const QString &name)
{
    return { { u"UserId"_s, id }, { u"DisplayName"_s, name }, { u"LicenseType"_s, u"Pro"_s } };
}

// One ListUsers page: `count` users numbered from `first`, and the token to send, if any.
QByteArray usersPage(int first, int count, const QString &nextToken)
{
    QJsonArray users;
    for (int i = first; i < first + count; ++i)
        users.append(userJson(u"user-%1"_s.arg(i), u"User %1"_s.arg(i)));
    QJsonObject page { { u"Users"_s, users } };
    if (!nextToken.isEmpty())
        page.insert(u"NextToken"_s, nextToken);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QString tokenOf(const QByteArray &path)
{
    const qsizetype query = path.indexOf('?');
    return query < 0 ? QString()
                     : QUrlQuery(QString::fromLatin1(path.mid(query + 1))).queryItemValue(u"next-token"_s);
}

} // namespace

// Pages from a service (or a proxy in front of it) that loop, overflow or repeat themselves: the
// listing stops with a clear error instead of asking forever, and what was read stays shown.
class TstHostilePages : public QObject
{
    Q_OBJECT

private slots:
    void usersListingStops_data();
    void usersListingStops();
    void aUserListedTwiceIsOneRow();
    void aBadUserDoesNotHideItsPage();
    void aBadAccountDoesNotHideTheOthers();
    void accountsListingThatRepeatsItsTokenStops();
};

void TstHostilePages::usersListingStops_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("rowsShown");
    QTest::addColumn<QString>("said");
    QTest::newRow("the same token forever") << u"same-token"_s << 10 << u"page token"_s;
    QTest::newRow("empty pages, each with a new token") << u"empty-pages"_s << 10 << u"empty pages"_s;
    QTest::newRow("more users than asked for") << u"overflow"_s << 10 << u"at most 10"_s;
}

void TstHostilePages::usersListingStops()
{
    QFETCH(QString, answers);
    QFETCH(int, rowsShown);
    QFETCH(QString, said);
    int pages = 0;
    ScriptedServer service([&](const QByteArray &, const QByteArray &path, const QByteArray &) {
        ++pages;
        const QString token = tokenOf(path);
        QByteArray body;
        if (token.isEmpty())
            body = usersPage(0, 10, u"t1"_s);
        else if (answers == u"same-token"_s)
            body = usersPage(100 + pages, 0, u"t1"_s);
        else if (answers == u"empty-pages"_s)
            body = usersPage(0, 0, u"t%1"_s.arg(pages + 1));
        else
            body = usersPage(10, 11, u"t2"_s);
        return std::optional<ScriptedServer::Answer>({ 200, body });
    });
    LoopbackClient client(service.endpoint());
    EngineFixture engine(client.client());
    UsersModel model(client.client(), engine.engine());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setAccount(u"acc"_s, { License::Basic, License::Pro });
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.loadAll();
    QVERIFY(failed.wait(10000));
    const ChimeError error = failed.first().first().value<ChimeError>();
    QVERIFY2(error.userMessage().contains(said), qPrintable(error.userMessage()));
    QCOMPARE(model.rowCount(), rowsShown);
    QVERIFY(model.hasLoadError());
    QVERIFY(!model.isLoading());
    QVERIFY(pages <= PagingGuard::maxEmptyPagesInARow + 2);
    // Nothing more is asked for on its own.
    const int asked = pages;
    QTest::qWait(200);
    QCOMPARE(pages, asked);
}

void TstHostilePages::aUserListedTwiceIsOneRow()
{
    ScriptedServer service([](const QByteArray &, const QByteArray &, const QByteArray &) {
        const QJsonArray users { userJson(u"a"_s, u"Ann"_s), userJson(u"b"_s, u"Bob"_s),
                                 userJson(u"a"_s, u"Ann Renamed"_s) };
        return std::optional<ScriptedServer::Answer>(
            { 200, QJsonDocument(QJsonObject { { u"Users"_s, users } }).toJson() });
    });
    LoopbackClient client(service.endpoint());
    EngineFixture engine(client.client());
    UsersModel model(client.client(), engine.engine());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(u"acc"_s, { License::Basic, License::Pro });
    QSignalSpy loaded(&model, &UsersModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.user(model.rowOfUser(u"a"_s))->displayName, std::optional(u"Ann Renamed"_s));
    QCOMPARE(model.user(model.rowOfUser(u"b"_s))->displayName, std::optional(u"Bob"_s));
}

void TstHostilePages::aBadUserDoesNotHideItsPage()
{
    ScriptedServer service([](const QByteArray &, const QByteArray &path, const QByteArray &) {
        QJsonObject page;
        if (tokenOf(path).isEmpty()) {
            QJsonObject badLicense = userJson(u"b"_s, u"Bob"_s);
            badLicense.insert(u"LicenseType"_s, 3);
            page = { { u"Users"_s, QJsonArray { userJson(u"a"_s, u"Ann"_s), badLicense,
                                                QJsonValue::Null, userJson(u"c"_s, u"Cy"_s) } },
                     { u"NextToken"_s, u"t1"_s } };
        } else {
            // Bob reads this time: he gets his row and is no longer counted as unreadable.
            page = { { u"Users"_s, QJsonArray { userJson(u"b"_s, u"Bob"_s), userJson(u"d"_s, u"Di"_s) } } };
        }
        return std::optional<ScriptedServer::Answer>({ 200, QJsonDocument(page).toJson() });
    });
    LoopbackClient client(service.endpoint());
    EngineFixture engine(client.client());
    UsersModel model(client.client(), engine.engine());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(u"acc"_s, { License::Basic, License::Pro });
    QSignalSpy loaded(&model, &UsersModel::pageLoaded);
    QSignalSpy unreadable(&model, &UsersModel::unreadableUsersFound);
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfUser(u"a"_s) >= 0 && model.rowOfUser(u"c"_s) >= 0);
    QCOMPARE(model.unreadableUsers().size(), 2);
    QCOMPARE(model.unreadableUsers().at(0).id, u"b"_s);
    QVERIFY(model.unreadableUsers().at(0).why.contains(u"LicenseType"_s));
    QVERIFY(model.unreadableUsers().at(1).id.isEmpty());
    const QString said = UnreadableSummary::users(model.unreadableUsers());
    QVERIFY2(said.startsWith(u"2 user"_s) && said.contains(u"b ("_s), qPrintable(said));

    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.unreadableUsers().size(), 1);
    QVERIFY(model.unreadableUsers().at(0).id.isEmpty());
    QVERIFY(model.isComplete());
}

void TstHostilePages::aBadAccountDoesNotHideTheOthers()
{
    ScriptedServer service([](const QByteArray &, const QByteArray &, const QByteArray &) {
        const QJsonArray accounts { QJsonObject { { u"AccountId"_s, u"good"_s }, { u"Name"_s, u"Good"_s } },
                                    QJsonObject { { u"AccountId"_s, u"bad"_s }, { u"Name"_s, 7 } },
                                    u"not an account"_s };
        return std::optional<ScriptedServer::Answer>(
            { 200, QJsonDocument(QJsonObject { { u"Accounts"_s, accounts } }).toJson() });
    });
    LoopbackClient client(service.endpoint());
    AccountsModel model(client.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.account(0)->accountId, u"good"_s);
    QCOMPARE(model.unreadableAccounts().size(), 2);
    const QString said = UnreadableSummary::accounts(model.unreadableAccounts());
    QVERIFY2(said.startsWith(u"2 account"_s) && said.contains(u"bad ("_s)
                 && said.contains(u"one without a readable id"_s),
             qPrintable(said));
}

void TstHostilePages::accountsListingThatRepeatsItsTokenStops()
{
    int pages = 0;
    ScriptedServer service([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        ++pages;
        const QJsonObject account { { u"AccountId"_s, u"acc-%1"_s.arg(pages) },
                                    { u"AwsAccountId"_s, u"1"_s }, { u"Name"_s, u"A%1"_s.arg(pages) } };
        QJsonObject page { { u"Accounts"_s, QJsonArray { account } }, { u"NextToken"_s, u"again"_s } };
        return std::optional<ScriptedServer::Answer>({ 200, QJsonDocument(page).toJson() });
    });
    LoopbackClient client(service.endpoint());
    AccountsModel model(client.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &AccountsModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().value<ChimeError>().userMessage().contains(u"page token"_s));
    QCOMPARE(pages, 2);
    // The accounts read before the repeat are shown.
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TstHostilePages)
#include "tst_hostilepages.moc"
