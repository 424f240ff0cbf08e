#include "models/snapshotkeeper.h"

#include "models/accountsmodel.h"
#include "models/usersmodel.h"

SnapshotKeeper::SnapshotKeeper(AsyncSnapshots *snapshots, UsersModel *users,
                               const AccountsModel *accounts, QObject *parent)
    : QObject(parent)
    , m_snapshots(snapshots)
    , m_users(users)
    , m_accounts(accounts)
{
    connect(users, &UsersModel::listingStarted, this, &SnapshotKeeper::onListingStarted);
    connect(users, &UsersModel::usersListed, this, &SnapshotKeeper::onUsersListed);
}

void SnapshotKeeper::onListingStarted(const QString &accountId)
{
    m_listedAccount = accountId;
    m_listingAskedAt = QDateTime::currentDateTimeUtc();
    m_snapshots->stop(m_recording); // if the listing before this one did not finish
    m_recording = {};
    m_settings.reset();
    m_retention.reset();
    showLatest();
}

void SnapshotKeeper::showLatest()
{
    const int listingId = m_users->listingId();
    m_snapshots->readLatest(m_users->accountId(), firstRows, this,
                            [this, listingId](const std::optional<Snapshot> &snapshot) {
                                showSnapshot(listingId, snapshot);
                            });
}

void SnapshotKeeper::showSnapshot(int listingId, const std::optional<Snapshot> &snapshot)
{
    if (!snapshot || listingId != m_users->listingId())
        return;
    const QDateTime asOf = snapshot->info.takenAt;
    m_users->addSnapshotUsers(listingId, asOf, snapshot->users);
    emit snapshotShown(*snapshot);
    if (snapshot->users.size() < snapshot->info.userCount) {
        m_snapshots->readUsers(snapshot->info.id, static_cast<int>(snapshot->users.size()), this,
                               [this, listingId, asOf](const QList<User> &users) {
                                   m_users->addSnapshotUsers(listingId, asOf, users);
                               });
    }
}

void SnapshotKeeper::onUsersListed(const QString &accountId, const QList<User> &users, bool complete)
{
    if (accountId != m_listedAccount)
        return;
    if (!m_recording.isValid()) {
        m_recording = m_snapshots->record(accountOf(accountId), m_listingAskedAt);
        if (m_settings)
            m_snapshots->setSettings(m_recording, *m_settings);
        if (m_retention)
            m_snapshots->setRetention(m_recording, *m_retention);
    }
    m_snapshots->addUsers(m_recording, users);
    // The recording stays this account's until the next listing: settings read after the last
    // page still belong to it.
    if (complete)
        m_snapshots->finish(m_recording, QDateTime::currentDateTimeUtc());
}

Account SnapshotKeeper::accountOf(const QString &accountId) const
{
    if (const Account *listed = m_accounts->account(m_accounts->rowOfAccount(accountId)))
        return *listed;
    Account account;
    account.accountId = accountId;
    account.name = m_users->accountName();
    account.supportedLicenses = m_users->supportedLicenses();
    return account;
}

void SnapshotKeeper::noteSettings(const QString &accountId, const std::optional<AccountSettings> &settings)
{
    if (accountId != m_listedAccount || !settings)
        return;
    m_settings = settings;
    m_snapshots->setSettings(m_recording, *settings);
}

void SnapshotKeeper::noteRetention(const QString &accountId, const std::optional<RetentionSettings> &retention)
{
    if (accountId != m_listedAccount || !retention)
        return;
    m_retention = retention;
    m_snapshots->setRetention(m_recording, *retention);
}

void SnapshotKeeper::noteTelephony(const QString &accountId, const QString &userId, const TelephonySettings &telephony)
{
    // Written after the pages already queued, so after the user's own row.
    if (accountId == m_listedAccount)
        m_snapshots->setTelephony(m_recording, userId, telephony);
}
