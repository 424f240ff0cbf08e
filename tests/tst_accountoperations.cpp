#include "emulatorfixture.h"

#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Three accounts: Team, EnterpriseDirectory and EnterpriseLWA, in the demo generator's order.
EmulatorConfig threeAccountTypes()
{
    EmulatorConfig config;
    config.seed = 5;
    config.accounts = 3;
    config.usersPerAccount = { 4, 4, 4 };
    return config;
}

// Runs one client call to its answer.
template<typename T, typename Call>
Outcome<T> answerOf(Call call)
{
    std::optional<Outcome<T>> answer;
    QObject context;
    call(&context, [&answer](const Outcome<T> &outcome) { answer = outcome; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return ChimeError(ChimeError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *answer;
}

} // namespace

// The account operations, as the API model sends them and as the emulator answers them: what
// each request is on the wire, what is refused before sending, and each against the emulator's
// account-type rules.
class TstAccountOperations : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreAsTheModelSays_data();
    void requestsAreAsTheModelSays();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void accountIsRenamedAndRelicensed();
    void settingsAndRetentionAreKept();
    void delegateGroupsAreForActiveDirectoryAccounts();
    void anAccountIsCreatedAndDeleted();
};

namespace {

// Each account operation's request (data rows carry an index into this: an Outcome has no
// default value to be a test column of its own).
const QList<Outcome<PreparedRequest>> &wellFormed()
{
    using namespace ChimeRequestBuilder;
    static const QString a = u"a/b"_s;
    static const QList<Outcome<PreparedRequest>> requests {
        updateAccount({ a, u"Acme"_s, License::Basic }),
        getAccountSettings({ a }),
        updateAccountSettings({ a, { true, std::nullopt } }),
        getRetentionSettings({ a }),
        putRetentionSettings({ a, { 30, std::nullopt, std::nullopt } }),
        associateSigninDelegateGroups({ a, { u"g"_s } }),
        disassociateSigninDelegateGroups({ a, { u"g"_s } }),
        createAccount({ u"New"_s }),
        deleteAccount({ a }),
    };
    return requests;
}

const QList<Outcome<PreparedRequest>> &refused()
{
    using namespace ChimeRequestBuilder;
    static const QList<Outcome<PreparedRequest>> requests {
        updateAccount({ u"a"_s, u"   "_s, {} }),
        createAccount({ QString(101, u'x') }),
        createAccount({ QString() }),
        putRetentionSettings({ u"a"_s, { 0, std::nullopt, std::nullopt } }),
        putRetentionSettings({ u"a"_s, { std::nullopt, 5476, std::nullopt } }),
        disassociateSigninDelegateGroups({ u"a"_s, {} }),
        deleteAccount({ u" "_s }),
    };
    return requests;
}

} // namespace

void TstAccountOperations::requestsAreAsTheModelSays_data()
{
    QTest::addColumn<int>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("UpdateAccount") << 0 << QByteArray("POST") << QByteArray("/accounts/a%2Fb") << QByteArray()
                                   << QByteArray(R"({"DefaultLicense":"Basic","Name":"Acme"})");
    QTest::newRow("GetAccountSettings") << 1 << QByteArray("GET") << QByteArray("/accounts/a%2Fb/settings")
                                        << QByteArray() << QByteArray();
    QTest::newRow("UpdateAccountSettings") << 2 << QByteArray("PUT") << QByteArray("/accounts/a%2Fb/settings")
                                           << QByteArray() << QByteArray(R"({"AccountSettings":{"DisableRemoteControl":true}})");
    QTest::newRow("GetRetentionSettings") << 3 << QByteArray("GET") << QByteArray("/accounts/a%2Fb/retention-settings")
                                          << QByteArray() << QByteArray();
    QTest::newRow("PutRetentionSettings")
        << 4 << QByteArray("PUT") << QByteArray("/accounts/a%2Fb/retention-settings") << QByteArray()
        << QByteArray(R"({"RetentionSettings":{"RoomRetentionSettings":{"RetentionDays":30}}})");
    QTest::newRow("AssociateSigninDelegateGroupsWithAccount")
        << 5 << QByteArray("POST") << QByteArray("/accounts/a%2Fb")
        << QByteArray("operation=associate-signin-delegate-groups")
        << QByteArray(R"({"SigninDelegateGroups":[{"GroupName":"g"}]})");
    QTest::newRow("DisassociateSigninDelegateGroupsFromAccount")
        << 6 << QByteArray("POST") << QByteArray("/accounts/a%2Fb")
        << QByteArray("operation=disassociate-signin-delegate-groups") << QByteArray(R"({"GroupNames":["g"]})");
    QTest::newRow("CreateAccount") << 7 << QByteArray("POST") << QByteArray("/accounts") << QByteArray()
                                   << QByteArray(R"({"Name":"New"})");
    QTest::newRow("DeleteAccount") << 8 << QByteArray("DELETE") << QByteArray("/accounts/a%2Fb") << QByteArray()
                                   << QByteArray();
}

void TstAccountOperations::requestsAreAsTheModelSays()
{
    QFETCH(int, request);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    const Outcome<PreparedRequest> &prepared = wellFormed().at(request);
    QVERIFY(prepared.isOk());
    QCOMPARE(prepared.value().operation, QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(prepared.value().method, method);
    QCOMPARE(prepared.value().path, path);
    QCOMPARE(prepared.value().query, query);
    QCOMPARE(prepared.value().body, body);
    // A second CreateAccount would make a second account.
    QCOMPARE(prepared.value().retrySafe, prepared.value().operation != u"CreateAccount"_s);
}

void TstAccountOperations::refusedBeforeSending_data()
{
    QTest::addColumn<int>("request");
    const QStringList rows { u"blank name"_s, u"name of 101 characters"_s, u"empty name"_s, u"0 days"_s,
                             u"5476 days"_s, u"no group to disassociate"_s, u"blank account id"_s };
    for (int i = 0; i < rows.size(); ++i)
        QTest::newRow(qPrintable(rows.at(i))) << i;
}

void TstAccountOperations::refusedBeforeSending()
{
    QFETCH(int, request);
    const Outcome<PreparedRequest> &prepared = refused().at(request);
    QVERIFY(!prepared.isOk());
    QCOMPARE(prepared.error().kind(), ChimeError::Kind::BadRequest);
}

void TstAccountOperations::accountIsRenamedAndRelicensed()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    const QString id = fixture.account(1).account.accountId;
    const auto renamed = answerOf<Account>([&](QObject *context, auto done) {
        fixture.client()->updateAccount({ id, u"Renamed"_s, License::Basic }, context, done);
    });
    QVERIFY(renamed.isOk());
    QCOMPARE(renamed.value().name, u"Renamed"_s);
    QCOMPARE(fixture.account(1).account.defaultLicense, LicenseValue(License::Basic));
    // A license the account does not support is refused, and nothing changes.
    const auto refused = answerOf<Account>([&](QObject *context, auto done) {
        fixture.client()->updateAccount({ id, std::nullopt, License::ProTrial }, context, done);
    });
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().kind(), ChimeError::Kind::BadRequest);
    QCOMPARE(fixture.account(1).account.defaultLicense, LicenseValue(License::Basic));
}

