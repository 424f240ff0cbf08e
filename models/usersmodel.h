#pragma once

#include "core/chimeerror.h"
#include "core/chimeresults.h"
#include "core/pagingguard.h"
#include "core/user.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

class ChangeEngine;
class ChimeCall;
class ChimeClient;

// The users of one Chime account, loaded page by page (ListUsers) through fetchMore(), so the
// first rows show as soon as the first page arrives. The License column is editable: setData()
// submits a change to the change engine; the cell shows the value on its way and where the
// change stands (ChangeStateRole) until the service's answer is known, and what the service then
// holds. A user with a change on its way cannot be edited again until it settles.
//
// Rows may also come from a snapshot (addSnapshotUsers): shown at once, marked as of the
// snapshot's time, while the live listing streams in behind them and replaces each as it is
// confirmed; rows the live listing no longer has are removed once it is complete. A snapshot row
// cannot be edited: a change needs what the service holds now.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DisplayNameColumn,
        EmailColumn,
        LicenseColumn,
        UserTypeColumn,
        RegistrationStatusColumn,
        InvitationStatusColumn,
        RegisteredOnColumn,
        InvitedOnColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        EmailRole,
        LicenseRole, // wire name
        UserTypeRole, // wire name
        RegistrationStatusRole, // wire name
        InvitationStatusRole, // wire name
        RegisteredOnRole, // QDateTime (UTC) or invalid
        InvitedOnRole, // QDateTime (UTC) or invalid
        EditPendingRole, // bool: a change of this user is on its way
        SupportedLicensesRole, // QStringList of the account's licenses (wire names)
        SortKeyRole, // what the column sorts by
        // UserChangeState of the user's latest change, on the column it shows on (columnOfAct);
        // None on the others.
        ChangeStateRole = Qt::UserRole + 40,
        ChangeMessageRole, // QString: why it failed or could not be confirmed
        // QString: the cell's text as the service last confirmed it, without a value on its way
        // (what an export writes)
        ConfirmedTextRole,
        FromSnapshotRole, // bool: shown from a snapshot, not yet confirmed by the live listing
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 200;

    UsersModel(ChimeClient *client, ChangeEngine *engine, QObject *parent = nullptr);
    ~UsersModel() override;

    // Without the virtual rowCount()/columnCount() calls of the default: a proxy sorting many
    // rows asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the users of another account (or none for an empty id).
    void setAccount(const QString &accountId, const QList<LicenseValue> &supportedLicenses,
                    const QString &accountName = {});
    const QString &accountId() const { return m_accountId; }
    const QString &accountName() const { return m_accountName; }
    const QList<LicenseValue> &supportedLicenses() const { return m_supportedLicenses; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Keeps fetching until the last page has arrived (or a page fails).
    void loadAll();
    // Loads again from the first page; changes in flight keep showing on their rows.
    void reload();
    // After a page failed: continues from that page, so no user is skipped or loaded twice.
    void retryLoad();
    // Stops the page on its way and a Load all; the next fetch asks for that page again.
    void stopLoading();
    bool isLoading() const { return !m_pageCall.isNull(); }
    // How long the page on its way has been waited for; 0 when none is.
    qint64 pageWaitMs() const { return isLoading() ? m_pageAsked.elapsed() : 0; }
    bool isComplete() const { return m_complete; }
    bool hasLoadError() const { return m_loadError.has_value(); }
    // Users of the loaded pages that could not be read and have no row (one per id; a later
    // readable copy takes it off).
    const QList<UnreadableItem> &unreadableUsers() const { return m_unreadable; }

    const User *user(int row) const;
    // The order of a column (SortKeyRole): times by time, everything else by the text shown,
    // case-folded. sortRanks() gives every row its place in that order, equal keys sharing a
    // place: one O(n log n) pass that a proxy sorting many rows compares instead of two keys
    // fetched per comparison.
    bool sortsBefore(int leftRow, int rightRow, int column) const;
    std::vector<int> sortRanks(int column) const;
    int rowOfUser(const QString &userId) const;
    // The column a change of this act shows on (its state, its value on its way): the license,
    // the registration status for a suspension, the name for an act that changes no column.
    static int columnOfAct(const QString &act);

    // Server-side lookup (ListUsers user-email): the user's row, loaded if needed, is reported
    // with userLookedUp(); notInAccount() when the account has no such user; otherwise
    // lookupFailed() says why. Input that is not an email the
    // service would take (blank, over 256 characters, not name@domain.tld) is refused before
    // anything is sent.
    static constexpr qsizetype longestEmail = 256;
    static std::optional<QString> emailProblem(const QString &email);
    void lookUpByEmail(const QString &email);
    // Takes users the service sent elsewhere (read back by a change), matched by id.
    void applyUsers(const QList<User> &users);

    // Which listing of which account is shown: a new one begins with setAccount() and reload().
    int listingId() const { return m_listingId; }
    // Shows users of a snapshot taken at `asOf` of the account of listing `listingId` (else
    // ignored), behind those the live listing already brought, and has the live listing load
    // every page to confirm them.
    void addSnapshotUsers(int listingId, const QDateTime &asOf, const QList<User> &users);
    bool isFromSnapshot(int row) const;
    // Offline, nothing is asked of the service: no page is listed and no email looked up.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    // When the snapshot shown was taken; invalid when no row is from one.
    const QDateTime &snapshotTime() const { return m_snapshotTime; }
    qsizetype snapshotRowCount() const { return m_fromSnapshot.size(); }

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsLoaded, bool complete);
    void loadFailed(const ChimeError &error);
    // A page held users that could not be read: unreadableUsers() has them all.
    void unreadableUsersFound();
    void userLookedUp(int row);
    void lookupFailed(const QString &email, const QString &reason);
    // The service answered: no user of this account has the email.
    void notInAccount(const QString &email);
    // The live listing of an account asks for its first page.
    void listingStarted(const QString &accountId);
    // A page of the live listing arrived (its readable users); `complete` on its last page.
    void usersListed(const QString &accountId, const QList<User> &users, bool complete);
    // Rows of a snapshot were shown, or the last of them was confirmed or removed.
    void snapshotChanged();
    // The complete live listing no longer had these users of the snapshot shown.
    void snapshotUsersGone(int count);

