#include "store/snapshotdatabase.h"

#include "store/datafolder.h"
#include "store/snapshotschema.h"
#include "store/sqlvalues.h"
#include "store/userpagecodec.h"
#include "store/userpagetable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

#include <utility>

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

// SQLite's primary result codes, as Qt's driver gives them in nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QList<LicenseValue> licensesOf(const QString &text)
{
    QList<LicenseValue> licenses;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts))
        licenses.append(LicenseValue::fromWire(name));
    return licenses;
}

QString groupsText(const QList<SigninDelegateGroup> &groups)
{
    QJsonArray names;
    for (const SigninDelegateGroup &group : groups)
        names.append(group.groupName);
    return QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
}

QList<SigninDelegateGroup> groupsOf(const QString &text)
{
    QList<SigninDelegateGroup> groups;
    for (const QJsonValue &name : QJsonDocument::fromJson(text.toUtf8()).array())
        groups.append({ name.toString() });
    return groups;
}

const QString snapshotColumns = u"id, account_id, taken_at, finished_at, complete, user_count, "
                                "aws_account_id, account_name, account_type, account_status, "
                                "created_at, default_license, supported_licenses, "
                                "signin_delegate_groups"_s;

SnapshotInfo snapshotOf(const QSqlQuery &query)
{
    SnapshotInfo info;
    info.id = query.value(0).toLongLong();
    info.account.accountId = query.value(1).toString();
    info.takenAt = *timeOf(query.value(2));
    info.finishedAt = timeOf(query.value(3)).value_or(QDateTime());
    info.complete = query.value(4).toBool();
    info.userCount = query.value(5).toInt();
    info.account.awsAccountId = query.value(6).toString();
    info.account.name = query.value(7).toString();
    info.account.accountType = enumOf<AccountType>(query.value(8));
    info.account.accountStatus = enumOf<AccountStatus>(query.value(9));
    info.account.createdTimestamp = timeOf(query.value(10));
    info.account.defaultLicense = enumOf<License>(query.value(11));
    info.account.supportedLicenses = licensesOf(query.value(12).toString());
    info.account.signinDelegateGroups = groupsOf(query.value(13).toString());
    return info;
}

