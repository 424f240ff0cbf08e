#include "store/snapshotdatabase.h"

#include "store/snapshotschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes, as Qt's driver gives them in nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QVariant timeValue(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? QVariant(time->toMSecsSinceEpoch()) : QVariant();
}

std::optional<QDateTime> timeOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textValue(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

std::optional<QString> textOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

template<typename E>
QVariant enumValue(const WireEnum<E> &value)
{
    return value.isSet() ? QVariant(value.wireName()) : QVariant();
}

template<typename E>
WireEnum<E> enumOf(const QVariant &value)
{
    return value.isNull() ? WireEnum<E>() : WireEnum<E>::fromWire(value.toString());
}

QVariant flagValue(const std::optional<bool> &flag)
{
    return flag ? QVariant(*flag ? 1 : 0) : QVariant();
}

std::optional<bool> flagOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt() != 0);
}

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

// A user's members in the users table's order, from email to sms.
QVariantList memberValues(const User &user)
{
    const auto alexa = user.alexaForBusinessMetadata.value_or(AlexaForBusinessMetadata());
    const auto telephony = [&user](bool TelephonySettings::*flag) {
        return flagValue(user.telephony ? std::optional((*user.telephony).*flag) : std::nullopt);
    };
    return { textValue(user.primaryEmail), textValue(user.displayName), enumValue(user.licenseType),
             enumValue(user.userType), enumValue(user.userRegistrationStatus),
             enumValue(user.userInvitationStatus), timeValue(user.registeredOn), timeValue(user.invitedOn),
             textValue(user.primaryProvisionedNumber), flagValue(alexa.isAlexaForBusinessEnabled),
             textValue(alexa.alexaForBusinessRoomArn), telephony(&TelephonySettings::inboundCalling),
             telephony(&TelephonySettings::outboundCalling), telephony(&TelephonySettings::sms) };
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

User userOf(const QSqlQuery &query)
{
    User user;
    user.userId = query.value(0).toString();
    user.primaryEmail = textOf(query.value(1));
    user.displayName = textOf(query.value(2));
    user.licenseType = enumOf<License>(query.value(3));
    user.userType = enumOf<UserType>(query.value(4));
    user.userRegistrationStatus = enumOf<RegistrationStatus>(query.value(5));
    user.userInvitationStatus = enumOf<InviteStatus>(query.value(6));
    user.registeredOn = timeOf(query.value(7));
    user.invitedOn = timeOf(query.value(8));
    user.primaryProvisionedNumber = textOf(query.value(9));
    const auto alexaEnabled = flagOf(query.value(10));
    const auto alexaRoom = textOf(query.value(11));
    if (alexaEnabled || alexaRoom)
        user.alexaForBusinessMetadata = AlexaForBusinessMetadata { alexaEnabled, alexaRoom };
    if (!query.value(12).isNull()) {
        user.telephony = TelephonySettings { query.value(12).toBool(), query.value(13).toBool(),
                                             query.value(14).toBool() };
    }
    return user;
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
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SnapshotDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/snapshots.sqlite"_L1;
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
    for (const QString &statement : { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                      u"PRAGMA foreign_keys = ON"_s }) {
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
    query.addBindValue(enumValue(account.accountType));
    query.addBindValue(enumValue(account.accountStatus));
    query.addBindValue(timeValue(account.createdTimestamp));
    query.addBindValue(enumValue(account.defaultLicense));
    query.addBindValue(LicenseValue::wireNames(account.supportedLicenses).join(u','));
    query.addBindValue(groupsText(account.signinDelegateGroups));
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool SnapshotDatabase::addUsers(qint64 snapshotId, const QList<User> &users, QString *error)
{
    if (!isReady(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // The count of distinct users is also the next free place: a user listed again keeps the
    // place it was first listed at, with what it holds now. Counted as the page is written, so
    // that no page costs a count of the users before it.
    QSqlQuery count(db);
    count.prepare(u"SELECT user_count FROM snapshots WHERE id = ?"_s);
    count.addBindValue(snapshotId);
    bool ok = count.exec() && count.next();
    const qint64 first = ok ? count.value(0).toLongLong() : 0;
    qint64 added = 0;
    QSqlQuery insert(db);
    QSqlQuery update(db);
    ok = ok
        && insert.prepare(u"INSERT OR IGNORE INTO users (snapshot_id, position, user_id, email, display_name, "
                          "license, user_type, registration_status, invitation_status, registered_on, "
                          "invited_on, provisioned_number, alexa_enabled, alexa_room_arn, "
                          "inbound_calling, outbound_calling, sms) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        && update.prepare(u"UPDATE users SET email = ?, display_name = ?, license = ?, user_type = ?, "
                          "registration_status = ?, invitation_status = ?, registered_on = ?, "
                          "invited_on = ?, provisioned_number = ?, alexa_enabled = ?, alexa_room_arn = ?, "
                          "inbound_calling = ?, outbound_calling = ?, sms = ? "
                          "WHERE snapshot_id = ? AND user_id = ?"_s);
    for (qsizetype i = 0; ok && i < users.size(); ++i) {
        const User &user = users.at(i);
        const QVariantList members = memberValues(user);
        bindAll(insert, QVariantList { snapshotId, first + added, user.userId } + members);
        ok = insert.exec();
        if (ok && insert.numRowsAffected() == 1) {
            ++added;
        } else if (ok) {
            bindAll(update, members + QVariantList { snapshotId, user.userId });
            ok = update.exec();
        }
    }
    QSqlQuery total(db);
    ok = ok && total.prepare(u"UPDATE snapshots SET user_count = user_count + ? WHERE id = ?"_s);
    if (ok) {
        total.addBindValue(added);
        total.addBindValue(snapshotId);
        ok = total.exec();
    }
    if (ok && db.commit())
        return true;
    for (const QSqlError &failure : { count.lastError(), insert.lastError(), update.lastError(), total.lastError(),
                                      db.lastError() }) {
        if (failure.isValid() && error->isEmpty())
            *error = failure.text();
    }
    if (error->isEmpty())
        *error = tr("The snapshot has no such listing.");
    db.rollback();
    return false;
}

bool SnapshotDatabase::finish(qint64 snapshotId, const QDateTime &finishedAt, QString *error)
{
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
    QList<User> found;
    if (!isReady(error))
        return found;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT user_id, email, display_name, license, user_type, registration_status, "
                  "invitation_status, registered_on, invited_on, provisioned_number, alexa_enabled, "
                  "alexa_room_arn, inbound_calling, outbound_calling, sms FROM users "
                  "WHERE snapshot_id = ? ORDER BY position LIMIT ? OFFSET ?"_s);
    query.addBindValue(snapshotId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        *error = query.lastError().text();
        return found;
    }
    while (query.next())
        found.append(userOf(query));
    return found;
}

bool SnapshotDatabase::setSettings(qint64 snapshotId, const AccountSettings &settings, QString *error)
{
    return write(u"INSERT OR REPLACE INTO account_settings (snapshot_id, disable_remote_control, "
                 "enable_dial_out) VALUES (?, ?, ?)"_s,
                 { snapshotId, flagValue(settings.disableRemoteControl), flagValue(settings.enableDialOut) }, error);
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
    return write(u"UPDATE users SET inbound_calling = ?, outbound_calling = ?, sms = ? "
                 "WHERE snapshot_id = ? AND user_id = ?"_s,
                 { telephony.inboundCalling ? 1 : 0, telephony.outboundCalling ? 1 : 0, telephony.sms ? 1 : 0,
                   snapshotId, userId },
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
