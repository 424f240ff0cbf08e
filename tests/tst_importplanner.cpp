#include "changechecks.h"
#include "emulatorfixture.h"
#include "enginefixture.h"

#include "core/translations.h"
#include "models/changeacts.h"
#include "models/importplanner.h"
#include "models/suspensionact.h"
#include "models/telephonyact.h"
#include "ui/importdialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeChecks;
using Status = ImportRow::Status;

namespace {

CommandContext contextOf(const EmulatorAccount &entry)
{
    return { entry.account.accountId, entry.account.name, entry.account.accountType,
             entry.account.supportedLicenses };
}

// The plan of `csv` for the first account, with its first `listed` users already listed.
ImportPlan planOf(EmulatorFixture &fixture, const QByteArray &csv, int listed = 0)
{
    const EmulatorAccount &account = fixture.account(0);
    ImportPlanner planner(fixture.client(), contextOf(account), account.users.mid(0, listed));
    QSignalSpy planned(&planner, &ImportPlanner::planned);
    planner.start(csv);
    if (planned.isEmpty() && !planned.wait(20000))
        qWarning("not planned");
    return planner.plan();
}

const ImportRow *rowAt(const ImportPlan &plan, int line)
{
    for (const ImportRow &row : plan.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

QString otherLicense(const EmulatorAccount &account, const User &user)
{
    for (const LicenseValue &license : account.account.supportedLicenses) {
        if (license != user.licenseType)
            return license.wireName();
    }
    return {};
}

} // namespace

// CSV import with a dry run: every kind of row a spreadsheet holds, every kind of bad file, and
// the plan applied through the change engine.
class TstImportPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKindOfRowIsPlanned();
    void badFilesAreRefusedWhole_data();
    void badFilesAreRefusedWhole();
    void planIsAppliedThroughTheEngine();
    void dialogShowsThePlanAndSendsNothingUntilApply();

private:
    QByteArray mixedFile(const EmulatorAccount &account) const;
};

void TstImportPlanner::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

QByteArray TstImportPlanner::mixedFile(const EmulatorAccount &account) const
{
    const QList<User> &u = account.users;
    const auto email = [&u](int i) { return u.at(i).primaryEmail->toUtf8(); };
    QByteArray csv = "Email,License,Suspended,User Type,SMS,Notes\n";
    csv += email(0) + "," + otherLicense(account, u.at(0)).toUtf8() + ",,,,\"listed, relicensed\"\n"; // 2
    csv += email(6).toUpper() + ",,yes,,,\n"; // 3: looked up, any case
    csv += email(1) + "," + u.at(1).licenseType.wireName().toUtf8() + ",,,,\n"; // 4: holds it already
    csv += "nobody@nowhere.example,Pro,,,,\n"; // 5
    csv += email(2) + ",Enterprise,,,,\n"; // 6
    csv += email(3) + ",,,,,\"=HYPERLINK(\"\"http://x\"\")\"\n"; // 7
    csv += email(4) + ",,yes,,,\n"; // 8: twice
    csv += email(4) + ",,yes,,,\n"; // 9
    csv += "not an email,Pro,,,,\n"; // 10
    csv += email(5) + ",Pro\n"; // 11: too few cells
    csv += email(7) + ",,,,yes,\n"; // 12: telephony, read first
    csv += ",,,,,\n"; // 13: blank
    csv += email(8) + ",,,SharedDevice,,\n"; // 14
    csv += email(9) + ",,maybe,,,\n"; // 15
    csv += email(10) + ",,no,,,\n"; // 16: a Team account cannot lift a suspension
    return csv;
}

void TstImportPlanner::everyKindOfRowIsPlanned()
{
    EmulatorFixture fixture;
    const EmulatorAccount account = fixture.account(0);
    QCOMPARE(account.account.accountType, AccountTypeValue(AccountType::Team)); // line 16 needs one
    const ImportPlan plan = planOf(fixture, mixedFile(account), 3);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.ignoredColumns, QStringList { u"Notes"_s });
    QCOMPARE(plan.rows.size(), 14); // every line but the header and the blank one

