#include "emulatorfixture.h"
#include "enginefixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"
#include "models/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TstUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstPageShowsBeforeTheRest();
    void loadAllReachesTheLastPageWithoutDuplicates();
    void loadAllAsksForTheNextPageBeforeShowingThisOne();
    void columnsAndRoles_data();
    void columnsAndRoles();
    void onlyLicenseIsEditable();
    void licenseEditIsPendingThenConfirmed();
    void refusedEditReverts();
    void unsupportedOrUnchangedLicenseIsNotSent_data();
    void unsupportedOrUnchangedLicenseIsNotSent();
    void userIdOnlyAnswerKeepsOtherFields();
    void secondEditWaitsUntilTheFirstSettles();
    void reloadKeepsPendingEdit();
    void accountSwitchMidEditLandsInItsOwnAccount();
    void failedPageResumesWhereItStopped();
    void emailLookupFindsUnloadedUser();
    void emailLookupReportsMissingUser();
    void emailLookupRefusesWhatIsNoEmail_data();
    void emailLookupRefusesWhatIsNoEmail();
    void unconfirmedUserCanBeSetToEitherLicense();

private:
    void showAccount(int index);
    int rowOfFirstUserWithout(License license) const;

    // Waits until the engine has finished `count` runs since the spy was made.
    static bool waitRuns(QSignalSpy &finished, int count = 1);

    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<EngineFixture> m_engine;
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstUsersModel::init()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fixture->started());
    m_engine = std::make_unique<EngineFixture>(m_fixture->client());
    m_model = std::make_unique<UsersModel>(m_fixture->client(), m_engine->engine());
    // Alive for the whole test, so every signal the model emits is checked.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstUsersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_engine.reset();
    m_fixture.reset();
}

bool TstUsersModel::waitRuns(QSignalSpy &finished, int count)
{
    return QTest::qWaitFor([&] { return finished.count() >= count; }, 10000);
}

void TstUsersModel::showAccount(int index)
{
    const Account &account = m_fixture->account(index).account;
    m_model->setAccount(account.accountId, account.supportedLicenses);
}

int TstUsersModel::rowOfFirstUserWithout(License license) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->user(row)->licenseType.value() != license)
            return row;
    }
    return -1;
}

void TstUsersModel::firstPageShowsBeforeTheRest()
{
    m_model->setPageSize(50);
    QSignalSpy pages(m_model.get(), &UsersModel::pageLoaded);
    showAccount(1);
    m_model->fetchMore({}); // the tester may have asked already, as a view does
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QVERIFY(pages.wait());
    // The first page is shown on its own, before any other page arrives. (The tester, like a
    // view scrolled to the end, then asks for the next ones.)
    QCOMPARE(pages.first().at(0).toInt(), 50);
    QCOMPARE(pages.first().at(1).toBool(), false);
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(pages.count(), 5);
    for (int page = 0; page < pages.count(); ++page)
        QCOMPARE(pages.at(page).at(0).toInt(), std::min(50 * (page + 1), 230));
}

void TstUsersModel::loadAllReachesTheLastPageWithoutDuplicates()
{
    m_model->setPageSize(40);
    QSignalSpy pages(m_model.get(), &UsersModel::pageLoaded);
    showAccount(1);
    m_model->loadAll();
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(pages.count(), 6); // 230 users, 40 a page
    QCOMPARE(m_model->rowCount(), 230);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->user(row)->userId);
    QCOMPARE(ids.size(), 230);
    QVERIFY(!m_model->canFetchMore({}));
}

// At a network's latency the page's round trip then overlaps the work of showing the one before
// (the view, the filters, the snapshot): every page but the last is shown with the next out.
void TstUsersModel::loadAllAsksForTheNextPageBeforeShowingThisOne()
{
    // The tester asks for a page whenever rows are inserted: here it would be one loading.
    m_tester.reset();
    m_model->setPageSize(40);
    showAccount(1);
    QTRY_VERIFY(!m_model->isLoading());
    QList<int> outWhenShown;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this, &outWhenShown] { outWhenShown.append(m_fixture->client()->pacer().inFlight()); });
    m_model->loadAll();
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(outWhenShown, (QList<int> { 1, 1, 1, 1, 1, 0 })); // six pages of 230 users
}

void TstUsersModel::columnsAndRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::newRow("email") << int(UsersModel::EmailColumn) << int(UsersModel::EmailRole);
    QTest::newRow("name") << int(UsersModel::DisplayNameColumn) << int(UsersModel::DisplayNameRole);
}

