#include "core/csvreader.h"
#include "store/archiveexport.h"
#include "store/asyncsnapshots.h"
#include "store/snapshotarchive.h"
#include "store/snapshotdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString secretPin = u"31415926"_s;

Account accountOf(const QString &id, const QString &name, AccountType type)
{
    Account account;
    account.accountId = id;
    account.awsAccountId = u"210987654321"_s;
    account.name = name;
    account.accountType = type;
    account.accountStatus = AccountStatus::Active;
    account.createdTimestamp = QDateTime(QDate(2023, 7, 13), QTime(0, 54), Qt::UTC);
    account.defaultLicense = License::Pro;
    account.supportedLicenses = { License::Basic, License::Pro };
    account.signinDelegateGroups = { { u"staff"_s } };
    return account;
}

QList<User> usersOf(const QString &prefix, int count)
{
    QList<User> users;
    for (int i = 0; i < count; ++i) {
        User user;
        user.userId = u"%1-%2"_s.arg(prefix).arg(i);
        user.primaryEmail = u"%1.%2@example.com"_s.arg(prefix).arg(i);
        user.displayName = i == 0 ? u"Doe, \"Jo\""_s : u"User %1"_s.arg(i);
        user.licenseType = i % 2 ? License::Basic : License::Pro;
        user.userType = UserType::PrivateUser;
        user.userRegistrationStatus = RegistrationStatus::Registered;
        user.userInvitationStatus = InviteStatus::Accepted;
        user.registeredOn = QDateTime(QDate(2025, 5, i + 1), QTime(8, 30, 0, 125), Qt::UTC);
        user.primaryProvisionedNumber = i == 1 ? std::optional(u"+12065550123"_s) : std::nullopt;
        user.alexaForBusinessMetadata = AlexaForBusinessMetadata { i == 2, std::nullopt };
        user.personalPin = secretPin;
        if (i == 0)
            user.telephony = TelephonySettings { true, false, true };
        users.append(user);
    }
    return users;
}

CsvReader::Result csvIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, {}, u"cannot open %1"_s.arg(path) };
    return CsvReader::read(file.readAll(), 100000);
}

} // namespace

// The archive of snapshots: every file, checked column by column against what was kept; the
// copy of the database; nothing half-written when it is cancelled or cannot be written.
class TstSnapshotArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void archiveHoldsEverySnapshotColumnByColumn();
    void cancelledExportLeavesNothing();
    void unwritableFolderIsReportedAndLeavesNothing();

private:
    // Writes the two snapshots and answers their infos.
    QList<SnapshotInfo> keepTwoAccounts();
    QString exportTo(const QList<SnapshotInfo> &snapshots, const QString &parent, QString *error, bool cancel = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AsyncSnapshots> m_snapshots;
    QList<User> m_teamUsers = usersOf(u"t"_s, 5);
    QList<User> m_corpUsers = usersOf(u"c"_s, 3);
};

void TstSnapshotArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_snapshots = std::make_unique<AsyncSnapshots>(m_dir->filePath(u"snapshots.sqlite"_s));
    QSignalSpy opened(m_snapshots.get(), &AsyncSnapshots::opened);
    QVERIFY(opened.wait(5000));
    QVERIFY(m_snapshots->isAvailable());
}

void TstSnapshotArchive::cleanup()
{
    m_snapshots.reset();
    m_dir.reset();
}

