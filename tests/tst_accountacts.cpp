#include "changechecks.h"
#include "emulatorfixture.h"
#include "enginefixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"

#include "models/accountact.h"
#include "models/accountdeletionact.h"
#include "models/accountnameact.h"
#include "models/accountsmodel.h"
#include "models/changeacts.h"
#include "models/delegategroupsact.h"
#include "models/meetingsettingsact.h"
#include "models/newaccountact.h"
#include "models/retentionact.h"
#include "models/suspensionact.h"
#include "models/undoplanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = ChangeRun::TargetState;
using namespace ChangeChecks;

namespace {

// Three accounts of four users each: Team, EnterpriseDirectory and EnterpriseLWA, in the demo
// generator's order.
EmulatorConfig threeAccountTypes()
{
    EmulatorConfig config;
    config.seed = 7;
    config.accounts = 3;
    config.usersPerAccount = { 4, 4, 4 };
    return config;
}

// What the act reads of the account now: the value, or the error's message.
Outcome<HeldValue> readOf(const ChangeAct &act, ChimeClient *client, const QString &accountId,
                          const QString &targetId)
{
    std::optional<Outcome<HeldValue>> read;
    QObject context;
    act.read(client, accountId, targetId, &context, [&read](const Outcome<HeldValue> &answer) { read = answer; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 10000))
        return ChimeError(ChimeError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *read;
}

// A change of one account, as the account dialogs submit it.
Change changeOf(const ChangeAct &act, const Account &account, const QString &before, const QString &after)
{
    Change change;
    change.act = act.id();
    change.accountId = account.accountId;
    change.accountName = account.name;
    change.targets = { { account.accountId, account.name, {}, before, after } };
    return change;
}

} // namespace

// Every act on accounts through the change engine, end to end against the emulator: what each
// leaves in the service and in the journal, undo where the service allows it, the account-type
// rules and the service's refusals, lost answers settled by reading back (never by sending a
// creation twice), and the account list following what the changes give.
class TstAccountActs : public QObject
{
    Q_OBJECT

private slots:
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void accountNamesAreChecked_data();
    void accountNamesAreChecked();
    void actsApplyAndUndo_data();
    void actsApplyAndUndo();
    void actsAreForTheirAccountTypes_data();
    void actsAreForTheirAccountTypes();
    void deletionIsRefusedWhileUsersAreActive();
    void newAccountIsCreatedOnceAndListed();
    void lostCreateAnswerIsLookedUpNotResent();
    void lostRenameAnswerIsReadBack();
};

void TstAccountActs::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("meetings") << u"meeting-settings"_s << MeetingSettingsAct::valueOf({ true, false }) << true;
    QTest::newRow("meetings, one left out") << u"meeting-settings"_s << u"DisableRemoteControl=true"_s << false;
    QTest::newRow("meetings, not a switch") << u"meeting-settings"_s
                                            << u"DisableRemoteControl=yes,EnableDialOut=true"_s << false;
    QTest::newRow("retention") << u"retention"_s << RetentionAct::valueOf({ 30, std::nullopt, std::nullopt }) << true;
    QTest::newRow("retention, longest") << u"retention"_s << u"Rooms=5475,Conversations=1"_s << true;
    QTest::newRow("retention, too long") << u"retention"_s << u"Rooms=5476,Conversations=kept"_s << false;
    QTest::newRow("retention, zero") << u"retention"_s << u"Rooms=0,Conversations=kept"_s << false;
    QTest::newRow("retention, swapped") << u"retention"_s << u"Conversations=kept,Rooms=3"_s << false;
    QTest::newRow("groups") << u"delegate-groups"_s << DelegateGroupsAct::valueOf({ u"Sales"_s, u"A, B"_s }) << true;
    QTest::newRow("no groups") << u"delegate-groups"_s << DelegateGroupsAct::valueOf({}) << true;
    QTest::newRow("groups, not a list") << u"delegate-groups"_s << u"Sales"_s << false;
    QTest::newRow("groups, not names") << u"delegate-groups"_s << u"[1,2]"_s << false;
}