void TstUsersModel::columnsAndRoles()
{
    QFETCH(int, column);
    QFETCH(int, role);
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const User &expected = m_fixture->account(0).users.first();
    const QModelIndex cell = m_model->index(0, column);
    QCOMPARE(cell.data(Qt::DisplayRole), cell.data(role));
    QCOMPARE(m_model->index(0, 0).data(UsersModel::UserIdRole).toString(), expected.userId);
    QCOMPARE(m_model->index(0, 0).data(UsersModel::LicenseRole).toString(),
             expected.licenseType.wireName());
    QCOMPARE(m_model->index(0, 0).data(UsersModel::RegisteredOnRole).toDateTime(),
             expected.registeredOn.value_or(QDateTime()));
    QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
    QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TstUsersModel::onlyLicenseIsEditable()
{
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const bool editable = m_model->flags(m_model->index(0, column)) & Qt::ItemIsEditable;
        QCOMPARE(editable, column == UsersModel::LicenseColumn);
    }
    QVERIFY(!m_model->setData(m_model->index(0, UsersModel::EmailColumn), u"x@y.z"_s));
    QVERIFY(!m_model->setData(m_model->index(0, UsersModel::LicenseColumn), u"Basic"_s,
                              Qt::DisplayRole));
}

void TstUsersModel::licenseEditIsPendingThenConfirmed()
{
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int row = rowOfFirstUserWithout(License::Basic);
    QVERIFY(row >= 0);
    const QString userId = m_model->user(row)->userId;
    const QString accountId = m_model->accountId();
    const QModelIndex cell = m_model->index(row, UsersModel::LicenseColumn);

    QSignalSpy finished(m_engine->engine(), &ChangeEngine::runFinished);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(cell, u"Basic"_s));
    QVERIFY(cell.data(UsersModel::EditPendingRole).toBool());
    QCOMPARE(cell.data(UsersModel::ChangeStateRole).value<UserChangeState>(), UserChangeState::Queued);
    QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), u"Basic"_s);
    QVERIFY(!(m_model->flags(cell) & Qt::ItemIsEditable)); // not again until it settles
    QCOMPARE(changed.count(), 1);

    QVERIFY(waitRuns(finished));
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    QCOMPARE(cell.data(UsersModel::ChangeStateRole).value<UserChangeState>(), UserChangeState::None);
    QCOMPARE(m_model->user(row)->licenseType.wireName(), u"Basic"_s);
    QCOMPARE(m_fixture->store().findUser(accountId, userId)->licenseType.wireName(), u"Basic"_s);
    QVERIFY(m_model->flags(cell) & Qt::ItemIsEditable);
}

void TstUsersModel::refusedEditReverts()
{
    // Account 0 is a Team account (all licenses); pretend the window believes account 1's
    // users may get Plus, which the service (account 1 supports Basic and Pro) refuses.
    const Account &account = m_fixture->account(1).account;
    QVERIFY(!account.supportedLicenses.contains(LicenseValue(License::Plus)));
    m_model->setAccount(account.accountId, { License::Basic, License::Plus, License::Pro });
    m_model->fetchMore({});
    QTRY_VERIFY(m_model->rowCount() > 0);
    const QModelIndex cell = m_model->index(0, UsersModel::LicenseColumn);
    const QString before = cell.data(UsersModel::LicenseRole).toString();

    QSignalSpy finished(m_engine->engine(), &ChangeEngine::runFinished);
    QVERIFY(m_model->setData(cell, u"Plus"_s));
    QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), u"Plus"_s);
    QVERIFY(waitRuns(finished));
    QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), before);
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    QCOMPARE(cell.data(UsersModel::ChangeStateRole).value<UserChangeState>(), UserChangeState::Failed);
    const QString message = cell.data(UsersModel::ChangeMessageRole).toString();
    QVERIFY(message.contains(u"BadRequest"_s));
    QVERIFY(message.contains(u"Plus"_s));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), message);
    const ChangeRun::Target &target = finished.first().first().value<ChangeRun *>()->targets().first();
    QCOMPARE(target.state, ChangeRun::TargetState::Failed);
    QVERIFY(!target.requestId.isEmpty());
}

void TstUsersModel::unsupportedOrUnchangedLicenseIsNotSent_data()
{
    QTest::addColumn<QString>("license");
    QTest::newRow("not supported by the account") << u"Plus"_s;
    QTest::newRow("unknown name") << u"Enterprise"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("unchanged") << u"<current>"_s;
}

void TstUsersModel::unsupportedOrUnchangedLicenseIsNotSent()
{
    QFETCH(QString, license);
    showAccount(1);
    m_model->fetchMore({});
    QTRY_VERIFY(m_model->rowCount() > 0);
    const QModelIndex cell = m_model->index(0, UsersModel::LicenseColumn);
    if (license == u"<current>"_s)
        license = cell.data(UsersModel::LicenseRole).toString();
    const int updatesBefore = m_fixture->emulator().operationCount(u"UpdateUser"_s);
    QVERIFY(!m_model->setData(cell, license));
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    QTest::qWait(50);
    QCOMPARE(m_fixture->emulator().operationCount(u"UpdateUser"_s), updatesBefore);
}

