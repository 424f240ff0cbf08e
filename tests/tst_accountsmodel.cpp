#include "emulatorfixture.h"
#include "models/accountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAccountsModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryPage_data();
    void loadsEveryPage();
    void failureIsReportedAndKeepsRows();
};

void TstAccountsModel::loadsEveryPage_data()
{
    QTest::addColumn<int>("accounts");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("more than a default page (100)") << 130;
}

void TstAccountsModel::loadsEveryPage()
{
    QFETCH(int, accounts);
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.accounts = accounts;
    config.usersPerAccount = { 1 };
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    AccountsModel model(fixture.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), accounts);
    for (int row = 0; row < accounts; ++row) {
        const Account &expected = fixture.account(row).account;
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), expected.name);
        QCOMPARE(index.data(AccountsModel::AccountIdRole).toString(), expected.accountId);
        QCOMPARE(index.data(AccountsModel::AccountTypeRole).toString(), expected.accountType.wireName());
        QCOMPARE(index.data(AccountsModel::SupportedLicensesRole).toStringList().size(),
                 expected.supportedLicenses.size());
        QCOMPARE(model.rowOfAccount(expected.accountId), row);
    }
    QCOMPARE(model.rowOfAccount(u"missing"_s), -1);
    QVERIFY(!model.account(accounts));
}

void TstAccountsModel::failureIsReportedAndKeepsRows()
{
    EmulatorFixture fixture;
    AccountsModel model(fixture.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);

    fixture.emulator().setFaults(1.0, { 403 }, 0.0);
    QSignalSpy failed(&model, &AccountsModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<ChimeError>().kind(), ChimeError::Kind::Forbidden);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TstAccountsModel)
#include "tst_accountsmodel.moc"