void TstAccountOperations::settingsAndRetentionAreKept()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    const QString team = fixture.account(0).account.accountId;
    const QString lwa = fixture.account(2).account.accountId;
    QVERIFY(answerOf<EmptyResult>([&](QObject *context, auto done) {
                fixture.client()->updateAccountSettings({ team, { std::nullopt, true } }, context, done);
            }).isOk());
    const auto settings = answerOf<AccountSettings>([&](QObject *context, auto done) {
        fixture.client()->getAccountSettings({ team }, context, done);
    });
    QVERIFY(settings.isOk());
    QCOMPARE(settings.value().enableDialOut, std::optional(true));
    QCOMPARE(settings.value().disableRemoteControl, std::optional(false)); // left as it was

    QVERIFY(answerOf<RetentionSettings>([&](QObject *context, auto done) {
                fixture.client()->putRetentionSettings({ lwa, { 30, 90, std::nullopt } }, context, done);
            }).isOk());
    const auto retention = answerOf<RetentionSettings>([&](QObject *context, auto done) {
        fixture.client()->getRetentionSettings({ lwa }, context, done);
    });
    QVERIFY(retention.isOk());
    QCOMPARE(retention.value().roomRetentionDays, std::optional(30));
    QCOMPARE(retention.value().conversationRetentionDays, std::optional(90));
    QVERIFY(retention.value().initiateDeletionTimestamp);
    // Retention is for Enterprise accounts.
    const auto teamRetention = answerOf<RetentionSettings>([&](QObject *context, auto done) {
        fixture.client()->getRetentionSettings({ team }, context, done);
    });
    QVERIFY(!teamRetention.isOk());
    QCOMPARE(teamRetention.error().kind(), ChimeError::Kind::BadRequest);
}

