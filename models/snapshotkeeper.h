#pragma once

#include "store/asyncsnapshots.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class AccountsModel;
class UsersModel;

// Keeps the users table and the snapshot database in step: every live listing is written as a
// snapshot while its pages arrive (complete once its last page did), and an account's last
// complete snapshot is shown the moment its listing begins, for the live listing to confirm.
class SnapshotKeeper final : public QObject
{
    Q_OBJECT

public:
    // The first rows of a snapshot come in one piece this size, the rest after them.
    static constexpr int firstRows = 1000;

    SnapshotKeeper(AsyncSnapshots *snapshots, UsersModel *users, const AccountsModel *accounts,
                   QObject *parent = nullptr);

    // Shows the last complete snapshot of the account the users table shows (offline, where no
    // listing begins to bring it).
    void showLatest();
    // The account's meeting policy and chat retention as just read: kept with its listing.
    void noteSettings(const QString &accountId, const std::optional<AccountSettings> &settings);
    void noteRetention(const QString &accountId, const std::optional<RetentionSettings> &retention);
    // A user's telephony settings as just read: kept with the user in the listing's snapshot.
    void noteTelephony(const QString &accountId, const QString &userId, const TelephonySettings &telephony);

signals:
    // A snapshot's first rows are shown (with its settings, where it kept them).
    void snapshotShown(const Snapshot &snapshot);

private:
    void onListingStarted(const QString &accountId);
    void onUsersListed(const QString &accountId, const QList<User> &users, bool complete);
    void showSnapshot(int listingId, const std::optional<Snapshot> &snapshot);
    Account accountOf(const QString &accountId) const;

    AsyncSnapshots *m_snapshots;
    UsersModel *m_users;
    const AccountsModel *m_accounts;
    // The listing being written: begun when its first page arrives, so that a listing whose
    // first page failed leaves no empty snapshot.
    QString m_listedAccount;
    QDateTime m_listingAskedAt;
    AsyncSnapshots::Recording m_recording;
    // Read before the listing's first page began its snapshot.
    std::optional<AccountSettings> m_settings;
    std::optional<RetentionSettings> m_retention;
};