void TstUsersModel::userIdOnlyAnswerKeepsOtherFields()
{
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int row = rowOfFirstUserWithout(License::Pro);
    const User before = *m_model->user(row);
    QSignalSpy finished(m_engine->engine(), &ChangeEngine::runFinished);
    QVERIFY(m_model->setData(m_model->index(row, UsersModel::LicenseColumn), u"Pro"_s));
    QVERIFY(waitRuns(finished));
    User expected = before;
    expected.licenseType = License::Pro;
    QCOMPARE(*m_model->user(row), expected);
}

void TstUsersModel::secondEditWaitsUntilTheFirstSettles()
{
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int row = rowOfFirstUserWithout(License::Basic);
    const QString userId = m_model->user(row)->userId;
    const QModelIndex cell = m_model->index(row, UsersModel::LicenseColumn);
    QSignalSpy finished(m_engine->engine(), &ChangeEngine::runFinished);
    QVERIFY(m_model->setData(cell, u"Basic"_s));
    // A second wish while the first is on its way is refused, never raced or re-targeted.
    QVERIFY(!m_model->setData(cell, u"ProTrial"_s));
    QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), u"Basic"_s);
    QVERIFY(waitRuns(finished));
    QVERIFY(m_model->setData(cell, u"ProTrial"_s));
    QVERIFY(waitRuns(finished, 2));
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    QCOMPARE(m_fixture->store().findUser(m_model->accountId(), userId)->licenseType.wireName(),
             u"ProTrial"_s);
    QCOMPARE(m_fixture->emulator().operationCount(u"UpdateUser"_s), 2);
}

void TstUsersModel::reloadKeepsPendingEdit()
{
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int row = rowOfFirstUserWithout(License::Basic);
    const QString userId = m_model->user(row)->userId;
    QSignalSpy updated(m_engine->engine(), &ChangeEngine::runFinished);
    QVERIFY(m_model->setData(m_model->index(row, UsersModel::LicenseColumn), u"Basic"_s));
    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int newRow = m_model->rowOfUser(userId);
    if (updated.isEmpty()) {
        const QModelIndex cell = m_model->index(newRow, UsersModel::LicenseColumn);
        QVERIFY(cell.data(UsersModel::EditPendingRole).toBool());
        QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), u"Basic"_s);
    }
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(m_model->index(newRow, UsersModel::LicenseColumn).data(UsersModel::LicenseRole).toString(),
             u"Basic"_s);
}

void TstUsersModel::accountSwitchMidEditLandsInItsOwnAccount()
{
    m_fixture->emulator().setLatency(300);
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const QString firstAccount = m_model->accountId();
    const int row = rowOfFirstUserWithout(License::Basic);
    const QString userId = m_model->user(row)->userId;
    QSignalSpy finished(m_engine->engine(), &ChangeEngine::runFinished);
    QVERIFY(m_model->setData(m_model->index(row, UsersModel::LicenseColumn), u"Basic"_s));
    showAccount(1); // while the change is on its way
    m_model->fetchMore({});
    QVERIFY(waitRuns(finished));
    QCOMPARE(finished.first().first().value<ChangeRun *>()->targets().first().state,
             ChangeRun::TargetState::Applied);
    QCOMPARE(m_fixture->store().findUser(firstAccount, userId)->licenseType.wireName(), u"Basic"_s);
    QTRY_COMPARE(m_engine->contents().outcomes.size(), 1);
    QCOMPARE(m_engine->contents().intents.first().accountId, firstAccount);
    QTRY_VERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_model->rowOfUser(userId), -1); // nothing of it landed in the other account's rows

    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->user(m_model->rowOfUser(userId))->licenseType.wireName(), u"Basic"_s);
}

void TstUsersModel::failedPageResumesWhereItStopped()
{
    m_model->setPageSize(100);
    // An outage starts right after the first page: the request for the next one fails.
    connect(m_model.get(), &UsersModel::pageLoaded, this, [this](int rows) {
        if (rows == 100)
            m_fixture->emulator().setFaults(1.0, { 503 }, 0.0);
    });
    QSignalSpy failed(m_model.get(), &UsersModel::loadFailed);
    showAccount(1);
    m_model->fetchMore({});
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<ChimeError>().kind(), ChimeError::Kind::ServiceUnavailable);
    QVERIFY(m_model->hasLoadError());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 100);

    // Back up: retrying continues from the failed page, no gap, no duplicate, no restart.
    m_fixture->emulator().setFaults(0.0, { 503 }, 0.0);
    const int listsBefore = m_fixture->emulator().operationCount(u"ListUsers"_s);
    m_model->retryLoad();
    m_model->loadAll();
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(m_fixture->emulator().operationCount(u"ListUsers"_s) - listsBefore, 2);
    QCOMPARE(m_model->rowCount(), 230);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->user(row)->userId);
    QCOMPARE(ids.size(), 230);
}

