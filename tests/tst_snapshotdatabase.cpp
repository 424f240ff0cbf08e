#include "store/asyncsnapshots.h"
#include "store/snapshotdatabase.h"
#include "store/snapshotschema.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString secretPin = u"90210555"_s;

Account accountNamed(const QString &id, const QString &name)
{
    Account account;
    account.accountId = id;
    account.awsAccountId = u"123456789012"_s;
    account.name = name;
    account.accountType = AccountType::EnterpriseDirectory;
    account.accountStatus = AccountStatus::Active;
    account.createdTimestamp = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    account.defaultLicense = License::Pro;
    account.supportedLicenses = { License::Basic, License::Pro };
    account.signinDelegateGroups = { { u"admins"_s }, { u"staff"_s } };
    return account;
}

User userWithEveryMember()
{
    User user;
    user.userId = u"u-1"_s;
    user.accountId = u"a-1"_s;
    user.primaryEmail = u"ada@example.com"_s;
    user.primaryProvisionedNumber = u"+12065550100"_s;
    user.displayName = u"Ada Lovelace"_s;
    user.licenseType = License::Pro;
    user.userType = UserType::PrivateUser;
    user.userRegistrationStatus = RegistrationStatus::Registered;
    user.userInvitationStatus = InviteStatus::Accepted;
    user.registeredOn = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    user.invitedOn = QDateTime(QDate(2024, 12, 31), QTime(23, 59), Qt::UTC);
    user.alexaForBusinessMetadata = AlexaForBusinessMetadata { true, u"arn:aws:a4b:room/1"_s };
    user.telephony = TelephonySettings { true, false, true };
    return user;
}

// What the database gives back of `user`: all but its PIN, which is never written, and the
// account id, which the snapshot holds once.
User asStored(User user)
{
    user.personalPin.reset();
    user.accountId.reset();
    return user;
}

QByteArray filesOf(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList { path, path + u"-wal"_s, path + u"-shm"_s }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace

// The snapshot database: what it keeps of accounts and users and gives back unchanged, what it
// never keeps, complete and partial listings, its file, and the databases it cannot use.
class TstSnapshotDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usersComeBackAsTheyWereWritten_data();
    void usersComeBackAsTheyWereWritten();
    void personalPinIsNeverWritten();
    void accountComesBackAsListed();
    void partialListingIsNeverTheLatest();
    void latestCompleteIsTheNewest();
    void userListedTwiceKeepsItsPlace();
    void usersReadInPieces();
    void fileIsOwnerOnly();
    void newFileGetsTheCurrentSchema();
    void settingsComeBackAsWritten_data();
    void settingsComeBackAsWritten();
    void olderSchemaIsMigrated_data();
    void olderSchemaIsMigrated();
    void pagesOfAnySizeReadInAnyPieces_data();
    void pagesOfAnySizeReadInAnyPieces();
    void userListedTwiceIsReadOnceInPieces();
    void listingGoesOnInAnotherConnection();
    void damagedPageIsAnError_data();
    void damagedPageIsAnError();
    void unusableDatabaseIsReported_data();
    void unusableDatabaseIsReported();
    void asyncSnapshotsWriteAndRead();
    void asyncSnapshotsReportAProblemOnce();

private:
    QString path() const { return m_dir->filePath(u"snapshots.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstSnapshotDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstSnapshotDatabase::usersComeBackAsTheyWereWritten_data()
{
    QTest::addColumn<User>("user");
    QTest::newRow("every member") << userWithEveryMember();
    User bare;
    bare.userId = u"u-bare"_s;
    QTest::newRow("nothing said but the id") << bare;
    User unknown = userWithEveryMember();
    unknown.licenseType = LicenseValue::fromWire(u"Enterprise"_s);
    unknown.userRegistrationStatus = RegistrationStatusValue::fromWire(u"Archived"_s);
    QTest::newRow("values this client does not know") << unknown;
    User partly = userWithEveryMember();
    partly.alexaForBusinessMetadata = AlexaForBusinessMetadata { false, std::nullopt };
    partly.telephony.reset();
    partly.displayName = u""_s;
    QTest::newRow("empty name, no settings read") << partly;
}

void TstSnapshotDatabase::usersComeBackAsTheyWereWritten()
{
    QFETCH(User, user);
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY2(db.addUsers(id, { user }, &error), qPrintable(error));
    const QList<User> read = db.users(id, 0, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first(), asStored(user));
}

void TstSnapshotDatabase::personalPinIsNeverWritten()
{
    User user = userWithEveryMember();
    user.personalPin = secretPin;
    {
        SnapshotDatabase db(path());
        QVERIFY(db.open().isNone());
        QString error;
        const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY(db.addUsers(id, { user }, &error));
        QVERIFY(db.finish(id, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!db.users(id, 0, -1, &error).first().personalPin);
        QVERIFY(!filesOf(path()).contains(secretPin.toUtf8()));
    }
    QVERIFY(!filesOf(path()).contains(secretPin.toUtf8()));
    QVERIFY(filesOf(path()).contains("ada@example.com")); // the search above would find it
}

void TstSnapshotDatabase::accountComesBackAsListed()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const Account account = accountNamed(u"a-1"_s, u"Corp, \"the first\""_s);
    const QDateTime takenAt(QDate(2026, 11, 30), QTime(8, 0, 0, 250), Qt::UTC);
    const qint64 id = db.begin(account, takenAt, &error);
    QVERIFY(db.finish(id, takenAt.addSecs(40), &error));
    const std::optional<SnapshotInfo> info = db.latestComplete(u"a-1"_s, &error);
    QVERIFY(info);
    QCOMPARE(info->account, account);
    QCOMPARE(info->takenAt, takenAt);
    QCOMPARE(info->finishedAt, takenAt.addSecs(40));
    QVERIFY(info->complete);
}

void TstSnapshotDatabase::partialListingIsNeverTheLatest()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(db.addUsers(id, { userWithEveryMember() }, &error));
    QVERIFY(!db.latestComplete(u"a-1"_s, &error));
    QVERIFY(error.isEmpty());
    const QList<SnapshotInfo> all = db.snapshots(u"a-1"_s, &error);
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.first().complete);
    QVERIFY(!all.first().finishedAt.isValid());
    QCOMPARE(all.first().userCount, 1);
}

void TstSnapshotDatabase::latestCompleteIsTheNewest()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const Account corp = accountNamed(u"a-1"_s, u"Corp"_s);
    const qint64 older = db.begin(corp, start.addDays(-7), &error);
    const qint64 newer = db.begin(corp, start.addDays(-1), &error);
    const qint64 partial = db.begin(corp, start, &error);
    const qint64 otherAccount = db.begin(accountNamed(u"a-2"_s, u"Other"_s), start, &error);
    for (const qint64 id : { older, newer, otherAccount })
        QVERIFY(db.finish(id, start, &error));
    QVERIFY(partial > 0);
    QCOMPARE(db.latestComplete(u"a-1"_s, &error)->id, newer);
    QCOMPARE(db.snapshots(u"a-1"_s, &error).size(), 3);
    QCOMPARE(db.snapshots(QString(), &error).size(), 4);
    QCOMPARE(db.snapshots(u"a-1"_s, &error).first().id, partial); // newest first
}

