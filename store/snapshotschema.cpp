#include "store/snapshotschema.h"

#include "store/sqlvalues.h"
#include "store/userpagetable.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using namespace SqlValues;

// A user as a row of version 1's users table gives it, from its user_id column on.
User legacyUserOf(const QSqlQuery &row, int first)
{
    const auto at = [&row, first](int column) { return row.value(first + column); };
    User user;
    user.userId = at(0).toString();
    user.primaryEmail = textOf(at(1));
    user.displayName = textOf(at(2));
    user.licenseType = enumOf<License>(at(3));
    user.userType = enumOf<UserType>(at(4));
    user.userRegistrationStatus = enumOf<RegistrationStatus>(at(5));
    user.userInvitationStatus = enumOf<InviteStatus>(at(6));
    user.registeredOn = timeOf(at(7));
    user.invitedOn = timeOf(at(8));
    user.primaryProvisionedNumber = textOf(at(9));
    const auto alexaEnabled = flagOf(at(10));
    const auto alexaRoom = textOf(at(11));
    if (alexaEnabled || alexaRoom)
        user.alexaForBusinessMetadata = AlexaForBusinessMetadata { alexaEnabled, alexaRoom };
    if (!at(12).isNull())
        user.telephony = TelephonySettings { at(12).toBool(), at(13).toBool(), at(14).toBool() };
    return user;
}

// Version 3 keeps a page of users a row: the rows of the users table become pages, in their order.
bool moveUsersIntoPages(QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT snapshot_id, user_id, email, display_name, license, user_type, registration_status, "
                   "invitation_status, registered_on, invited_on, provisioned_number, alexa_enabled, "
                   "alexa_room_arn, inbound_calling, outbound_calling, sms FROM users "
                   "ORDER BY snapshot_id, position"_s)) {
        *error = rows.lastError().text();
        return false;
    }
    qint64 snapshotId = 0;
    qint64 written = 0;
    QList<User> page;
    UserPageTable pages(db);
    const auto flush = [&] {
        const bool ok = page.isEmpty() || pages.append(snapshotId, written, EncodedUserPage::pagesOf(page), error);
        written += page.size();
        page.clear();
        return ok;
    };
    while (rows.next()) {
        if (rows.value(0).toLongLong() != snapshotId) {
            if (!flush())
                return false;
            snapshotId = rows.value(0).toLongLong();
            written = 0;
        }
        page.append(legacyUserOf(rows, 1));
        if (page.size() == EncodedUserPage::maxUsers && !flush())
            return false;
    }
    if (rows.lastError().isValid()) {
        *error = rows.lastError().text();
        return false;
    }
    return flush();
}

struct Step
{
    QList<QString> statements;
    // Run after the statements, where what a table holds must be rewritten rather than altered.
    std::function<bool(QSqlDatabase &db, QString *error)> convert;
    QList<QString> statementsAfter;
};

// Step n takes a database from version n to n + 1. Times are milliseconds since the epoch (UTC);
// an enum is its wire name; a member the service did not say is NULL.
const std::array<Step, SnapshotSchema::currentVersion> steps { {
    { {
        uR"(CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            taken_at INTEGER NOT NULL,
            finished_at INTEGER,
            complete INTEGER NOT NULL DEFAULT 0,
            user_count INTEGER NOT NULL DEFAULT 0,
            aws_account_id TEXT,
            account_name TEXT NOT NULL,
            account_type TEXT,
            account_status TEXT,
            created_at INTEGER,
            default_license TEXT,
            supported_licenses TEXT,
            signin_delegate_groups TEXT))"_s,
        u"CREATE INDEX snapshots_of_account ON snapshots (account_id, complete, taken_at)"_s,
        uR"(CREATE TABLE users (
            snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            email TEXT,
            display_name TEXT,
            license TEXT,
            user_type TEXT,
            registration_status TEXT,
            invitation_status TEXT,
            registered_on INTEGER,
            invited_on INTEGER,
            provisioned_number TEXT,
            alexa_enabled INTEGER,
            alexa_room_arn TEXT,
            inbound_calling INTEGER,
            outbound_calling INTEGER,
            sms INTEGER,
            UNIQUE (snapshot_id, user_id)))"_s,
    }, {}, {} },
    // 2: an account's meeting policy and chat retention, where the listing's account read them.
    { {
        uR"(CREATE TABLE account_settings (
            snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
            disable_remote_control INTEGER,
            enable_dial_out INTEGER))"_s,
        uR"(CREATE TABLE retention_settings (
            snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
            room_retention_days INTEGER,
            conversation_retention_days INTEGER))"_s,
    }, {}, {} },
    // 3: a page of users a row (a row a user cost a listing of 100,000 users twice its CPU), and
    // the telephony settings read after a user's page in a table of their own.
    {
        {
            uR"(CREATE TABLE user_pages (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                first_entry INTEGER NOT NULL,
                entries INTEGER NOT NULL,
                users BLOB NOT NULL,
                PRIMARY KEY (snapshot_id, first_entry)))"_s,
            uR"(CREATE TABLE user_telephony (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                user_id TEXT NOT NULL,
                inbound_calling INTEGER NOT NULL,
                outbound_calling INTEGER NOT NULL,
                sms INTEGER NOT NULL,
                PRIMARY KEY (snapshot_id, user_id)))"_s,
        },
        moveUsersIntoPages,
        { u"DROP TABLE users"_s },
    },
} };

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

int SnapshotSchema::versionOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SnapshotSchema::migrate(QSqlDatabase &db, int version, QString *error)
{
    for (int step = version; step < currentVersion; ++step) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const Step &next = steps.at(step);
        bool ok = true;
        for (const QString &statement : next.statements)
            ok = ok && exec(db, statement, error);
        ok = ok && (!next.convert || next.convert(db, error));
        for (const QString &statement : next.statementsAfter)
            ok = ok && exec(db, statement, error);
        ok = ok && exec(db, u"PRAGMA user_version = %1"_s.arg(step + 1), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
