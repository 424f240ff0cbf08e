#include "core/auditlog.h"
#include "core/connectionmanager.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "emulatorfixture.h"
#include "models/accountsmodel.h"
#include "models/userfilterproxymodel.h"
#include "models/usersmodel.h"
#include "ui/errorbanner.h"
#include "ui/licensedialog.h"
#include "ui/mainwindow.h"
#include "ui/userdetailspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickAccountShowsUsers();
    void editLicenseThroughDelegate();
    void refusedEditRevertsAndIsShown();
    void emailLookupSelectsUser();
    void licenseDialogRelicensesInBatchesAndReportsFailure();
    void singleEditIsAudited();
    void bulkChangeIsAuditedAndCanBeUndone();
    void personalPinIsMaskedUntilRevealed();
    void lastAccountIsRemembered();
    void closingWithChangesInFlightAsksFirst();

private:
    void selectAccount(int index);
    int proxyRowOf(const QString &userId) const;

    void createWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_usersTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TstMainWindow::initTestCase()
{
    // Never touch the settings of the person running the tests.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"chime-admin-tests"_s);
}

void TstMainWindow::init()
{
    QSettings().clear();
    QFile::remove(m_settingsDir.filePath(u"audit.jsonl"_s));
    m_auditLog = std::make_unique<AuditLog>(m_settingsDir.filePath(u"audit.jsonl"_s));
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fixture->started());
    m_secrets = std::make_unique<MemoryCredentialStore>();
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
    ChimeClientConfig base;
    base.retry.baseDelay = std::chrono::milliseconds(2);
    // No AWS_* variables and no ~/.aws files: the emulator, as demo mode, is the only source.
    m_connections = std::make_unique<ConnectionManager>(m_fixture->client(), m_profiles.get(),
                                                        QProcessEnvironment(), base);
    m_connections->enableDemo(EmulatorConfig::demoCredentials(),
                              m_fixture->emulator().endpoint().toString());
    createWindow();
    m_window->show();
    m_connections->activate({ ConnectionManager::Origin::Demo, {}, {} });
    QTRY_COMPARE(m_window->accountsModel()->rowCount(), 2);
}

void TstMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(MainWindow::Services {
        m_fixture->client(), m_connections.get(), m_profiles.get(), m_auditLog.get() });
    m_usersTester = std::make_unique<QAbstractItemModelTester>(
        m_window->usersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_window->usersProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstMainWindow::cleanup()
{
    m_proxyTester.reset();
    m_usersTester.reset();
    m_window.reset();
    m_connections.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_fixture.reset();
}

void TstMainWindow::selectAccount(int index)
{
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(index));
    const int users = static_cast<int>(m_fixture->account(index).users.size());
    m_window->usersModel()->loadAll();
    QTRY_COMPARE(m_window->usersModel()->rowCount(), users);
}

int TstMainWindow::proxyRowOf(const QString &userId) const
{
    const int sourceRow = m_window->usersModel()->rowOfUser(userId);
    return m_window->usersProxy()->mapFromSource(m_window->usersModel()->index(sourceRow, 0)).row();
}

void TstMainWindow::pickAccountShowsUsers()
{
    // The first account is chosen on start; picking another shows its users.
    QTRY_COMPARE(m_window->usersModel()->accountId(), m_fixture->account(0).account.accountId);
    QTRY_COMPARE(m_window->usersView()->model()->rowCount(), 12);
    selectAccount(1);
    QCOMPARE(m_window->usersView()->model()->rowCount(), 230);
    const QString firstEmail = m_fixture->account(1).users.first().primaryEmail.value();
    QCOMPARE(m_window->usersProxy()->index(0, UsersModel::EmailColumn).data().toString(), firstEmail);
    const auto *status = m_window->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status->text().contains(u"230"_s));
}