void TstSnapshotDatabase::userListedTwiceKeepsItsPlace()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    User first = userWithEveryMember();
    User second = first;
    second.userId = u"u-2"_s;
    QVERIFY(db.addUsers(id, { first, second }, &error));
    User again = first;
    again.licenseType = License::Basic;
    QVERIFY(db.addUsers(id, { again }, &error));
    const QList<User> read = db.users(id, 0, -1, &error);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).userId, u"u-1"_s);
    QCOMPARE(read.at(0).licenseType, LicenseValue(License::Basic));
    QCOMPARE(db.snapshots(u"a-1"_s, &error).first().userCount, 2);
}

void TstSnapshotDatabase::usersReadInPieces()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QList<User> users;
    for (int i = 0; i < 25; ++i) {
        User user;
        user.userId = u"u-%1"_s.arg(i, 2, 10, QChar(u'0'));
        users.append(user);
    }
    QVERIFY(db.addUsers(id, users.mid(0, 10), &error));
    QVERIFY(db.addUsers(id, users.mid(10), &error));
    QCOMPARE(db.users(id, 0, 7, &error), users.mid(0, 7));
    QCOMPARE(db.users(id, 7, -1, &error), users.mid(7));
}

void TstSnapshotDatabase::fileIsOwnerOnly()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(db.addUsers(id, { userWithEveryMember() }, &error));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &file : QStringList { path(), path() + u"-wal"_s }) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    }
}

void TstSnapshotDatabase::newFileGetsTheCurrentSchema()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    db.close();
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    raw.setDatabaseName(path());
    QVERIFY(raw.open());
    QString error;
    QCOMPARE(SnapshotSchema::versionOf(raw, &error), SnapshotSchema::currentVersion);
    QSqlQuery mode(raw);
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    mode = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TstSnapshotDatabase::settingsComeBackAsWritten_data()
{
    QTest::addColumn<AccountSettings>("settings");
    QTest::addColumn<RetentionSettings>("retention");
    QTest::newRow("everything said") << AccountSettings { true, false } << RetentionSettings { 30, 5475, std::nullopt };
    QTest::newRow("messages kept, policy unsaid") << AccountSettings { std::nullopt, true }
                                                  << RetentionSettings { std::nullopt, std::nullopt, std::nullopt };
}