void TstUsersModel::emailLookupFindsUnloadedUser()
{
    m_model->setPageSize(20);
    showAccount(1);
    // Looked up at once, before the pages holding this user can have arrived.
    const User &target = m_fixture->account(1).users.at(210);
    QSignalSpy found(m_model.get(), &UsersModel::userLookedUp);
    m_model->lookUpByEmail(target.primaryEmail->toUpper());
    QVERIFY(found.wait());
    const int row = found.first().at(0).toInt();
    QCOMPARE(m_model->user(row)->userId, target.userId);
    // The page that holds the user later does not list it twice.
    m_model->loadAll();
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(m_model->rowCount(), 230);
    QCOMPARE(m_model->user(m_model->rowOfUser(target.userId))->userId, target.userId);
}

void TstUsersModel::emailLookupReportsMissingUser()
{
    showAccount(0);
    // Not a failure: the service answered that this account has no such user (the window then
    // asks every account).
    QSignalSpy failed(m_model.get(), &UsersModel::lookupFailed);
    QSignalSpy missing(m_model.get(), &UsersModel::notInAccount);
    m_model->lookUpByEmail(u" nobody@nowhere.example"_s);
    QVERIFY(missing.wait());
    QCOMPARE(missing.first().at(0).toString(), u"nobody@nowhere.example"_s);
    QCOMPARE(failed.size(), 0);
}

void TstUsersModel::emailLookupRefusesWhatIsNoEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("said");
    QTest::newRow("blank") << u"   "_s << u"Enter an email"_s;
    QTest::newRow("over 256 characters") << QString(250, u'a') + u"@example.com"_s << u"at most 256"_s;
    QTest::newRow("no domain dot") << u"ada@example"_s << u"not an email"_s;
    QTest::newRow("a space inside") << u"ada lee@example.com"_s << u"not an email"_s;
    QTest::newRow("a line break inside") << u"ada@exa\nmple.com"_s << u"not an email"_s;
}

void TstUsersModel::emailLookupRefusesWhatIsNoEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, said);
    showAccount(0);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 12);
    const int listings = m_fixture->emulator().operationCount(u"ListUsers"_s);
    QSignalSpy failed(m_model.get(), &UsersModel::lookupFailed);
    m_model->lookUpByEmail(input);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(said), qPrintable(failed.first().at(1).toString()));
    QTest::qWait(50);
    QCOMPARE(m_fixture->emulator().operationCount(u"ListUsers"_s), listings);
}

// Found in review: after a change that could not be confirmed, neither the old nor the new
// license could be chosen again (each looked like "no change").
void TstUsersModel::unconfirmedUserCanBeSetToEitherLicense()
{
    ScriptedServer service([](const QByteArray &method, const QByteArray &path, const QByteArray &) {
        if (method == "GET" && path.contains("/users") && !path.contains("/users/")) {
            return std::optional<ScriptedServer::Answer>(
                { 200, R"({"Users":[{"UserId":"user-x","AccountId":"acc","LicenseType":"Basic"}]})", false });
        }
        return std::optional<ScriptedServer::Answer>(); // changes and read-backs: never answered
    });
    LoopbackClient client(service.endpoint(), std::chrono::milliseconds(200));
    EngineFixture engine(client.client());
    UsersModel model(client.client(), engine.engine());
    model.setAccount(u"acc"_s, { License::Basic, License::Plus, License::Pro });
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, UsersModel::LicenseColumn);
    QSignalSpy finished(engine.engine(), &ChangeEngine::runFinished);
    QVERIFY(model.setData(cell, u"Pro"_s));
    QVERIFY(waitRuns(finished));
    QCOMPARE(cell.data(UsersModel::ChangeStateRole).value<UserChangeState>(), UserChangeState::Unconfirmed);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QString()); // the editor opens on nothing chosen
    QVERIFY(model.setData(cell, u"Basic"_s));
    QVERIFY(waitRuns(finished, 2));
    QCOMPARE(engine.engine()->runs().last()->change().targets.first().before, QString());
    QVERIFY(model.setData(cell, u"Pro"_s));
}

QTEST_GUILESS_MAIN(TstUsersModel)
#include "tst_usersmodel.moc"