QList<SnapshotInfo> TstSnapshotArchive::keepTwoAccounts()
{
    const QDateTime takenAt(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    const AsyncSnapshots::Recording team = m_snapshots->record(accountOf(u"a-team"_s, u"Team, Inc"_s, AccountType::Team), takenAt);
    m_snapshots->addUsers(team, m_teamUsers.mid(0, 2));
    m_snapshots->addUsers(team, m_teamUsers.mid(2));
    m_snapshots->setSettings(team, AccountSettings { true, false });
    m_snapshots->finish(team, takenAt.addSecs(3));
    const AsyncSnapshots::Recording corp
        = m_snapshots->record(accountOf(u"a-corp"_s, u"Corp"_s, AccountType::EnterpriseLWA), takenAt.addSecs(10));
    m_snapshots->addUsers(corp, m_corpUsers);
    m_snapshots->setRetention(corp, RetentionSettings { 30, std::nullopt, std::nullopt });
    m_snapshots->finish(corp, takenAt.addSecs(12));
    QList<SnapshotInfo> kept;
    bool answered = false;
    m_snapshots->list({}, this, [&](const QList<SnapshotInfo> &all, const QString &) {
        kept = all;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qWarning("no snapshots listed");
    return kept;
}

QString TstSnapshotArchive::exportTo(const QList<SnapshotInfo> &snapshots, const QString &parent, QString *error,
                                     bool cancel)
{
    ArchiveExport *archive = m_snapshots->exportArchive(snapshots, parent, this);
    QSignalSpy finished(archive, &ArchiveExport::finished);
    if (cancel)
        archive->cancel();
    if (!finished.wait(10000)) {
        *error = u"no answer"_s;
        return {};
    }
    *error = finished.first().at(1).toString();
    delete archive;
    return finished.first().at(0).toString();
}

void TstSnapshotArchive::archiveHoldsEverySnapshotColumnByColumn()
{
    const QList<SnapshotInfo> kept = keepTwoAccounts();
    QCOMPARE(kept.size(), 2);
    const QString parent = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(parent));
    QString error;
    const QString folder = exportTo(kept, parent, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(folder).fileName().startsWith(u"chime-admin-archive-"_s));
    QCOMPARE(QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);

    // users.csv: every user of both snapshots, every column.
    const CsvReader::Result users = csvIn(QDir(folder).filePath(u"users.csv"_s));
    QVERIFY2(users.error.isEmpty(), qPrintable(users.error));
    QCOMPARE(users.rows.first(), SnapshotArchive::userColumns());
    QCOMPARE(users.rows.size(), 1 + m_teamUsers.size() + m_corpUsers.size());
    QHash<QString, QStringList> byId;
    for (const QStringList &row : users.rows.mid(1))
        byId.insert(row.at(1), row);
    for (const auto &[accountId, list] : { std::pair(u"a-team"_s, m_teamUsers), std::pair(u"a-corp"_s, m_corpUsers) }) {
        for (const User &user : list) {
            const QStringList row = byId.value(user.userId);
            QCOMPARE(row.size(), SnapshotArchive::userColumns().size());
            QCOMPARE(row.at(0), accountId);
            QCOMPARE(row.at(2), *user.primaryEmail);
            QCOMPARE(row.at(3), *user.displayName);
            QCOMPARE(row.at(4), user.licenseType.wireName());
            QCOMPARE(row.at(5), u"PrivateUser"_s);
            QCOMPARE(row.at(6), u"Registered"_s);
            QCOMPARE(row.at(7), u"Accepted"_s);
            QCOMPARE(QDateTime::fromString(row.at(8), Qt::ISODateWithMs), *user.registeredOn);
            QCOMPARE(row.at(9), QString()); // never invited: empty, not a made-up time
            // A leading + would be run as a formula: written with an apostrophe, as every such cell.
            QCOMPARE(row.at(10), user.primaryProvisionedNumber ? u"'"_s + *user.primaryProvisionedNumber : QString());
            QCOMPARE(row.at(11), user.alexaForBusinessMetadata->isAlexaForBusinessEnabled.value() ? u"true"_s : u"false"_s);
            QCOMPARE(row.at(12), QString());
        }
    }
    const CsvReader::Result accounts = csvIn(QDir(folder).filePath(u"accounts.csv"_s));
    QCOMPARE(accounts.rows.first(), SnapshotArchive::accountColumns());
    QCOMPARE(accounts.rows.size(), 3);
    const QStringList team = accounts.rows.at(1).at(0) == u"a-team"_s ? accounts.rows.at(1) : accounts.rows.at(2);
    QCOMPARE(team, (QStringList { u"a-team"_s, u"Team, Inc"_s, u"210987654321"_s, u"Team"_s, u"Active"_s,
                                  u"2023-07-13T00:54:00.000Z"_s, u"Pro"_s, u"Basic;Pro"_s, u"staff"_s,
                                  u"2026-11-30T09:00:00.000Z"_s, u"2026-11-30T09:00:03.000Z"_s, u"5"_s }));
    const CsvReader::Result settings = csvIn(QDir(folder).filePath(u"account-settings.csv"_s));
    QCOMPARE(settings.rows.first(), SnapshotArchive::accountSettingsColumns());
    QVERIFY(settings.rows.contains(QStringList { u"a-team"_s, u"true"_s, u"false"_s, u""_s, u""_s }));
    QVERIFY(settings.rows.contains(QStringList { u"a-corp"_s, u""_s, u""_s, u"30"_s, u""_s }));
    const CsvReader::Result userSettings = csvIn(QDir(folder).filePath(u"user-settings.csv"_s));
    QCOMPARE(userSettings.rows.first(), SnapshotArchive::userSettingsColumns());
    QVERIFY(userSettings.rows.contains(QStringList { u"a-team"_s, u"t-0"_s, u"true"_s, u"false"_s, u"true"_s }));
    QCOMPARE(userSettings.rows.size(), 3); // the header and one user per account whose settings were read

    // archive.json: the same.
    QFile jsonFile(QDir(folder).filePath(u"archive.json"_s));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray jsonAccounts = json.object().value(u"accounts"_s).toArray();
    QCOMPARE(jsonAccounts.size(), 2);
    int jsonUsers = 0;
    for (const QJsonValue &account : jsonAccounts)
        jsonUsers += account.toObject().value(u"users"_s).toArray().size();
    QCOMPARE(jsonUsers, m_teamUsers.size() + m_corpUsers.size());

    // The copy of the database holds the snapshots as they were kept.
    {
        SnapshotDatabase copy(QDir(folder).filePath(u"snapshots.sqlite"_s));
        QVERIFY(copy.open().isNone());
        const std::optional<SnapshotInfo> copied = copy.latestComplete(u"a-team"_s, &error);
        QVERIFY(copied);
        QCOMPARE(copied->userCount, 5);
        QCOMPARE(copy.settings(copied->id, &error), (AccountSettings { true, false }));
        QCOMPARE(copy.users(copied->id, 0, -1, &error).first().userId, u"t-0"_s);
    }
    QFile readme(QDir(folder).filePath(u"README.txt"_s));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray readmeText = readme.readAll();
    for (const QString &column : SnapshotArchive::userColumns() + SnapshotArchive::accountColumns())
        QVERIFY2(readmeText.contains(column.toUtf8()), qPrintable(column));
    // No PIN anywhere.
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secretPin.toUtf8()), qPrintable(name));
    }
}

void TstSnapshotArchive::cancelledExportLeavesNothing()
{
    const QList<SnapshotInfo> kept = keepTwoAccounts();
    const QString parent = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(parent));
    QString error;
    QCOMPARE(exportTo(kept, parent, &error, true), QString());
    QCOMPARE(error, QString());
    QVERIFY(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TstSnapshotArchive::unwritableFolderIsReportedAndLeavesNothing()
{
    const QList<SnapshotInfo> kept = keepTwoAccounts();
    // A file where the folder should be: no folder can be made in it, whoever runs the test.
    const QString parent = m_dir->filePath(u"not-a-folder"_s);
    QFile blocker(parent);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QString error;
    QCOMPARE(exportTo(kept, parent, &error), QString());
    QVERIFY2(error.contains(u"Could not create"_s), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

QTEST_GUILESS_MAIN(TstSnapshotArchive)
#include "tst_snapshotarchive.moc"