void TstSnapshotDatabase::settingsComeBackAsWritten()
{
    QFETCH(AccountSettings, settings);
    QFETCH(RetentionSettings, retention);
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(!db.settings(id, &error));
    QVERIFY(!db.retention(id, &error));
    QVERIFY2(db.setSettings(id, settings, &error), qPrintable(error));
    QVERIFY2(db.setRetention(id, retention, &error), qPrintable(error));
    QCOMPARE(db.settings(id, &error), settings);
    QCOMPARE(db.retention(id, &error), retention);
    QVERIFY(error.isEmpty());
}

void TstSnapshotDatabase::olderSchemaIsMigrated_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("version 1: a row a user, no settings") << 1;
    QTest::newRow("version 2: a row a user, settings") << 2;
}

// A database as an earlier Chime Admin left it, written here statement by statement, so that
// what it held is known without this program's help: two users of one complete snapshot, the
// second with telephony settings, in the opposite order of their ids.
void TstSnapshotDatabase::olderSchemaIsMigrated()
{
    QFETCH(int, version);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QStringList statements {
            u"CREATE TABLE snapshots (id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, taken_at INTEGER NOT NULL, "
            "finished_at INTEGER, complete INTEGER NOT NULL DEFAULT 0, user_count INTEGER NOT NULL DEFAULT 0, "
            "aws_account_id TEXT, account_name TEXT NOT NULL, account_type TEXT, account_status TEXT, "
            "created_at INTEGER, default_license TEXT, supported_licenses TEXT, signin_delegate_groups TEXT)"_s,
            u"CREATE INDEX snapshots_of_account ON snapshots (account_id, complete, taken_at)"_s,
            u"CREATE TABLE users (snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, user_id TEXT NOT NULL, email TEXT, display_name TEXT, license TEXT, "
            "user_type TEXT, registration_status TEXT, invitation_status TEXT, registered_on INTEGER, "
            "invited_on INTEGER, provisioned_number TEXT, alexa_enabled INTEGER, alexa_room_arn TEXT, "
            "inbound_calling INTEGER, outbound_calling INTEGER, sms INTEGER, UNIQUE (snapshot_id, user_id))"_s,
            u"INSERT INTO snapshots (id, account_id, taken_at, finished_at, complete, user_count, account_name, "
            "supported_licenses, signin_delegate_groups) VALUES (7, 'a-1', 1700000000000, 1700000001000, 1, 2, "
            "'Corp', 'Basic,Pro', '[]')"_s,
            u"INSERT INTO users (snapshot_id, position, user_id, email, display_name, license, user_type, "
            "registration_status, invitation_status, registered_on, alexa_enabled) VALUES (7, 0, 'u-9', "
            "'zed@example.com', 'Zed', 'Pro', 'PrivateUser', 'Registered', 'Accepted', 1700000000000, 0)"_s,
            u"INSERT INTO users (snapshot_id, position, user_id, email, license, inbound_calling, outbound_calling, "
            "sms) VALUES (7, 1, 'u-1', 'amy@example.com', 'Basic', 1, 0, 1)"_s,
        };
        if (version >= 2) {
            statements << u"CREATE TABLE account_settings (snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) "
                          "ON DELETE CASCADE, disable_remote_control INTEGER, enable_dial_out INTEGER)"_s
                       << u"CREATE TABLE retention_settings (snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots "
                          "(id) ON DELETE CASCADE, room_retention_days INTEGER, conversation_retention_days INTEGER)"_s
                       << u"INSERT INTO account_settings VALUES (7, 1, 0)"_s;
        }
        statements << u"PRAGMA user_version = %1"_s.arg(version);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const std::optional<SnapshotInfo> kept = db.latestComplete(u"a-1"_s, &error);
    QVERIFY(kept);
    QCOMPARE(kept->userCount, 2);
    User zed;
    zed.userId = u"u-9"_s;
    zed.primaryEmail = u"zed@example.com"_s;
    zed.displayName = u"Zed"_s;
    zed.licenseType = License::Pro;
    zed.userType = UserType::PrivateUser;
    zed.userRegistrationStatus = RegistrationStatus::Registered;
    zed.userInvitationStatus = InviteStatus::Accepted;
    zed.registeredOn = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    zed.alexaForBusinessMetadata = AlexaForBusinessMetadata { false, std::nullopt };
    User amy;
    amy.userId = u"u-1"_s;
    amy.primaryEmail = u"amy@example.com"_s;
    amy.licenseType = License::Basic;
    amy.telephony = TelephonySettings { true, false, true };
    QCOMPARE(db.users(kept->id, 0, -1, &error), (QList<User> { zed, amy }));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (version >= 2)
        QCOMPARE(db.settings(kept->id, &error), (AccountSettings { true, false }));
    QVERIFY2(db.setSettings(kept->id, { true, true }, &error), qPrintable(error));
}