void TstAccountOperations::delegateGroupsAreForActiveDirectoryAccounts()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    const QString directory = fixture.account(1).account.accountId;
    QCOMPARE(fixture.account(1).account.accountType, AccountTypeValue(AccountType::EnterpriseDirectory));
    QVERIFY(answerOf<EmptyResult>([&](QObject *context, auto done) {
                fixture.client()->associateSigninDelegateGroups({ directory, { u"extra"_s } }, context, done);
            }).isOk());
    QVERIFY(fixture.account(1).account.signinDelegateGroups.contains(SigninDelegateGroup { u"extra"_s }));
    QVERIFY(answerOf<EmptyResult>([&](QObject *context, auto done) {
                fixture.client()->disassociateSigninDelegateGroups({ directory, { u"extra"_s } }, context, done);
            }).isOk());
    QVERIFY(!fixture.account(1).account.signinDelegateGroups.contains(SigninDelegateGroup { u"extra"_s }));
    const auto team = answerOf<EmptyResult>([&](QObject *context, auto done) {
        fixture.client()->associateSigninDelegateGroups({ fixture.account(0).account.accountId, { u"x"_s } },
                                                        context, done);
    });
    QVERIFY(!team.isOk());
}

void TstAccountOperations::anAccountIsCreatedAndDeleted()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    const auto created = answerOf<Account>([&](QObject *context, auto done) {
        fixture.client()->createAccount({ u"New Team"_s }, context, done);
    });
    QVERIFY(created.isOk());
    QCOMPARE(created.value().accountType, AccountTypeValue(AccountType::Team));
    QCOMPARE(fixture.store().accounts().size(), 4);
    // A Team account with users not suspended is refused, with what to do.
    const auto refused = answerOf<EmptyResult>([&](QObject *context, auto done) {
        fixture.client()->deleteAccount({ fixture.account(0).account.accountId }, context, done);
    });
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().httpStatus(), 422);
    QVERIFY2(refused.error().message().contains(u"Suspend"_s), qPrintable(refused.error().message()));
    const auto deleted = answerOf<EmptyResult>([&](QObject *context, auto done) {
        fixture.client()->deleteAccount({ created.value().accountId }, context, done);
    });
    QVERIFY(deleted.isOk());
    const auto listed = answerOf<AccountsPage>([&](QObject *context, auto done) {
        fixture.client()->listAccounts({}, context, done);
    });
    QVERIFY(listed.isOk());
    QCOMPARE(listed.value().accounts.size(), 3);
}

QTEST_MAIN(TstAccountOperations)
#include "tst_accountoperations.moc"
