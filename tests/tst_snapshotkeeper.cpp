#include "emulatorfixture.h"
#include "enginefixture.h"
#include "loopbackclient.h"

#include "models/accountsmodel.h"
#include "models/snapshotkeeper.h"
#include "models/usersmodel.h"
#include "store/asyncsnapshots.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A users table kept by a snapshot keeper, as the window has it, on the client given.
struct KeptTable
{
    // Tested as it changes, unless a test needs the pages loaded one at a time: the model tester
    // fetches every page it can.
    enum class Tested { Yes, No };

    KeptTable(ChimeClient *client, AsyncSnapshots *snapshots, Tested tested = Tested::Yes)
        : engine(client)
        , accounts(client)
        , users(client, engine.engine())
        , keeper(snapshots, &users, &accounts)
    {
        if (tested == Tested::Yes)
            tester.emplace(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    EngineFixture engine;
    AccountsModel accounts;
    UsersModel users;
    std::optional<QAbstractItemModelTester> tester;
    SnapshotKeeper keeper;
};

QList<QString> idsOf(const UsersModel &users)
{
    QList<QString> ids;
    for (int row = 0; row < users.rowCount(); ++row)
        ids.append(users.user(row)->userId);
    return ids;
}

QList<QString> idsOf(const QList<User> &users)
{
    QList<QString> ids;
    for (const User &user : users)
        ids.append(user.userId);
    return ids;
}

} // namespace

// Listings kept as snapshots while they load, and an account reopened from its last complete
// snapshot: at once, marked, not editable, confirmed and corrected by the live listing, and still
// there when the service is gone.
class TstSnapshotKeeper : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listingIsKeptAsASnapshot();
    void partialListingIsNeverReopened();
    void snapshotReopensWhenTheServiceIsGone();
    void liveListingConfirmsAndCorrectsTheSnapshot();
    void settingsAreKeptWithTheListing();

private:
    // Lists `account` of the fixture with `table`, every page or only the first.
    void list(KeptTable &table, int account, bool everyPage);
    std::optional<Snapshot> latestOf(const QString &accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<AsyncSnapshots> m_snapshots;
};

void TstSnapshotKeeper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fixture->started());
    m_snapshots = std::make_unique<AsyncSnapshots>(m_dir->filePath(u"snapshots.sqlite"_s));
    QSignalSpy opened(m_snapshots.get(), &AsyncSnapshots::opened);
    QVERIFY(opened.wait(5000));
    QVERIFY(m_snapshots->isAvailable());
}

void TstSnapshotKeeper::cleanup()
{
    m_snapshots.reset();
    m_fixture.reset();
    m_dir.reset();
}

void TstSnapshotKeeper::list(KeptTable &table, int account, bool everyPage)
{
    table.accounts.reload();
    QTRY_VERIFY(!table.accounts.isLoading() && table.accounts.rowCount() > 0);
    const Account &listed = m_fixture->account(account).account;
    table.users.setAccount(listed.accountId, listed.supportedLicenses, listed.name);
    if (everyPage)
        table.users.loadAll();
    else
        table.users.fetchMore({});
    QTRY_VERIFY(!table.users.isLoading() && table.users.rowCount() > 0);
}