void TstSnapshotDatabase::pagesOfAnySizeReadInAnyPieces_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::newRow("one listed page over three rows, across a row's end") << 1200 << 498 << 5;
    QTest::newRow("pages of 200, from inside one") << 200 << 350 << 400;
    QTest::newRow("pages of 7, the rest") << 7 << 1000 << -1;
    QTest::newRow("past the end") << 200 << 1200 << -1;
}

void TstSnapshotDatabase::pagesOfAnySizeReadInAnyPieces()
{
    QFETCH(int, pageSize);
    QFETCH(int, offset);
    QFETCH(int, limit);
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QList<User> users;
    for (int i = 0; i < 1200; ++i) {
        User user = userWithEveryMember();
        user.userId = u"u-%1"_s.arg(i);
        user.displayName = u"Ünïcødé %1"_s.arg(i);
        users.append(asStored(user));
    }
    for (int from = 0; from < users.size(); from += pageSize)
        QVERIFY2(db.addUsers(id, users.mid(from, pageSize), &error), qPrintable(error));
    QCOMPARE(db.users(id, offset, limit, &error), users.mid(offset, limit));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstSnapshotDatabase::userListedTwiceIsReadOnceInPieces()
{
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QList<User> users;
    for (int i = 0; i < 6; ++i) {
        User user;
        user.userId = u"u-%1"_s.arg(i);
        users.append(user);
    }
    QVERIFY(db.addUsers(id, users.mid(0, 4), &error));
    User again = users.at(1);
    again.displayName = u"Renamed"_s;
    QVERIFY(db.addUsers(id, { again, users.at(4), users.at(5) }, &error));
    QVERIFY(db.setTelephony(id, u"u-1"_s, { true, true, false }, &error));
    QCOMPARE(db.snapshots(u"a-1"_s, &error).first().userCount, 6);
    again.telephony = TelephonySettings { true, true, false };
    QCOMPARE(db.users(id, 0, 3, &error), (QList<User> { users.at(0), again, users.at(2) }));
    QCOMPARE(db.users(id, 3, -1, &error), users.mid(3));
}

void TstSnapshotDatabase::listingGoesOnInAnotherConnection()
{
    QString error;
    qint64 id = 0;
    User first;
    first.userId = u"u-1"_s;
    User second;
    second.userId = u"u-2"_s;
    {
        SnapshotDatabase db(path());
        QVERIFY(db.open().isNone());
        id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY(db.addUsers(id, { first, second }, &error));
    }
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QVERIFY2(db.addUsers(id, { second, first, second }, &error), qPrintable(error));
    QCOMPARE(db.snapshots(u"a-1"_s, &error).first().userCount, 2);
    QCOMPARE(db.users(id, 0, -1, &error), (QList<User> { first, second }));
    QVERIFY(!db.addUsers(id + 1, { first }, &error));
    QVERIFY(!error.isEmpty());
}

void TstSnapshotDatabase::damagedPageIsAnError_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("cut short") << QByteArray("\x01\x01\x00", 3);
    QTest::newRow("another format") << QByteArray("\x02\x01\x00\x00\x00", 5);
    QTest::newRow("more users said than held") << QByteArray("\x01\xff\xff\xff\x7f", 5);
    QTest::newRow("a text longer than the page") << QByteArray("\x01\x01\x00\x00\x00\x00\x00\xff\xff\x00\x00u", 12);
    QTest::newRow("an enum past the known ones") << QByteArray("\x01\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00u\x7f\x00\x00\x00", 16);
    QTest::newRow("bytes left over") << QByteArray("\x01\x00\x00\x00\x00z", 6);
}