void TstAccountActs::valuesRoundTrip()
{
    QFETCH(QString, act);
    QFETCH(QString, value);
    QFETCH(bool, wellFormed);
    const ChangeAct *changeAct = ChangeActs::find(act);
    QVERIFY(changeAct);
    bool read = false;
    if (act == u"meeting-settings"_s) {
        const auto settings = MeetingSettingsAct::settingsOf(value);
        read = settings && MeetingSettingsAct::valueOf(*settings) == value;
    } else if (act == u"retention"_s) {
        const auto settings = RetentionAct::settingsOf(value);
        read = settings && RetentionAct::valueOf(*settings) == value;
    } else {
        const auto groups = DelegateGroupsAct::groupsOf(value);
        read = groups && DelegateGroupsAct::valueOf(*groups) == value;
    }
    QCOMPARE(read, wellFormed);
    // A value that is not one is shown as not known, never as the text it holds.
    QCOMPARE(changeAct->displayValue(value) == u"Not known"_s, !wellFormed);
}

void TstAccountActs::accountNamesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a name") << u"Acme Sales"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blanks") << u"   "_s << false;
    QTest::newRow("100 characters") << QString(100, u'x') << true;
    QTest::newRow("101 characters") << QString(101, u'x') << false;
}

void TstAccountActs::accountNamesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(AccountNameAct::problemWith(name).isEmpty(), accepted);
}

void TstAccountActs::actsApplyAndUndo_data()
{
    QTest::addColumn<int>("accountType");
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("operation");
    QTest::newRow("rename") << int(AccountType::Team) << u"account-name"_s << u"Renamed Team"_s << u"UpdateAccount"_s;
    QTest::newRow("default license") << int(AccountType::Team) << u"default-license"_s << u"Basic"_s
                                     << u"UpdateAccount"_s;
    QTest::newRow("meeting settings") << int(AccountType::EnterpriseLWA) << u"meeting-settings"_s
                                      << MeetingSettingsAct::valueOf({ true, true }) << u"UpdateAccountSettings"_s;
    QTest::newRow("retention") << int(AccountType::EnterpriseLWA) << u"retention"_s
                               << u"Rooms=30,Conversations=90"_s << u"PutRetentionSettings"_s;
    QTest::newRow("delegate groups") << int(AccountType::EnterpriseDirectory) << u"delegate-groups"_s
                                     << DelegateGroupsAct::valueOf({ u"Finance"_s, u"Sales"_s })
                                     << u"AssociateSigninDelegateGroupsWithAccount"_s;
}

void TstAccountActs::actsApplyAndUndo()
{
    QFETCH(int, accountType);
    QFETCH(QString, act);
    QFETCH(QString, after);
    QFETCH(QString, operation);
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const Account account = fixture.account(accountOfType(fixture, AccountType(accountType))).account;
    const ChangeAct &changeAct = *ChangeActs::find(act);
    QVERIFY(changeAct.isUndoable());
    const Outcome<HeldValue> before = readOf(changeAct, fixture.client(), account.accountId, account.accountId);
    QVERIFY2(before.isOk(), qPrintable(before.isOk() ? QString() : before.error().userMessage()));
    QVERIFY(!before.value().user);
    QVERIFY(before.value().value != after);

    ChangeRun *run = engine.engine()->submit(changeOf(changeAct, account, before.value().value, after));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 1);
    QCOMPARE(readOf(changeAct, fixture.client(), account.accountId, account.accountId).value().value, after);
    QVERIFY(fixture.emulator().operationCount(operation) >= 1);
    // Journaled with the account as its target, before → after.
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    const ChangeIntent intent = engine.contents().intents.first();
    QCOMPARE(intent.act, act);
    QCOMPARE(intent.accountId, account.accountId);
    QCOMPARE(intent.users.first().before, before.value().value);
    QCOMPARE(intent.users.first().after, after);

    ChangeRun *undo = undoneBy(engine, run->change().id);
    QVERIFY(waitFinished(undo));
    QCOMPARE(undo->countIn(State::Applied), 1);
    QCOMPARE(readOf(changeAct, fixture.client(), account.accountId, account.accountId).value().value,
             before.value().value);
}

