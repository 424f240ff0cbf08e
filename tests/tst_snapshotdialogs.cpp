#include "core/translations.h"
#include "models/csvwriter.h"
#include "models/snapshotcomparison.h"
#include "models/snapshotdiffmodel.h"
#include "store/asyncsnapshots.h"
#include "store/archiveexport.h"
#include "ui/archivedialog.h"
#include "ui/comparesnapshotsdialog.h"
#include "ui/writtenfilenote.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProgressBar>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = UserDifference::Kind;

namespace {

User userOf(const QString &id, const QString &name, License license)
{
    User user;
    user.userId = id;
    user.displayName = name;
    user.primaryEmail = id + u"@example.com"_s;
    user.licenseType = license;
    user.userType = UserType::PrivateUser;
    user.userRegistrationStatus = RegistrationStatus::Registered;
    return user;
}

// What a test reads of a difference: kind, user, member, before, after.
QString line(const UserDifference &difference)
{
    if (difference.kind != Kind::Changed)
        return (difference.kind == Kind::Added ? u"+ "_s : u"- "_s) + difference.userId;
    return u"~ %1 %2 %3 -> %4"_s.arg(difference.userId, difference.member, difference.before, difference.after);
}

QStringList linesOf(const QList<UserDifference> &differences)
{
    QStringList lines;
    for (const UserDifference &difference : differences)
        lines.append(line(difference));
    return lines;
}

} // namespace

// What changed between two snapshots: every kind of difference, members one snapshot did not
// read, and the dialog that compares two kept snapshots, filters and exports them.
class TstSnapshotDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void differences_data();
    void differences();
    void dialogComparesTwoKeptSnapshots();
    void archiveDialogExportsTheCheckedAccounts();
};

void TstSnapshotDialogs::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstSnapshotDialogs::differences_data()
{
    QTest::addColumn<QList<User>>("older");
    QTest::addColumn<QList<User>>("newer");
    QTest::addColumn<QStringList>("expected");

    const User ada = userOf(u"u1"_s, u"Ada"_s, License::Basic);
    const User bob = userOf(u"u2"_s, u"Bob"_s, License::Pro);
    QTest::newRow("same users, same values") << QList { ada, bob } << QList { bob, ada } << QStringList();
    QTest::newRow("both empty") << QList<User>() << QList<User>() << QStringList();
    QTest::newRow("one added") << QList { ada } << QList { ada, bob } << QStringList { u"+ u2"_s };
    QTest::newRow("one removed") << QList { ada, bob } << QList { bob } << QStringList { u"- u1"_s };
    User relicensed = ada;
    relicensed.licenseType = License::Pro;
    relicensed.userRegistrationStatus = RegistrationStatus::Suspended;
    QTest::newRow("two members of one user") << QList { ada } << QList { relicensed }
                                             << QStringList { u"~ u1 License Basic -> Pro"_s,
                                                              u"~ u1 Registration Registered -> Suspended"_s };
    User renamed = bob;
    renamed.displayName = u"Robert"_s;
    renamed.registeredOn = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("name and a time set") << QList { bob } << QList { renamed }
                                         << QStringList { u"~ u2 Name Bob -> Robert"_s,
                                                          u"~ u2 Registered on  -> 2026-01-02T03:04:05Z"_s };
    User withTelephony = ada;
    withTelephony.telephony = TelephonySettings { true, true, false };
    QTest::newRow("settings read in one snapshot only: no change") << QList { ada } << QList { withTelephony }
                                                                   << QStringList();
    User otherTelephony = withTelephony;
    otherTelephony.telephony->sms = true;
    QTest::newRow("settings read in both") << QList { withTelephony } << QList { otherTelephony }
                                           << QStringList { u"~ u1 SMS no -> yes"_s };
    User unknownLicense = ada;
    unknownLicense.licenseType = LicenseValue::fromWire(u"Enterprise"_s);
    QTest::newRow("a value this program does not know") << QList { ada } << QList { unknownLicense }
                                                        << QStringList { u"~ u1 License Basic -> Enterprise"_s };
}

void TstSnapshotDialogs::differences()
{
    QFETCH(QList<User>, older);
    QFETCH(QList<User>, newer);
    QFETCH(QStringList, expected);
    QCOMPARE(linesOf(SnapshotComparison::compare(older, newer)), expected);
}