void TstSnapshotDatabase::damagedPageIsAnError()
{
    QFETCH(QByteArray, page);
    SnapshotDatabase db(path());
    QVERIFY(db.open().isNone());
    QString error;
    const qint64 id = db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(db.addUsers(id, { userWithEveryMember() }, &error));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.prepare(u"UPDATE user_pages SET users = ?"_s));
        query.addBindValue(page);
        QVERIFY(query.exec());
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    QVERIFY(db.users(id, 0, -1, &error).isEmpty());
    QVERIFY2(error.contains(u"page of users"_s), qPrintable(error));
}

void TstSnapshotDatabase::unusableDatabaseIsReported_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<SnapshotProblem::Kind>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("not a database") << u"garbage"_s << SnapshotProblem::Kind::Corrupt << u"damaged"_s;
    QTest::newRow("from a newer program") << u"newer"_s << SnapshotProblem::Kind::Newer << u"newer Chime Admin"_s;
    QTest::newRow("locked by another program") << u"locked"_s << SnapshotProblem::Kind::Locked << u"locked"_s;
}

void TstSnapshotDatabase::unusableDatabaseIsReported()
{
    QFETCH(QString, damage);
    QFETCH(SnapshotProblem::Kind, kind);
    QFETCH(QString, said);
    std::optional<QSqlDatabase> holder;
    if (damage == u"garbage"_s) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    } else {
        holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        holder->setDatabaseName(path());
        QVERIFY(holder->open());
        QSqlQuery query(*holder);
        QVERIFY(query.exec(damage == u"newer"_s ? u"PRAGMA user_version = 99"_s
                                                : u"CREATE TABLE held (x INTEGER)"_s));
        if (damage == u"locked"_s)
            QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
    }
    {
        SnapshotDatabase db(path());
        const SnapshotProblem problem = db.open();
        QCOMPARE(problem.kind, kind);
        QVERIFY2(problem.message.contains(said) && problem.message.contains(path()), qPrintable(problem.message));
        // Not in use, and says so, rather than failing somewhere later.
        QString error;
        QCOMPARE(db.begin(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc(), &error), 0);
        QVERIFY(!error.isEmpty());
        QVERIFY(!db.latestComplete(u"a-1"_s, &error));
    }
    if (holder) {
        holder->close();
        holder.reset();
        QSqlDatabase::removeDatabase(u"other"_s);
    }
}

void TstSnapshotDatabase::asyncSnapshotsWriteAndRead()
{
    AsyncSnapshots snapshots(path());
    QSignalSpy opened(&snapshots, &AsyncSnapshots::opened);
    QVERIFY(opened.wait(5000));
    QVERIFY(snapshots.isAvailable());
    QSignalSpy failed(&snapshots, &AsyncSnapshots::writeFailed);
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    const AsyncSnapshots::Recording recording = snapshots.record(accountNamed(u"a-1"_s, u"Corp"_s), takenAt);
    User second = userWithEveryMember();
    second.userId = u"u-2"_s;
    snapshots.addUsers(recording, { userWithEveryMember() });
    snapshots.addUsers(recording, { second });
    snapshots.finish(recording, takenAt.addSecs(1));
    std::optional<Snapshot> latest;
    bool answered = false;
    snapshots.readLatest(u"a-1"_s, 1, this, [&](const std::optional<Snapshot> &snapshot) {
        latest = snapshot;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(latest);
    QCOMPARE(latest->info.userCount, 2);
    QCOMPARE(latest->users.size(), 1); // the first piece only
    QList<User> rest;
    snapshots.readUsers(latest->info.id, 1, this, [&](const QList<User> &users) { rest = users; });
    QTRY_COMPARE(rest.size(), 1);
    QCOMPARE(rest.first(), asStored(second));
    QCOMPARE(failed.size(), 0);
}

void TstSnapshotDatabase::asyncSnapshotsReportAProblemOnce()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    AsyncSnapshots snapshots(path());
    QSignalSpy opened(&snapshots, &AsyncSnapshots::opened);
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().first().value<SnapshotProblem>().kind, SnapshotProblem::Kind::Corrupt);
    QVERIFY(!snapshots.isAvailable());
    // Listings go on without it: nothing written, nothing read, no second report.
    QSignalSpy failed(&snapshots, &AsyncSnapshots::writeFailed);
    const AsyncSnapshots::Recording recording
        = snapshots.record(accountNamed(u"a-1"_s, u"Corp"_s), QDateTime::currentDateTimeUtc());
    snapshots.addUsers(recording, { userWithEveryMember() });
    bool answered = false;
    std::optional<Snapshot> latest;
    snapshots.readLatest(u"a-1"_s, 10, this, [&](const std::optional<Snapshot> &snapshot) {
        latest = snapshot;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!latest);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TstSnapshotDatabase)
#include "tst_snapshotdatabase.moc"