    const auto expect = [&plan](int line, Status status, const QString &said) {
        const ImportRow *row = rowAt(plan, line);
        QVERIFY2(row, qPrintable(u"line %1"_s.arg(line)));
        QVERIFY2(row->status == status, qPrintable(u"line %1: %2"_s.arg(line).arg(row->reason)));
        QVERIFY2(row->reason.contains(said), qPrintable(u"line %1: %2"_s.arg(line).arg(row->reason)));
    };
    expect(2, Status::Changes, {});
    QCOMPARE(rowAt(plan, 2)->changes, (QList<ImportChange> { { u"license"_s, account.users.at(0).licenseType.wireName(),
                                                                otherLicense(account, account.users.at(0)) } }));
    expect(3, Status::Changes, {});
    QCOMPARE(rowAt(plan, 3)->userId, account.users.at(6).userId);
    QCOMPARE(rowAt(plan, 3)->changes.first().act, ChangeActs::suspension().id());
    expect(4, Status::Unchanged, {});
    expect(5, Status::CannotApply, u"No user of this account has this email"_s);
    expect(6, Status::CannotApply, u"not one this account supports"_s);
    expect(7, Status::CannotApply, u"formula"_s);
    expect(8, Status::CannotApply, u"Lines 8 and 9 are all for this user"_s);
    expect(9, Status::CannotApply, u"Lines 8 and 9 are all for this user"_s);
    expect(10, Status::CannotApply, u"not an email address"_s);
    expect(11, Status::CannotApply, u"has 2 cells"_s);
    expect(12, Status::Changes, {});
    const ImportChange telephony = rowAt(plan, 12)->changes.first();
    QCOMPARE(telephony.act, ChangeActs::telephony().id());
    QVERIFY(TelephonyAct::settingsOf(telephony.after)->sms);
    QVERIFY(!telephony.before.isEmpty()); // read from the service, not guessed
    expect(14, Status::Changes, {});
    QCOMPARE(rowAt(plan, 14)->changes.first(), (ImportChange { u"user-type"_s, u"PrivateUser"_s, u"SharedDevice"_s }));
    expect(15, Status::CannotApply, u"yes or no"_s);
    expect(16, Status::CannotApply, u"A Team account cannot lift a suspension"_s);
    // Nothing was sent: the dry run only reads.
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUser"_s), 0);
    QCOMPARE(fixture.emulator().operationCount(u"BatchSuspendUser"_s), 0);
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUserSettings"_s), 0);
}

void TstImportPlanner::badFilesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("said");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("header only") << QByteArray("email,license\n") << u"no rows"_s;
    QTest::newRow("no email or id column") << QByteArray("name,license\nAda,Pro\n") << u"\"email\" or \"user_id\""_s;
    QTest::newRow("nothing to change") << QByteArray("email,notes\na@example.com,x\n") << u"names no column"_s;
    QTest::newRow("Latin-1") << QByteArray("email,license\nj\xFCrgen@example.com,Pro\n") << u"not UTF-8"_s;
    QTest::newRow("unclosed quote") << QByteArray("email,license\n\"a@example.com,Pro\n") << u"never closed"_s;
    QByteArray huge = "email,license\n";
    for (int i = 0; i <= ImportPlanner::maxRows; ++i)
        huge += "u" + QByteArray::number(i) + "@example.com,Pro\n";
    QTest::newRow("too many rows") << huge << u"more than 20000 rows"_s;
}

void TstImportPlanner::badFilesAreRefusedWhole()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, said);
    EmulatorFixture fixture;
    const ImportPlan plan = planOf(fixture, csv);
    QVERIFY2(plan.error.contains(said), qPrintable(plan.error));
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(fixture.emulator().operationCount(u"ListUsers"_s), 0);
}

