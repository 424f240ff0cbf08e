#include "emulatorfixture.h"
#include "enginefixture.h"

#include "models/licensemix.h"
#include "models/licensetotalsmodel.h"
#include "models/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

// The account panel's license mix: whole percentages that add up to 100, and counts said to be
// partial while the account is not loaded whole.
class TstLicenseMix : public QObject
{
    Q_OBJECT

private slots:
    void percentagesAreWholeAndEqualForEqualCounts_data();
    void percentagesAreWholeAndEqualForEqualCounts();
    void countsAreOfTheLoadedUsers();
    void totalsCountEveryAccount();
    void anAccountThatCannotBeListedSaysSo();
};

void TstLicenseMix::percentagesAreWholeAndEqualForEqualCounts_data()
{
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<QList<int>>("percentages");
    // Found in review: each rounded on its own, these gave 101 % (38 + 13 + 50) and 99 %.
    QTest::newRow("1, 3, 4 of 8") << QList<int> { 1, 3, 4 } << QList<int> { 13, 37, 50 };
    // Found by a new user: equal counts read as unequal shares when one third got 34 %.
    QTest::newRow("thirds") << QList<int> { 1, 1, 1 } << QList<int> { 33, 33, 33 };
    QTest::newRow("two equal, one larger") << QList<int> { 1, 1, 4 } << QList<int> { 17, 17, 66 };
    QTest::newRow("one of many") << QList<int> { 1, 199 } << QList<int> { 1, 99 };
    QTest::newRow("a license nobody holds") << QList<int> { 0, 5 } << QList<int> { 0, 100 };
    QTest::newRow("no users") << QList<int> { 0, 0 } << QList<int> { 0, 0 };
}

void TstLicenseMix::percentagesAreWholeAndEqualForEqualCounts()
{
    QFETCH(QList<int>, counts);
    QFETCH(QList<int>, percentages);
    const QList<int> shares = LicenseMix::wholePercentages(counts);
    QCOMPARE(shares, percentages);
    const int sum = std::accumulate(shares.cbegin(), shares.cend(), 0);
    if (std::accumulate(counts.cbegin(), counts.cend(), 0) == 0) {
        QCOMPARE(sum, 0);
        return;
    }
    // A hundred, but for the points equal counts could not all be given.
    QVERIFY2(sum <= 100 && sum > 100 - counts.size(), qPrintable(QString::number(sum)));
    for (qsizetype i = 0; i < counts.size(); ++i) {
        for (qsizetype j = 0; j < counts.size(); ++j)
            QVERIFY(counts.at(i) != counts.at(j) || shares.at(i) == shares.at(j));
    }
}

void TstLicenseMix::countsAreOfTheLoadedUsers()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    UsersModel users(fixture.client(), engine.engine());
    users.setPageSize(50);
    LicenseMix mix(&users);
    const EmulatorAccount &entry = fixture.account(1); // 230 users: several pages
    users.setAccount(entry.account.accountId, entry.account.supportedLicenses, entry.account.name);
    QSignalSpy pages(&users, &UsersModel::pageLoaded);
    users.fetchMore({});
    QVERIFY(pages.wait(10000));
    QCOMPARE(mix.total(), 50);
    QVERIFY(!mix.isComplete());
    users.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(users.isComplete(), 20000);
    QVERIFY(mix.isComplete());
    QCOMPARE(mix.total(), int(entry.users.size()));
    const QList<int> shares = mix.percentages();
    QCOMPARE(std::accumulate(shares.cbegin(), shares.cend(), 0), 100);
}

namespace {

QList<Account> accountsOf(EmulatorFixture &fixture)
{
    QList<Account> accounts;
    for (const EmulatorAccount &entry : fixture.store().accounts())
        accounts.append(entry.account);
    return accounts;
}

int storeCount(EmulatorFixture &fixture, int account, License license)
{
    const QList<User> &users = fixture.account(account).users;
    return int(std::count_if(users.cbegin(), users.cend(),
                             [license](const User &user) { return user.licenseType == license; }));
}

} // namespace

void TstLicenseMix::totalsCountEveryAccount()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    LicenseTotalsModel totals(fixture.client());
    QAbstractItemModelTester tester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&totals, &LicenseTotalsModel::finished);
    totals.count(accountsOf(fixture));
    QVERIFY(finished.wait(20000));
    QCOMPARE(totals.rowCount(), 3); // two accounts and the total
    int users = 0;
    for (int account = 0; account < 2; ++account) {
        users += int(fixture.account(account).users.size());
        QCOMPARE(totals.index(account, LicenseTotalsModel::UsersColumn).data(LicenseTotalsModel::CountRole).toInt(),
                 int(fixture.account(account).users.size()));
        QCOMPARE(totals.index(account, LicenseTotalsModel::ProColumn).data(LicenseTotalsModel::CountRole).toInt(),
                 storeCount(fixture, account, License::Pro));
        QVERIFY(totals.index(account, 0).data(LicenseTotalsModel::CompleteRole).toBool());
    }
    QCOMPARE(totals.index(2, LicenseTotalsModel::UsersColumn).data(LicenseTotalsModel::CountRole).toInt(), users);
    QCOMPARE(totals.index(2, LicenseTotalsModel::StateColumn).data().toString(), u"Exact"_s);
    // 230 users in pages of 200: two pages for the large account, one for the small one.
    QCOMPARE(fixture.emulator().operationCount(u"ListUsers"_s), 3);
}

void TstLicenseMix::anAccountThatCannotBeListedSaysSo()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    LicenseTotalsModel totals(fixture.client());
    QAbstractItemModelTester tester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Account> accounts = accountsOf(fixture);
    Account missing = accounts.first();
    missing.accountId = u"no-such-account"_s;
    missing.name = u"Gone"_s;
    accounts.append(missing);
    QSignalSpy finished(&totals, &LicenseTotalsModel::finished);
    totals.count(accounts);
    QVERIFY(finished.wait(20000));
    QVERIFY(totals.index(2, LicenseTotalsModel::StateColumn).data().toString().startsWith(u"Stopped"_s));
    QVERIFY(!totals.index(3, 0).data(LicenseTotalsModel::CompleteRole).toBool());
    QVERIFY(totals.index(3, LicenseTotalsModel::StateColumn).data().toString().contains(u"2 of 3"_s));
}

QTEST_MAIN(TstLicenseMix)
#include "tst_licensemix.moc"