void TstSnapshotDialogs::dialogComparesTwoKeptSnapshots()
{
    QTemporaryDir dir;
    AsyncSnapshots snapshots(dir.filePath(u"snapshots.sqlite"_s));
    Account account;
    account.accountId = u"a-1"_s;
    account.name = u"Corp"_s;
    QList<User> week1 { userOf(u"u1"_s, u"Ada"_s, License::Basic), userOf(u"u2"_s, u"Bob"_s, License::Pro),
                        userOf(u"u3"_s, u"Cy"_s, License::Pro) };
    QList<User> week2 = week1;
    week2.removeAt(2); // Cy left
    week2[0].licenseType = License::Pro; // Ada moved up
    week2.append(userOf(u"u4"_s, u"=HYPERLINK(\"x\")"_s, License::Basic)); // a newcomer, with a formula for a name
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[users, takenAt] : { std::pair(week1, now.addDays(-7)), std::pair(week2, now) }) {
        const AsyncSnapshots::Recording recording = snapshots.record(account, takenAt);
        snapshots.addUsers(recording, users);
        snapshots.finish(recording, takenAt);
    }
    // A partial listing is never offered: it would show every user it missed as removed.
    const AsyncSnapshots::Recording partial = snapshots.record(account, now.addSecs(60));
    snapshots.addUsers(partial, week2.mid(0, 1));

    CompareSnapshotsDialog dialog(&snapshots, u"a-1"_s);
    QAbstractItemModelTester tester(dialog.shownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *newer = dialog.findChild<QComboBox *>(u"newerSnapshot"_s);
    auto *older = dialog.findChild<QComboBox *>(u"olderSnapshot"_s);
    QTRY_COMPARE(newer->count(), 2);
    QCOMPARE(older->currentIndex(), 1);
    QVERIFY(newer->currentText().contains(u"3 users"_s) || newer->currentText().contains(u"3"_s));
    QSignalSpy compared(&dialog, &CompareSnapshotsDialog::compared);
    dialog.findChild<QPushButton *>(u"compareButton"_s)->click();
    QVERIFY(compared.wait(5000));
    QCOMPARE(linesOf(dialog.model()->differences()),
             (QStringList { u"~ u1 License Basic -> Pro"_s, u"+ u4"_s, u"- u3"_s }));
    QCOMPARE(dialog.findChild<QLabel *>(u"compareSummary"_s)->text(), u"1 added, 1 removed, 1 changed (1 value)."_s);

    auto *kind = dialog.findChild<QComboBox *>(u"compareKindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"removed"_s));
    QCOMPARE(dialog.shownModel()->rowCount(), 1);
    QCOMPARE(dialog.shownModel()->index(0, SnapshotDiffModel::UserIdColumn).data().toString(), u"u3"_s);
    kind->setCurrentIndex(0);
    dialog.findChild<QLineEdit *>(u"compareFilter"_s)->setText(u"hyperlink"_s);
    QCOMPARE(dialog.shownModel()->rowCount(), 1);

    // The export writes what is shown, a formula made harmless.
    const QByteArray csv = CsvWriter::write(*dialog.shownModel(), { 0, 1, 2, 3, 4, 5, 6 });
    QVERIFY2(csv.contains("Added,\"'=HYPERLINK(\"\"x\"\")\",u4@example.com,,,,u4"), csv.constData());
    QCOMPARE(csv.count('\n'), 2);
}

void TstSnapshotDialogs::archiveDialogExportsTheCheckedAccounts()
{
    QTemporaryDir dir;
    AsyncSnapshots snapshots(dir.filePath(u"snapshots.sqlite"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &name : { u"Corp"_s, u"Annex"_s }) {
        Account account;
        account.accountId = u"id-"_s + name;
        account.name = name;
        const AsyncSnapshots::Recording recording = snapshots.record(account, now);
        snapshots.addUsers(recording, { userOf(u"u-"_s + name, name, License::Pro) });
        snapshots.finish(recording, now);
    }
    const QString target = dir.filePath(u"archives"_s);
    QVERIFY(QDir().mkpath(target));
    ArchiveDialog dialog(&snapshots, target);
    QTRY_COMPARE(dialog.accountList()->count(), 2);
    QVERIFY(dialog.accountList()->item(0)->text().startsWith(u"Annex"_s)); // by name
    dialog.accountList()->item(0)->setCheckState(Qt::Unchecked);
    QSignalSpy exported(&dialog, &ArchiveDialog::exported);
    dialog.findChild<QPushButton *>(u"exportArchiveButton"_s)->click();
    QVERIFY(!dialog.findChild<QPushButton *>(u"exportArchiveButton"_s)->isEnabled());
    QVERIFY(exported.wait(10000));
    const QString folder = exported.first().first().toString();
    QVERIFY2(!folder.isEmpty(), qPrintable(exported.first().at(1).toString()));
    // Where it went, and Open folder opens the archive itself.
    const auto *note = dialog.findChild<WrittenFileNote *>();
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(QDir::toNativeSeparators(folder)), qPrintable(note->text()));
    QCOMPARE(note->folder(), folder);
    QCOMPARE(dialog.findChild<QProgressBar *>(u"archiveProgress"_s)->value(), 1);
    QFile users(QDir(folder).filePath(u"users.csv"_s));
    QVERIFY(users.open(QIODevice::ReadOnly));
    const QByteArray written = users.readAll();
    QVERIFY(written.contains("u-Corp"));
    QVERIFY(!written.contains("u-Annex")); // not checked
}

QTEST_MAIN(TstSnapshotDialogs)
#include "tst_snapshotdialogs.moc"