void TstAccountActs::actsAreForTheirAccountTypes_data()
{
    QTest::addColumn<int>("accountType");
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("available");
    QTest::newRow("retention, Team") << int(AccountType::Team) << u"retention"_s << u"Rooms=3,Conversations=kept"_s
                                     << false;
    QTest::newRow("retention, Enterprise") << int(AccountType::EnterpriseDirectory) << u"retention"_s
                                           << u"Rooms=3,Conversations=kept"_s << true;
    QTest::newRow("groups, Team") << int(AccountType::Team) << u"delegate-groups"_s << u"[\"G\"]"_s << false;
    QTest::newRow("groups, LWA") << int(AccountType::EnterpriseLWA) << u"delegate-groups"_s << u"[\"G\"]"_s << false;
    QTest::newRow("groups, Active Directory")
        << int(AccountType::EnterpriseDirectory) << u"delegate-groups"_s << u"[\"G\"]"_s << true;
    QTest::newRow("rename, LWA") << int(AccountType::EnterpriseLWA) << u"account-name"_s << u"X"_s << true;
}

void TstAccountActs::actsAreForTheirAccountTypes()
{
    QFETCH(int, accountType);
    QFETCH(QString, act);
    QFETCH(QString, after);
    QFETCH(bool, available);
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const Account account = fixture.account(accountOfType(fixture, AccountType(accountType))).account;
    const auto *accountAct = dynamic_cast<const AccountAct *>(ChangeActs::find(act));
    QVERIFY(accountAct);
    QCOMPARE(accountAct->unavailableFor(account).isEmpty(), available);
    // Sent anyway (a journal replayed, say), the service refuses it just the same.
    ChangeRun *run = engine.engine()->submit(changeOf(*accountAct, account, {}, after));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), available ? 1 : 0);
    QCOMPARE(run->countIn(State::Failed), available ? 0 : 1);
}

void TstAccountActs::deletionIsRefusedWhileUsersAreActive()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    AccountsModel accounts(fixture.client());
    QAbstractItemModelTester tester(&accounts);
    accounts.followChanges(engine.engine());
    QSignalSpy loaded(&accounts, &AccountsModel::loaded);
    accounts.reload();
    QVERIFY(loaded.wait());
    const EmulatorAccount &entry = fixture.account(accountOfType(fixture, AccountType::Team));
    const Account account = entry.account;
    const ChangeAct &deletion = ChangeActs::accountDeletion();
    QVERIFY(!deletion.isUndoable());
    QCOMPARE(readOf(deletion, fixture.client(), account.accountId, account.accountId).value().value,
             AccountDeletionAct::active);

    ChangeRun *refused = engine.engine()->submit(
        changeOf(deletion, account, AccountDeletionAct::active, AccountDeletionAct::deleted));
    QVERIFY(waitFinished(refused));
    // The service's 422 is a refusal, not an unknown: nothing happened, and it says why.
    QCOMPARE(refused->countIn(State::Failed), 1);
    QVERIFY2(refused->targets().first().message.contains(u"suspend"_s, Qt::CaseInsensitive),
             qPrintable(refused->targets().first().message));
    QCOMPARE(accounts.rowCount(), 3);

    Change suspension;
    suspension.act = ChangeActs::suspension().id();
    suspension.accountId = account.accountId;
    for (const User &user : entry.users)
        suspension.targets.append({ user.userId, {}, {}, {}, SuspensionAct::suspended });
    QVERIFY(waitFinished(engine.engine()->submit(suspension)));

    ChangeRun *run = engine.engine()->submit(
        changeOf(deletion, account, AccountDeletionAct::active, AccountDeletionAct::deleted));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 1);
    QCOMPARE(readOf(deletion, fixture.client(), account.accountId, account.accountId).value().value,
             AccountDeletionAct::deleted);
    // Out of the list at once, and out of the service's listing too.
    QCOMPARE(accounts.rowCount(), 2);
    QCOMPARE(accounts.rowOfAccount(account.accountId), -1);
    accounts.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(accounts.rowCount(), 2);
}

