#pragma once

#include "store/encodeduserpage.h"
#include "store/hashset.h"
#include "store/snapshotrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class PreparedStatement;
class QSqlQuery;
class UserPageTable;

// The snapshot database: one SQLite file (WAL, mode 0600) of complete and partial listings of
// accounts. Users are written as the listing brings them, in pages of up to 500 users a row
// (UserPageTable), the pages of one addPages() in one transaction; a personal PIN is never written. Blocking, and bound to the thread that opened it:
// used on the snapshots' own thread (AsyncSnapshots) and in tests, never on the GUI thread.
class SnapshotDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDatabase)

public:
    explicit SnapshotDatabase(QString path);
    ~SnapshotDatabase();
    SnapshotDatabase(const SnapshotDatabase &) = delete;
    SnapshotDatabase &operator=(const SnapshotDatabase &) = delete;

    // snapshots.sqlite in the program's data folder.
    static QString defaultPath();

    // Opens (creating it where there is none) and brings the schema up to date. Every other call
    // fails until this succeeded.
    SnapshotProblem open();
    bool isOpen() const { return m_open; }
    // Closes the connection; on the thread that opened it, as every other call.
    void close();
    const QString &path() const { return m_path; }

    // A new, partial snapshot of `account` taken at `takenAt`; 0 with `error` set when it fails.
    qint64 begin(const Account &account, const QDateTime &takenAt, QString *error);
    // Adds a page of users to a snapshot (a user already in it is replaced, keeping its place).
    bool addUsers(qint64 snapshotId, const QList<User> &users, QString *error);
    bool addPages(qint64 snapshotId, const QList<EncodedUserPage> &pages, QString *error);
    // The account's meeting policy and chat retention, as read while it was listed.
    bool setSettings(qint64 snapshotId, const AccountSettings &settings, QString *error);
    bool setRetention(qint64 snapshotId, const RetentionSettings &retention, QString *error);
    // A listed user's telephony settings, read after its page (a listing never carries them).
    bool setTelephony(qint64 snapshotId, const QString &userId, const TelephonySettings &telephony, QString *error);
    std::optional<AccountSettings> settings(qint64 snapshotId, QString *error) const;
    std::optional<RetentionSettings> retention(qint64 snapshotId, QString *error) const;
    // The listing's last page arrived: the snapshot is complete.
    bool finish(qint64 snapshotId, const QDateTime &finishedAt, QString *error);

    // The snapshots of an account (of every account for an empty id), newest first.
    QList<SnapshotInfo> snapshots(const QString &accountId, QString *error) const;
    // The newest complete snapshot of an account.
    std::optional<SnapshotInfo> latestComplete(const QString &accountId, QString *error) const;
    // The users of a snapshot from `offset` on, at most `limit` of them (all for -1).
    QList<User> users(qint64 snapshotId, int offset, int limit, QString *error) const;

private:
    // A listing being written: how many users it was given, how many of them distinct, and
    // which (by the hashes of their ids until two are alike, then by the ids).
    struct Listing
    {
        qint64 entries = 0;
        qint64 distinct = 0;
        HashSet idHashes;
        std::optional<QSet<QString>> ids;
    };
    Listing *listingOf(qint64 snapshotId, QString *error);
    bool countNewUsers(qint64 snapshotId, Listing &listing, const EncodedUserPage &page, QString *error);
    static void countNewIds(Listing &listing, const QList<User> &users);
    // Counts the listing from what the database holds and the `pending` users of a page not
    // yet written.
    bool countExactly(qint64 snapshotId, Listing &listing, const QList<User> &pending, QString *error) const;
    // The users as listed, a user listed twice twice, from entry `offset` on (all for limit -1).
    std::optional<QList<User>> entriesOf(qint64 snapshotId, qint64 offset, qint64 limit, QString *error) const;
    static QList<User> firstPlacesOf(const QList<User> &entries, qint64 offset, qint64 limit);
    bool addTelephony(qint64 snapshotId, QList<User> &users, QString *error) const;
    SnapshotProblem problemOf(const QString &error, int nativeCode) const;
    // Open, or false with why in `error`.
    bool isReady(QString *error) const;
    bool write(const QString &statement, const QVariantList &values, QString *error);
    // Runs a query of one snapshot's row; `read` gets the row where there is one.
    void readRow(const QString &statement, qint64 snapshotId, QString *error,
                 const std::function<void(const QSqlQuery &row)> &read) const;

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    QHash<qint64, Listing> m_listings;
    // Prepared while open: the writes of every page.
    std::unique_ptr<UserPageTable> m_pageTable;
    std::unique_ptr<PreparedStatement> m_countUsers;
};