void TstImportPlanner::planIsAppliedThroughTheEngine()
{
    EmulatorFixture fixture;
    EngineFixture engine(fixture.client());
    const EmulatorAccount account = fixture.account(0);
    const ImportPlan plan = planOf(fixture, mixedFile(account), 3);
    const QList<Change> changes = ImportPlanner::changesOf(plan, contextOf(account));
    QCOMPARE(changes.size(), 4); // license, suspension, telephony, user type: one change each
    for (const Change &change : changes) {
        QCOMPARE(change.accountId, account.account.accountId);
        QVERIFY(waitFinished(engine.engine()->submit(change)));
    }
    const EmulatorStore &store = fixture.store();
    const QString accountId = account.account.accountId;
    QCOMPARE(store.findUser(accountId, account.users.at(0).userId)->licenseType.wireName(),
             otherLicense(account, account.users.at(0)));
    QCOMPARE(store.findUser(accountId, account.users.at(8).userId)->userType, UserTypeValue(UserType::SharedDevice));
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUserSettings"_s), 1);
    // Every change journaled, as one made in the window is.
    QCOMPARE(engine.contents().intents.size(), 4);
}

void TstImportPlanner::dialogShowsThePlanAndSendsNothingUntilApply()
{
    EmulatorFixture fixture;
    EngineFixture engine(fixture.client());
    const EmulatorAccount account = fixture.account(0);
    // As the window does: the users it can vouch for when a file is planned, as they are then.
    const auto listed = [&fixture] { return fixture.account(0).users.mid(0, 3); };
    ImportDialog dialog(fixture.client(), contextOf(account), listed,
                        [&engine](Change change) { return engine.engine()->submit(std::move(change)); });
    QAbstractItemModelTester tester(dialog.findChild<QTableView *>(u"importPlan"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy planned(&dialog, &ImportDialog::planned);
    dialog.planFile(mixedFile(account), u"licenses.csv"_s);
    QVERIFY(planned.wait(20000));
    QCOMPARE(dialog.findChild<QLabel *>(u"importSummary"_s)->text(),
             u"Rows that change a user: 4; that change nothing: 1; that cannot apply: 9. Columns not used: Notes."_s);
    QCOMPARE(dialog.findChild<QTableView *>(u"importPlan"_s)->model()->rowCount(), 14);
    QCOMPARE(dialog.applyButton()->text(), u"Apply to 4 users"_s);
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUser"_s), 0);
    QSignalSpy applied(&dialog, &ImportDialog::applied);
    dialog.applyButton()->click();
    QVERIFY(applied.wait(20000));
    QVERIFY2(dialog.findChild<QLabel *>(u"importOutcome"_s)->text().startsWith(u"Done: 4 applied, 0 refused"_s),
             qPrintable(dialog.findChild<QLabel *>(u"importOutcome"_s)->text()));
    // The same file again is planned from what the users hold now, not from what they held when
    // the dialog opened: the listed user of line 2 holds its new license already.
    dialog.planFile(mixedFile(account), u"licenses.csv"_s);
    QVERIFY(planned.wait(20000));
    QVERIFY(dialog.plan().rows.first().line == 2);
    QCOMPARE(dialog.plan().rows.first().status, ImportRow::Status::Unchanged);
    QCOMPARE(dialog.findChild<QLabel *>(u"importSummary"_s)->text(),
             u"Rows that change a user: 0; that change nothing: 5; that cannot apply: 9. Columns not used: Notes."_s);
    // A bad file is refused whole, and the button says so by staying off.
    dialog.planFile("name\nAda\n", u"wrong.csv"_s);
    QVERIFY(planned.wait(5000));
    QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().startsWith(u"The file cannot be imported"_s));
    QVERIFY(!dialog.applyButton()->isEnabled());
}

QTEST_MAIN(TstImportPlanner)
#include "tst_importplanner.moc"