void TstAccountActs::newAccountIsCreatedOnceAndListed()
{
    EmulatorFixture fixture(threeAccountTypes());
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    AccountsModel accounts(fixture.client());
    QAbstractItemModelTester tester(&accounts);
    accounts.followChanges(engine.engine());
    QSignalSpy loaded(&accounts, &AccountsModel::loaded);
    accounts.reload();
    QVERIFY(loaded.wait());
    const ChangeAct &creation = ChangeActs::newAccount();
    QCOMPARE(readOf(creation, fixture.client(), {}, u"Branch Office"_s).value().value, NewAccountAct::none);

    Change change;
    change.act = creation.id();
    change.accountName = u"Branch Office"_s;
    change.targets = { { u"Branch Office"_s, u"Branch Office"_s, {}, NewAccountAct::none, u"Team"_s } };
    ChangeRun *run = engine.engine()->submit(change);
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 1);
    QCOMPARE(fixture.emulator().operationCount(u"CreateAccount"_s), 1);
    QVERIFY(creation.reached(readOf(creation, fixture.client(), {}, u"Branch Office"_s).value().value, u"Team"_s));
    // The list is read again as soon as the account exists.
    QTRY_COMPARE(accounts.rowCount(), 4);
    QVERIFY(loaded.size() >= 2);
}

void TstAccountActs::lostCreateAnswerIsLookedUpNotResent()
{
    int creations = 0;
    ScriptedServer service([&creations](const QByteArray &method, const QByteArray &path,
                                        const QByteArray &) -> std::optional<ScriptedServer::Answer> {
        if (method == "POST") {
            ++creations;
            return ScriptedServer::Answer { 503, R"({"Code":"ServiceUnavailable"})" };
        }
        if (path.startsWith("/accounts?"))
            return ScriptedServer::Answer {
                200, R"({"Accounts":[{"AccountId":"acc-new","AwsAccountId":"1","Name":"Branch Office","AccountType":"Team"}]})"
            };
        return ScriptedServer::Answer { 404, R"({"Code":"NotFound"})" };
    });
    LoopbackClient client(service.endpoint());
    EngineFixture engine(client.client());
    Change change;
    change.act = ChangeActs::newAccount().id();
    change.targets = { { u"Branch Office"_s, u"Branch Office"_s, {}, NewAccountAct::none, u"Team"_s } };
    ChangeRun *run = engine.engine()->submit(change);
    QVERIFY(waitFinished(run));
    // The 503 told nothing; the lookup by name found the account, and no second one was made.
    QCOMPARE(creations, 1);
    QCOMPARE(run->countIn(State::Applied), 1);
}

void TstAccountActs::lostRenameAnswerIsReadBack()
{
    ScriptedServer service([](const QByteArray &method, const QByteArray &,
                              const QByteArray &) -> std::optional<ScriptedServer::Answer> {
        if (method == "POST")
            return ScriptedServer::Answer { 200, R"({"Account":)", true };
        return ScriptedServer::Answer { 200, R"({"Account":{"AccountId":"acc","AwsAccountId":"1","Name":"Old name","AccountType":"Team"}})" };
    });
    LoopbackClient client(service.endpoint());
    EngineFixture engine(client.client());
    Account account;
    account.accountId = u"acc"_s;
    account.name = u"Old name"_s;
    ChangeRun *run = engine.engine()->submit(changeOf(ChangeActs::accountName(), account, u"Old name"_s, u"New name"_s));
    QVERIFY(waitFinished(run));
    // Read back, the account still has its old name: not applied, and said so.
    QCOMPARE(run->countIn(State::NotApplied), 1);
    QCOMPARE(run->targets().first().holds, u"Old name"_s);
}

QTEST_GUILESS_MAIN(TstAccountActs)
#include "tst_accountacts.moc"