// Creates the file owner-only before SQLite does: SQLite gives its -wal and -shm files the
// database's mode.
bool createPrivateFile(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.close();
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

SnapshotDatabase::SnapshotDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(u"snapshots-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SnapshotDatabase::~SnapshotDatabase()
{
    close();
}

void SnapshotDatabase::close()
{
    m_open = false;
    // Its statements go before the connection they were prepared on.
    m_countUsers.reset();
    m_pageTable.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SnapshotDatabase::defaultPath()
{
    return DataFolder::path() + "/snapshots.sqlite"_L1;
}

bool SnapshotDatabase::isReady(QString *error) const
{
    if (!m_open)
        *error = tr("The snapshot database is not open.");
    return m_open;
}

SnapshotProblem SnapshotDatabase::problemOf(const QString &error, int nativeCode) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (nativeCode) {
    case sqliteBusy:
    case sqliteLocked:
        return { SnapshotProblem::Kind::Locked,
                 tr("The snapshot database %1 is locked by another program. Close it (or the other "
                    "Chime Admin) and start again; until then, only live data is shown.")
                     .arg(file) };
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return { SnapshotProblem::Kind::Corrupt,
                 tr("The snapshot database %1 is damaged (%2). Move it aside to keep it, or delete "
                    "it, and start again: a new one is made. Until then, only live data is shown.")
                     .arg(file, error) };
    default:
        return { SnapshotProblem::Kind::Failed,
                 tr("The snapshot database %1 cannot be used (%2); only live data is shown.")
                     .arg(file, error) };
    }
}

SnapshotProblem SnapshotDatabase::open()
{
    QString error;
    if (!createPrivateFile(m_path, &error))
        return problemOf(error, 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open())
        return problemOf(db.lastError().text(), db.lastError().nativeErrorCode().toInt());
    QSqlQuery pragma(db);
    // Large pages for a new database (an existing one keeps its own): a listing's pages of users
    // are blobs of tens of kilobytes, written in a sixteenth of the system calls of 4 KiB pages.
    for (const QString &statement : { u"PRAGMA page_size = 65536"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s }) {
        if (!pragma.exec(statement))
            return problemOf(pragma.lastError().text(), pragma.lastError().nativeErrorCode().toInt());
    }
    const int version = SnapshotSchema::versionOf(db, &error);
    if (version < 0)
        return problemOf(error, sqliteCorrupt);
    if (version > SnapshotSchema::currentVersion) {
        return { SnapshotProblem::Kind::Newer,
                 tr("The snapshot database %1 was written by a newer Chime Admin (schema %2; this "
                    "one knows up to %3). Use the newer program, or move the file aside to start a "
                    "new one; until then, only live data is shown.")
                     .arg(QDir::toNativeSeparators(m_path)).arg(version).arg(SnapshotSchema::currentVersion) };
    }
    if (!SnapshotSchema::migrate(db, version, &error))
        return problemOf(error, db.lastError().nativeErrorCode().toInt());
    m_pageTable = std::make_unique<UserPageTable>(db);
    m_countUsers = std::make_unique<PreparedStatement>(db, u"UPDATE snapshots SET user_count = ? WHERE id = ?"_s);
    m_open = true;
    return {};
}

qint64 SnapshotDatabase::begin(const Account &account, const QDateTime &takenAt, QString *error)
{
    if (!isReady(error))
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO snapshots (account_id, taken_at, aws_account_id, account_name, "
                  "account_type, account_status, created_at, default_license, supported_licenses, "
                  "signin_delegate_groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(account.accountId);
    query.addBindValue(takenAt.toMSecsSinceEpoch());
    query.addBindValue(account.awsAccountId);
    query.addBindValue(account.name);
    query.addBindValue(ofEnum(account.accountType));
    query.addBindValue(ofEnum(account.accountStatus));
    query.addBindValue(ofTime(account.createdTimestamp));
    query.addBindValue(ofEnum(account.defaultLicense));
    query.addBindValue(LicenseValue::wireNames(account.supportedLicenses).join(u','));
    query.addBindValue(groupsText(account.signinDelegateGroups));
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    m_listings.insert(id, {});
    return id;
}

bool SnapshotDatabase::addUsers(qint64 snapshotId, const QList<User> &users, QString *error)
{
    return addPages(snapshotId, EncodedUserPage::pagesOf(users), error);
}

bool SnapshotDatabase::addPages(qint64 snapshotId, const QList<EncodedUserPage> &pages, QString *error)
{
    if (!isReady(error))
        return false;
    Listing *listing = listingOf(snapshotId, error);
    if (!listing)
        return false;
    // A user listed again (a listing's pages shift under changes) keeps the place it was first
    // listed at, with what it holds now: users() reads it so. Only distinct users are counted.
    qint64 given = 0;
    for (const EncodedUserPage &page : pages) {
        if (!countNewUsers(snapshotId, *listing, page, error)) {
            m_listings.remove(snapshotId);
            return false;
        }
        given += page.count;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const bool ok = db.transaction() && m_pageTable->append(snapshotId, listing->entries, pages, error)
        && m_countUsers->run({ listing->distinct, snapshotId }, error);
    if (ok && db.commit()) {
        listing->entries += given;
        return true;
    }
    if (error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    m_listings.remove(snapshotId); // read again from what the database holds, should it go on
    return false;
}

SnapshotDatabase::Listing *SnapshotDatabase::listingOf(qint64 snapshotId, QString *error)
{
    if (auto found = m_listings.find(snapshotId); found != m_listings.end())
        return &found.value();
    // Not begun by this connection, or a write of it failed: what it holds so far.
    qint64 known = 0;
    readRow(u"SELECT COUNT(*) FROM snapshots WHERE id = ?"_s, snapshotId, error,
            [&known](const QSqlQuery &row) { known = row.value(0).toLongLong(); });
    if (known == 0) {
        if (error->isEmpty())
            *error = tr("The snapshot has no such listing.");
        return nullptr;
    }
    Listing listing;
    if (!countExactly(snapshotId, listing, {}, error))
        return nullptr;
    return &m_listings.insert(snapshotId, listing).value();
}

bool SnapshotDatabase::countNewUsers(qint64 snapshotId, Listing &listing, const EncodedUserPage &page,
                                     QString *error)
{
    // Hashes of the ids until two are alike: a set of 100,000 ids, rehashed as it grew, was half
    // the cost of writing a listing.
    if (!listing.ids) {
        for (qsizetype i = 0; i < page.idHashes.size(); ++i) {
            if (!listing.idHashes.insert(page.idHashes.at(i))) {
                // A user listed again, or two ids of one hash: from here on, by the ids themselves.
                const std::optional<QList<User>> users = UserPageCodec::decode(page.users, error);
                if (!users || !countExactly(snapshotId, listing, users->first(i), error))
                    return false;
                countNewIds(listing, users->sliced(i));
                return true;
            }
            ++listing.distinct;
        }
        return true;
    }
    const std::optional<QList<User>> users = UserPageCodec::decode(page.users, error);
    if (users)
        countNewIds(listing, *users);
    return users.has_value();
}

void SnapshotDatabase::countNewIds(Listing &listing, const QList<User> &users)
{
    for (const User &user : users) {
        if (!listing.ids->contains(user.userId)) {
            listing.ids->insert(user.userId);
            ++listing.distinct;
        }
    }
}

bool SnapshotDatabase::countExactly(qint64 snapshotId, Listing &listing, const QList<User> &pending,
                                    QString *error) const
{
    const std::optional<QList<User>> written = entriesOf(snapshotId, 0, -1, error);
    if (!written)
        return false;
    QSet<QString> ids;
    for (const QList<User> &users : { *written, pending }) {
        for (const User &user : users)
            ids.insert(user.userId);
    }
    listing.entries = written->size();
    listing.distinct = ids.size();
    listing.ids = std::move(ids);
    listing.idHashes.clear();
    return true;
}

bool SnapshotDatabase::finish(qint64 snapshotId, const QDateTime &finishedAt, QString *error)
{
    m_listings.remove(snapshotId);
    return write(u"UPDATE snapshots SET complete = 1, finished_at = ? WHERE id = ?"_s,
                 { finishedAt.toMSecsSinceEpoch(), snapshotId }, error);
}

QList<SnapshotInfo> SnapshotDatabase::snapshots(const QString &accountId, QString *error) const
{
    QList<SnapshotInfo> found;
    if (!isReady(error))
        return found;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    const QString which = accountId.isEmpty() ? QString() : u"WHERE account_id = ?"_s;
    query.prepare(u"SELECT %1 FROM snapshots %2 ORDER BY taken_at DESC, id DESC"_s.arg(snapshotColumns, which));
    if (!accountId.isEmpty())
        query.addBindValue(accountId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return found;
    }
    while (query.next())
        found.append(snapshotOf(query));
    return found;
}

std::optional<SnapshotInfo> SnapshotDatabase::latestComplete(const QString &accountId, QString *error) const
{
    if (!isReady(error))
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM snapshots WHERE account_id = ? AND complete = 1 "
                  "ORDER BY taken_at DESC, id DESC LIMIT 1"_s.arg(snapshotColumns));
    query.addBindValue(accountId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return snapshotOf(query);
}

QList<User> SnapshotDatabase::users(qint64 snapshotId, int offset, int limit, QString *error) const
{
    if (!isReady(error))
        return {};
    qint64 distinct = 0;
    qint64 entries = 0;
    readRow(u"SELECT user_count, (SELECT TOTAL(entries) FROM user_pages WHERE snapshot_id = snapshots.id) "
            "FROM snapshots WHERE id = ?"_s,
            snapshotId, error, [&](const QSqlQuery &row) {
                distinct = row.value(0).toLongLong();
                entries = row.value(1).toLongLong();
            });
    // Where no user was listed twice, the entries asked for are the users asked for.
    const bool listedOnce = distinct == entries;
    std::optional<QList<User>> found = listedOnce ? entriesOf(snapshotId, offset, limit, error)
                                                  : entriesOf(snapshotId, 0, -1, error);
    if (!found)
        return {};
    QList<User> users = listedOnce ? std::move(*found) : firstPlacesOf(*found, offset, limit);
    if (!addTelephony(snapshotId, users, error))
        return {};
    return users;
}

std::optional<QList<User>> SnapshotDatabase::entriesOf(qint64 snapshotId, qint64 offset, qint64 limit,
                                                       QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    const qint64 end = limit < 0 ? std::numeric_limits<qint64>::max() : offset + limit;
    query.prepare(u"SELECT first_entry, users FROM user_pages WHERE snapshot_id = ? AND first_entry + entries > ? "
                  "AND first_entry < ? ORDER BY first_entry"_s);
    query.addBindValue(snapshotId);
    query.addBindValue(offset);
    query.addBindValue(end);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<User> found;
    while (query.next()) {
        const qint64 first = query.value(0).toLongLong();
        std::optional<QList<User>> page = UserPageCodec::decode(query.value(1).toByteArray(), error);
        if (!page)
            return std::nullopt;
        const qint64 from = qMax<qint64>(0, offset - first);
        const qint64 to = qMin<qint64>(page->size(), end - first);
        found.append(from == 0 && to == page->size() ? *page : page->mid(from, to - from));
    }
    return found;
}

QList<User> SnapshotDatabase::firstPlacesOf(const QList<User> &entries, qint64 offset, qint64 limit)
{
    QList<User> users;
    QHash<QString, qsizetype> placeOf;
    for (const User &entry : entries) {
        if (const auto found = placeOf.constFind(entry.userId); found != placeOf.cend()) {
            users[*found] = entry;
        } else {
            placeOf.insert(entry.userId, users.size());
            users.append(entry);
        }
    }
    return users.mid(offset, limit);
}

bool SnapshotDatabase::addTelephony(qint64 snapshotId, QList<User> &users, QString *error) const
{
    QHash<QString, TelephonySettings> telephony;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT user_id, inbound_calling, outbound_calling, sms FROM user_telephony WHERE snapshot_id = ?"_s);
    query.addBindValue(snapshotId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        telephony.insert(query.value(0).toString(), { query.value(1).toBool(), query.value(2).toBool(),
                                                      query.value(3).toBool() });
    }
    if (telephony.isEmpty())
        return true;
    for (User &user : users) {
        if (const auto found = telephony.constFind(user.userId); found != telephony.cend())
            user.telephony = *found;
    }
    return true;
}

bool SnapshotDatabase::setSettings(qint64 snapshotId, const AccountSettings &settings, QString *error)
{
    return write(u"INSERT OR REPLACE INTO account_settings (snapshot_id, disable_remote_control, "
                 "enable_dial_out) VALUES (?, ?, ?)"_s,
                 { snapshotId, ofFlag(settings.disableRemoteControl), ofFlag(settings.enableDialOut) }, error);
}

bool SnapshotDatabase::setRetention(qint64 snapshotId, const RetentionSettings &retention, QString *error)
{
    const auto days = [](const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); };
    return write(u"INSERT OR REPLACE INTO retention_settings (snapshot_id, room_retention_days, "
                 "conversation_retention_days) VALUES (?, ?, ?)"_s,
                 { snapshotId, days(retention.roomRetentionDays), days(retention.conversationRetentionDays) }, error);
}

bool SnapshotDatabase::setTelephony(qint64 snapshotId, const QString &userId, const TelephonySettings &telephony,
                                    QString *error)
{
    return write(u"INSERT OR REPLACE INTO user_telephony (snapshot_id, user_id, inbound_calling, "
                 "outbound_calling, sms) VALUES (?, ?, ?, ?, ?)"_s,
                 { snapshotId, userId, telephony.inboundCalling ? 1 : 0, telephony.outboundCalling ? 1 : 0,
                   telephony.sms ? 1 : 0 },
                 error);
}

std::optional<AccountSettings> SnapshotDatabase::settings(qint64 snapshotId, QString *error) const
{
    std::optional<AccountSettings> found;
    readRow(u"SELECT disable_remote_control, enable_dial_out FROM account_settings WHERE snapshot_id = ?"_s,
            snapshotId, error, [&found](const QSqlQuery &row) {
                found = AccountSettings { flagOf(row.value(0)), flagOf(row.value(1)) };
            });
    return found;
}

std::optional<RetentionSettings> SnapshotDatabase::retention(qint64 snapshotId, QString *error) const
{
    std::optional<RetentionSettings> found;
    readRow(u"SELECT room_retention_days, conversation_retention_days FROM retention_settings "
            "WHERE snapshot_id = ?"_s,
            snapshotId, error, [&found](const QSqlQuery &row) {
                const auto days = [&row](int column) {
                    return row.value(column).isNull() ? std::nullopt : std::optional(row.value(column).toInt());
                };
                found = RetentionSettings { days(0), days(1), std::nullopt };
            });
    return found;
}

bool SnapshotDatabase::write(const QString &statement, const QVariantList &values, QString *error)
{
    if (!isReady(error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

void SnapshotDatabase::readRow(const QString &statement, qint64 snapshotId, QString *error,
                               const std::function<void(const QSqlQuery &row)> &read) const
{
    if (!isReady(error))
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(statement);
    query.addBindValue(snapshotId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return;
    }
    if (query.next())
        read(query);
}