void TstMainWindow::editLicenseThroughDelegate()
{
    selectAccount(0);
    const User *target = nullptr;
    for (int row = 0; row < m_window->usersModel()->rowCount() && !target; ++row) {
        if (m_window->usersModel()->user(row)->licenseType.value() != License::Basic)
            target = m_window->usersModel()->user(row);
    }
    QVERIFY(target);
    const User before = *target;
    QTableView *view = m_window->usersView();
    const QModelIndex cell = view->model()->index(proxyRowOf(before.userId), UsersModel::LicenseColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QComboBox *>(u"licenseEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->count(), static_cast<int>(m_fixture->account(0).account.supportedLicenses.size()));
    const int basic = editor->findData(u"Basic"_s);
    QVERIFY(basic >= 0);
    QSignalSpy updated(m_window->usersModel(), &UsersModel::licenseUpdated);
    editor->setCurrentIndex(basic);
    emit editor->activated(basic);
    QCOMPARE(cell.data(UsersModel::EditPendingRole).toBool(), true);
    QVERIFY(updated.wait());

    QCOMPARE(m_fixture->store().findUser(m_window->usersModel()->accountId(), before.userId)
                 ->licenseType.wireName(),
             u"Basic"_s);
    QCOMPARE(cell.data().toString(), u"Basic"_s);
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    // UpdateUser answered only the UserId: every other field of the row is still there.
    const User *after = m_window->usersModel()->user(m_window->usersModel()->rowOfUser(before.userId));
    QCOMPARE(after->displayName, before.displayName);
    QCOMPARE(after->primaryEmail, before.primaryEmail);
    QCOMPARE(after->registeredOn, before.registeredOn);
    QCOMPARE(after->userRegistrationStatus, before.userRegistrationStatus);
    QVERIFY(m_window->errorBanner()->text().isEmpty());
}

void TstMainWindow::refusedEditRevertsAndIsShown()
{
    selectAccount(0);
    const User target = *m_window->usersModel()->user(0);
    // Someone deletes the user meanwhile: the service answers 404 to the change.
    QVERIFY(m_fixture->store().removeUser(m_window->usersModel()->accountId(), target.userId));
    const QString other = target.licenseType.value() == License::Basic ? u"Pro"_s : u"Basic"_s;
    const QModelIndex cell = m_window->usersView()->model()->index(proxyRowOf(target.userId),
                                                                   UsersModel::LicenseColumn);
    QSignalSpy failed(m_window->usersModel(), &UsersModel::licenseUpdateFailed);
    QVERIFY(m_window->usersView()->model()->setData(cell, other));
    QVERIFY(failed.wait());
    QCOMPARE(cell.data(UsersModel::LicenseRole).toString(), target.licenseType.wireName());
    QVERIFY(!cell.data(UsersModel::EditPendingRole).toBool());
    const QString banner = m_window->errorBanner()->text();
    QVERIFY2(banner.contains(target.displayName.value()), qPrintable(banner));
    QVERIFY2(banner.contains(u"NotFoundException"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"request id"_s), qPrintable(banner));
}

void TstMainWindow::emailLookupSelectsUser()
{
    QTRY_COMPARE(m_window->usersModel()->rowCount(), 12);
    const User &target = m_fixture->account(0).users.at(7);
    QLineEdit *search = m_window->searchField();
    search->setText(target.primaryEmail.value());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->usersView()->currentIndex().data(UsersModel::UserIdRole).toString(),
                 target.userId);
    QCOMPARE(m_window->usersView()->model()->rowCount(), 1); // the filter shows just that user
    QTRY_COMPARE(m_window->userDetails()->findChild<QLabel *>(u"userEmail"_s)->text(),
                 target.primaryEmail.value());
}

void TstMainWindow::licenseDialogRelicensesInBatchesAndReportsFailure()
{
    selectAccount(1);
    const QString accountId = m_window->usersModel()->accountId();
    QItemSelection selection;
    QStringList chosen;
    QAbstractItemModel *view = m_window->usersView()->model();
    for (int row = 0; row < view->rowCount() && chosen.size() < 45; ++row) {
        const QModelIndex index = view->index(row, 0);
        if (index.data(UsersModel::LicenseRole).toString() != u"Basic"_s) {
            selection.select(index, index);
            chosen.append(index.data(UsersModel::UserIdRole).toString());
        }
    }
    QCOMPARE(chosen.size(), 45);
    m_window->usersView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
    QVERIFY(m_fixture->store().removeUser(accountId, chosen.at(30)));

    QTest::keyClick(m_window->usersView(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->licenseDialog());
    LicenseDialog *dialog = m_window->licenseDialog();
    auto *license = dialog->findChild<QComboBox *>(u"targetLicense"_s);
    license->setCurrentIndex(license->findData(u"Basic"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"changeSummary"_s)->text().startsWith(u"45 of 45"_s));
    QSignalSpy finished(dialog, &LicenseDialog::jobFinished);
    dialog->findChild<QPushButton *>(u"applyButton"_s)->click();
    QVERIFY(finished.wait());

    QCOMPARE(m_fixture->emulator().operationCount(u"BatchUpdateUser"_s), 3);
    QTableWidget *results = dialog->resultsTable();
    QCOMPARE(results->rowCount(), 45);
    int failedRows = 0;
    for (int row = 0; row < results->rowCount(); ++row) {
        const QString userId = results->item(row, 0)->data(Qt::UserRole).toString();
        if (results->item(row, 3)->text() == u"Failed"_s) {
            ++failedRows;
            QCOMPARE(userId, chosen.at(30));
            QVERIFY(results->item(row, 4)->text().contains(u"NotFound"_s));
        } else {
            QCOMPARE(results->item(row, 3)->text(), u"Applied"_s);
            QCOMPARE(m_fixture->store().findUser(accountId, userId)->licenseType.wireName(),
                     u"Basic"_s);
            QCOMPARE(view->index(proxyRowOf(userId), 0).data(UsersModel::LicenseRole).toString(),
                     u"Basic"_s);
        }
    }
    QCOMPARE(failedRows, 1);

    // The failed user stays selectable for a retry.
    auto *retry = dialog->findChild<QPushButton *>(u"selectFailedButton"_s);
    QVERIFY(retry);
    retry->click();
    const QModelIndexList selected = m_window->usersView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(UsersModel::UserIdRole).toString(), chosen.at(30));
}

void TstMainWindow::singleEditIsAudited()
{
    selectAccount(0);
    const User target = *m_window->usersModel()->user(0);
    const QString other = target.licenseType.value() == License::Basic ? u"Pro"_s : u"Basic"_s;
    QSignalSpy updated(m_window->usersModel(), &UsersModel::licenseUpdated);
    QVERIFY(m_window->usersView()->model()->setData(
        m_window->usersView()->model()->index(proxyRowOf(target.userId), UsersModel::LicenseColumn),
        other));
    QVERIFY(updated.wait());
    int unreadable = 0;
    QString error;
    const QList<AuditEntry> entries = m_auditLog->readAll(&unreadable, &error);
    QCOMPARE(entries.size(), 1);
    const AuditEntry &entry = entries.first();
    QCOMPARE(entry.userId, target.userId);
    QCOMPARE(entry.accountId, m_fixture->account(0).account.accountId);
    QCOMPARE(entry.operation, u"UpdateUser"_s);
    QCOMPARE(entry.before, target.licenseType.wireName());
    QCOMPARE(entry.after, other);
    QCOMPARE(entry.outcome, u"applied"_s);
    QCOMPARE(entry.accessKeyId, EmulatorConfig::demoCredentials().accessKeyId);
    QVERIFY(!entry.requestId.isEmpty());
}

void TstMainWindow::bulkChangeIsAuditedAndCanBeUndone()
{
    selectAccount(0);
    const QString accountId = m_window->usersModel()->accountId();
    QHash<QString, QString> before;
    for (const User &user : m_fixture->account(0).users)
        before.insert(user.userId, user.licenseType.wireName());
    m_window->usersView()->selectAll();
    QTest::keyClick(m_window->usersView(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->licenseDialog());
    LicenseDialog *dialog = m_window->licenseDialog();
    auto *license = dialog->findChild<QComboBox *>(u"targetLicense"_s);
    license->setCurrentIndex(license->findData(u"Plus"_s));
    QSignalSpy finished(dialog, &LicenseDialog::jobFinished);
    dialog->findChild<QPushButton *>(u"applyButton"_s)->click();
    QVERIFY(finished.wait());
    const int changed = static_cast<int>(std::count_if(before.cbegin(), before.cend(),
                                                       [](const QString &l) { return l != u"Plus"_s; }));
    int unreadable = 0;
    QString error;
    QCOMPARE(m_auditLog->readAll(&unreadable, &error).size(), changed);

    // Undo: the same dialog gives every changed user its previous license back.
    auto *undo = dialog->findChild<QPushButton *>(u"undoButton"_s);
    QVERIFY(undo);
    undo->click();
    QTRY_VERIFY(m_window->licenseDialog() && m_window->licenseDialog() != dialog);
    LicenseDialog *undoDialog = m_window->licenseDialog();
    QVERIFY(undoDialog->findChild<QLabel *>(u"changeSummary"_s)->text()
                .startsWith(u"%1 of %1"_s.arg(changed)));
    QSignalSpy undone(undoDialog, &LicenseDialog::jobFinished);
    undoDialog->findChild<QPushButton *>(u"applyButton"_s)->click();
    QVERIFY(undone.wait());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(m_fixture->store().findUser(accountId, it.key())->licenseType.wireName(), it.value());
        QCOMPARE(m_window->usersModel()->user(m_window->usersModel()->rowOfUser(it.key()))
                     ->licenseType.wireName(),
                 it.value());
    }
    QCOMPARE(m_auditLog->readAll(&unreadable, &error).size(), 2 * changed);
}

void TstMainWindow::personalPinIsMaskedUntilRevealed()
{
    selectAccount(0);
    const User &target = m_fixture->account(0).users.at(2);
    QVERIFY(target.personalPin.has_value());
    m_window->usersView()->setCurrentIndex(m_window->usersView()->model()->index(proxyRowOf(target.userId), 0));
    auto *pin = m_window->userDetails()->findChild<QLabel *>(u"userPin"_s);
    QTRY_VERIFY(!pin->text().isEmpty());
    QVERIFY(!pin->text().contains(*target.personalPin));
    m_window->userDetails()->findChild<QToolButton *>(u"revealPin"_s)->click();
    QCOMPARE(pin->text(), *target.personalPin);
}

void TstMainWindow::lastAccountIsRemembered()
{
    selectAccount(1);
    m_window->close();
    m_proxyTester.reset();
    m_usersTester.reset();
    createWindow();
    m_connections->activate({ ConnectionManager::Origin::Demo, {}, {} });
    QTRY_COMPARE(m_window->usersModel()->accountId(), m_fixture->account(1).account.accountId);
}

void TstMainWindow::closingWithChangesInFlightAsksFirst()
{
    selectAccount(0);
    // The service answers slowly, so the change is still on its way when the window closes.
    m_fixture->emulator().setLatency(2000);
    const User target = *m_window->usersModel()->user(0);
    const QString other = target.licenseType.value() == License::Basic ? u"Pro"_s : u"Basic"_s;
    QVERIFY(m_window->usersView()->model()->setData(
        m_window->usersView()->model()->index(proxyRowOf(target.userId), UsersModel::LicenseColumn),
        other));
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>()));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->close());
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>()) && question->isVisible());
    question->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