std::optional<Snapshot> TstSnapshotKeeper::latestOf(const QString &accountId)
{
    std::optional<Snapshot> latest;
    bool answered = false;
    m_snapshots->readLatest(accountId, -1, this, [&](const std::optional<Snapshot> &snapshot) {
        latest = snapshot;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qWarning("no answer from the snapshots");
    return latest;
}

void TstSnapshotKeeper::listingIsKeptAsASnapshot()
{
    KeptTable table(m_fixture->client(), m_snapshots.get());
    list(table, 1, true);
    QVERIFY(table.users.isComplete());
    const EmulatorAccount &account = m_fixture->account(1);
    const std::optional<Snapshot> latest = latestOf(account.account.accountId);
    QVERIFY(latest);
    QVERIFY(latest->info.complete);
    QCOMPARE(latest->info.account.name, account.account.name);
    QCOMPARE(latest->info.account.accountType, account.account.accountType);
    QCOMPARE(latest->info.userCount, 230);
    QCOMPARE(idsOf(latest->users), idsOf(table.users));
    for (int row = 0; row < table.users.rowCount(); ++row) {
        User listed = *table.users.user(row);
        listed.accountId.reset(); // the snapshot's, once
        QVERIFY(listed.personalPin); // the emulator lists it; a snapshot never keeps it
        listed.personalPin.reset();
        QCOMPARE(latest->users.at(row), listed);
    }
}

void TstSnapshotKeeper::partialListingIsNeverReopened()
{
    const QString accountId = m_fixture->account(1).account.accountId;
    {
        KeptTable table(m_fixture->client(), m_snapshots.get(), KeptTable::Tested::No);
        list(table, 1, false);
        QVERIFY(!table.users.isComplete());
        // Another account listed: what the first listing gave is kept, as partial.
        list(table, 0, false);
    }
    QVERIFY(!latestOf(accountId));
    QList<SnapshotInfo> kept;
    bool answered = false;
    m_snapshots->list(accountId, this, [&](const QList<SnapshotInfo> &snapshots, const QString &) {
        kept = snapshots;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(kept.size(), 1);
    QVERIFY(!kept.first().complete);
    QCOMPARE(kept.first().userCount, 200);
    const QUrl endpoint = m_fixture->emulator().endpoint();
    m_fixture.reset();
    LoopbackClient gone(endpoint, std::chrono::seconds(2));
    KeptTable reopened(gone.client(), m_snapshots.get());
    QSignalSpy failed(&reopened.users, &UsersModel::loadFailed);
    reopened.users.setAccount(accountId, { License::Basic, License::Pro });
    reopened.users.fetchMore({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(reopened.users.rowCount(), 0);
}

void TstSnapshotKeeper::snapshotReopensWhenTheServiceIsGone()
{
    const EmulatorAccount account = m_fixture->account(1);
    {
        KeptTable table(m_fixture->client(), m_snapshots.get());
        list(table, 1, true);
    }
    const QUrl endpoint = m_fixture->emulator().endpoint();
    m_fixture.reset();
    LoopbackClient gone(endpoint, std::chrono::seconds(2));
    KeptTable reopened(gone.client(), m_snapshots.get());
    QSignalSpy failed(&reopened.users, &UsersModel::loadFailed);
    reopened.users.setAccount(account.account.accountId, account.account.supportedLicenses,
                              account.account.name);
    reopened.users.fetchMore({});
    QTRY_COMPARE(reopened.users.rowCount(), 230);
    QVERIFY(failed.wait(10000) || failed.size() == 1);
    // Still there after the service failed to answer, every row marked and none editable.
    QCOMPARE(reopened.users.rowCount(), 230);
    QCOMPARE(reopened.users.snapshotRowCount(), 230);
    QVERIFY(reopened.users.snapshotTime().isValid());
    for (int row = 0; row < reopened.users.rowCount(); ++row) {
        const QModelIndex license = reopened.users.index(row, UsersModel::LicenseColumn);
        QVERIFY(license.data(UsersModel::FromSnapshotRole).toBool());
        QVERIFY(!(reopened.users.flags(license) & Qt::ItemIsEditable));
    }
    const QModelIndex first = reopened.users.index(0, UsersModel::LicenseColumn);
    const QString other = first.data(UsersModel::LicenseRole).toString() == u"Basic"_s ? u"Pro"_s : u"Basic"_s;
    QVERIFY(!reopened.users.setData(first, other));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"snapshot"_s));
}

void TstSnapshotKeeper::liveListingConfirmsAndCorrectsTheSnapshot()
{
    const EmulatorAccount account = m_fixture->account(0);
    {
        KeptTable table(m_fixture->client(), m_snapshots.get());
        list(table, 0, true);
        QCOMPARE(table.users.rowCount(), 12);
    }
    // Since the snapshot: one user gone, one relicensed, one new.
    EmulatorStore &store = m_fixture->store();
    const QString gone = account.users.at(3).userId;
    const User relicensed = account.users.at(5);
    const QString license = relicensed.licenseType.value() == License::Basic ? u"Pro"_s : u"Basic"_s;
    QVERIFY(store.removeUser(account.account.accountId, gone));
    QCOMPARE(store.updateUser(account.account.accountId, relicensed.userId,
                              u"{\"LicenseType\":\"%1\"}"_s.arg(license).toUtf8()).status, 200);
    const int created = store.createUser(account.account.accountId,
                                         R"({"Email":"newcomer@example.com","UserType":"PrivateUser"})").status;
    QVERIFY2(created == 201 || created == 200, qPrintable(QString::number(created)));
    // Slow enough that the snapshot shows before the live listing answers.
    m_fixture->emulator().setLatency(400);

    KeptTable reopened(m_fixture->client(), m_snapshots.get());
    QSignalSpy goneSpy(&reopened.users, &UsersModel::snapshotUsersGone);
    reopened.users.setAccount(account.account.accountId, account.account.supportedLicenses,
                              account.account.name);
    reopened.users.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(reopened.users.rowCount(), 12, 300);
    QVERIFY(reopened.users.isLoading());
    QCOMPARE(reopened.users.snapshotRowCount(), 12);
    QTRY_VERIFY_WITH_TIMEOUT(reopened.users.isComplete(), 10000);
    QCOMPARE(reopened.users.snapshotRowCount(), 0);
    QVERIFY(!reopened.users.snapshotTime().isValid());
    QCOMPARE(goneSpy.size(), 1);
    QCOMPARE(goneSpy.first().first().toInt(), 1);
    QCOMPARE(reopened.users.rowCount(), 12);
    QCOMPARE(reopened.users.rowOfUser(gone), -1);
    const int row = reopened.users.rowOfUser(relicensed.userId);
    QCOMPARE(reopened.users.index(row, 0).data(UsersModel::LicenseRole).toString(), license);
    QVERIFY(!reopened.users.index(row, 0).data(UsersModel::FromSnapshotRole).toBool());
    bool newcomer = false;
    for (int r = 0; r < reopened.users.rowCount(); ++r)
        newcomer = newcomer || reopened.users.user(r)->primaryEmail == u"newcomer@example.com"_s;
    QVERIFY(newcomer);
}

void TstSnapshotKeeper::settingsAreKeptWithTheListing()
{
    const QString accountId = m_fixture->account(1).account.accountId;
    KeptTable table(m_fixture->client(), m_snapshots.get());
    // Read before the first page arrived, and after the last one: both kept with the listing.
    const Account &listed = m_fixture->account(1).account;
    table.users.setAccount(listed.accountId, listed.supportedLicenses, listed.name);
    table.users.loadAll();
    table.keeper.noteSettings(accountId, AccountSettings { true, false });
    QTRY_VERIFY(table.users.isComplete());
    table.keeper.noteRetention(accountId, RetentionSettings { 90, std::nullopt, std::nullopt });
    table.keeper.noteRetention(u"another account"_s, RetentionSettings { 1, 1, std::nullopt });
    const QString userId = table.users.user(3)->userId;
    table.keeper.noteTelephony(accountId, userId, TelephonySettings { true, false, true });
    const std::optional<Snapshot> latest = latestOf(accountId);
    QVERIFY(latest);
    QCOMPARE(latest->settings, (AccountSettings { true, false }));
    QCOMPARE(latest->retention, (RetentionSettings { 90, std::nullopt, std::nullopt }));
    QCOMPARE(latest->users.at(3).userId, userId);
    QCOMPARE(latest->users.at(3).telephony, (TelephonySettings { true, false, true }));
    QVERIFY(!latest->users.at(4).telephony);
}

QTEST_MAIN(TstSnapshotKeeper)
#include "tst_snapshotkeeper.moc"
