#include "emulatorfixture.h"
#include "models/userfilterproxymodel.h"
#include "models/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TstUserFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void sortsDatesByTimeNotText();

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<UsersModel> m_users;
};

void TstUserFilterProxyModel::initTestCase()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    m_users = std::make_unique<UsersModel>(m_fixture->client());
    const Account &account = m_fixture->account(1).account;
    m_users->setAccount(account.accountId, account.supportedLicenses);
    m_users->loadAll();
    QTRY_VERIFY(m_users->isComplete());
}

void TstUserFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("license");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QString>("registration");

    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
    QTest::newRow("name part, other case") << u"ADA"_s << QString() << QString() << QString();
    QTest::newRow("email fragment") << u"1@contoso"_s << QString() << QString() << QString();
    QTest::newRow("no match") << u"zzzz-nobody"_s << QString() << QString() << QString();
    QTest::newRow("license") << QString() << u"Basic"_s << QString() << QString();
    QTest::newRow("user type") << QString() << QString() << u"SharedDevice"_s << QString();
    QTest::newRow("registration") << QString() << QString() << QString() << u"Suspended"_s;
    QTest::newRow("everything") << u"a"_s << u"Pro"_s << u"PrivateUser"_s << u"Registered"_s;
}

void TstUserFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, license);
    QFETCH(QString, userType);
    QFETCH(QString, registration);

    UserFilterProxyModel proxy;
    proxy.setUsersModel(m_users.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(text);
    proxy.setLicenseFilter(license);
    proxy.setUserTypeFilter(userType);
    proxy.setRegistrationFilter(registration);

    int expected = 0;
    for (const User &user : m_fixture->account(1).users) {
        const bool textMatches = text.isEmpty()
            || user.displayName->contains(text, Qt::CaseInsensitive)
            || user.primaryEmail->contains(text, Qt::CaseInsensitive);
        if (textMatches && (license.isEmpty() || user.licenseType.wireName() == license)
            && (userType.isEmpty() || user.userType.wireName() == userType)
            && (registration.isEmpty() || user.userRegistrationStatus.wireName() == registration))
            ++expected;
    }
    QCOMPARE(proxy.rowCount(), expected);
    if (!license.isEmpty() || !text.isEmpty() || !userType.isEmpty() || !registration.isEmpty())
        QVERIFY(expected < m_users->rowCount());
}

void TstUserFilterProxyModel::sortsDatesByTimeNotText()
{
    UserFilterProxyModel proxy;
    proxy.setUsersModel(m_users.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(UsersModel::InvitedOnColumn, Qt::AscendingOrder);
    QDateTime previous;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QDateTime time = proxy.index(row, UsersModel::InvitedOnColumn)
                                   .data(UsersModel::InvitedOnRole).toDateTime();
        if (previous.isValid() && time.isValid())
            QVERIFY(previous <= time);
        if (time.isValid())
            previous = time;
    }
}

QTEST_GUILESS_MAIN(TstUserFilterProxyModel)
#include "tst_userfilterproxymodel.moc"