private:
    void requestPage();
    void appendUsers(const QList<User> &users);
    // Appends the users `append` marks as rows; `fromSnapshot`: not yet confirmed by the listing.
    void appendRows(const QList<User> &users, const QList<bool> &append, bool fromSnapshot);
    void noteUnreadable(const UsersPage &page);
    void onStatusChanged(const QString &accountId, const QString &userId);
    void onUserChanged(const QString &accountId, const QString &userId, const QString &act,
                       const QString &value);
    bool isChanging(const User &user) const;
    QVariant toolTip(const User &user, int column) const;
    void updateRow(const User &user);
    // A live copy of `user`: replaces a snapshot row whole, else is merged into the row.
    void confirmRow(const User &user);
    void removeSnapshotRows();
    void rebuildRowIndex();
    void emitRowChanged(int row);
    QVariant displayData(const User &user, int column) const;
    QVariant sortKey(const User &user, int column) const;
    static bool sortsByTime(int column);
    static qint64 timeSortKey(const User &user, int column);
    QString textSortKey(const User &user, int column) const;
    LicenseValue shownLicense(const User &user) const;
    // The user as the window shows it: with the value of a change on its way (or unconfirmed).
    User shownUser(const User &user) const;
    // Whether `column` is the one the user's latest change shows on.
    bool showsChange(const User &user, int column) const;
    QString confirmedText(const User &user, int column) const;

    ChimeClient *m_client;
    ChangeEngine *m_engine;
    QString m_accountId;
    QString m_accountName;
    QList<LicenseValue> m_supportedLicenses;
    QList<User> m_users;
    QHash<QString, int> m_rowById;
    QList<UnreadableItem> m_unreadable;
    QString m_nextToken;
    bool m_complete = true;
    bool m_loadAll = false;
    std::optional<ChimeError> m_loadError;
    QPointer<ChimeCall> m_pageCall;
    QElapsedTimer m_pageAsked;
    PagingGuard m_paging;
    QPointer<ChimeCall> m_lookupCall;
    int m_pageSize = defaultPageSize;
    int m_listingId = 0;
    bool m_offline = false;
    QSet<QString> m_fromSnapshot; // ids of the rows not yet confirmed by the live listing
    QDateTime m_snapshotTime;
};
