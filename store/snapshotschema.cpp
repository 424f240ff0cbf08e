#include "store/snapshotschema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Step n takes a database from version n to n + 1. Times are milliseconds since the epoch (UTC);
// an enum is its wire name; a member the service did not say is NULL.
const std::array<QList<QString>, SnapshotSchema::currentVersion> steps { {
    {
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
    },
    // 2: an account's meeting policy and chat retention, where the listing's account read them.
    {
        uR"(CREATE TABLE account_settings (
            snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
            disable_remote_control INTEGER,
            enable_dial_out INTEGER))"_s,
        uR"(CREATE TABLE retention_settings (
            snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
            room_retention_days INTEGER,
            conversation_retention_days INTEGER))"_s,
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
        bool ok = true;
        for (const QString &statement : steps.at(step))
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
