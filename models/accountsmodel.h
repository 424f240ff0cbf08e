#pragma once

#include "core/account.h"
#include "core/unreadableitem.h"
#include "core/pagingguard.h"
#include "core/chimeerror.h"

#include <QAbstractListModel>
#include <QPointer>

class ChangeEngine;
class ChimeCall;
class ChimeClient;

// The Chime accounts the credentials can see (ListAccounts, every page), one row each.
class AccountsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        AccountTypeRole, // wire name
        AccountStatusRole, // wire name
        SupportedLicensesRole, // QStringList of wire names
        DefaultLicenseRole,
    };
    Q_ENUM(Role)

    explicit AccountsModel(ChimeClient *client, QObject *parent = nullptr);
    ~AccountsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows what the engine's account changes give: a new name or default license in its row, a
    // deleted account out of the list, a new account in it (the list is read again).
    void followChanges(ChangeEngine *engine);
    // Reloads every page; rows are replaced once all have arrived.
    void reload();
    bool isLoading() const { return !m_call.isNull(); }
    // Shows these accounts (of snapshots, offline) instead of a listing; loaded() follows.
    void showAccounts(const QList<Account> &accounts);
    const Account *account(int row) const;
    int rowOfAccount(const QString &accountId) const;
    // Accounts of the last listing that could not be read and have no row.
    const QList<UnreadableItem> &unreadableAccounts() const { return m_unreadable; }

signals:
    void loadingChanged(bool loading);
    // Every page has arrived (or the listing stopped); unreadableAccounts() is up to date.
    void loaded();
    void loadFailed(const ChimeError &error);

private:
    void requestPage(const QString &nextToken);
    // An account act's target is the account: `targetId` is its id (or a new account's name).
    void onAccountChanged(const QString &accountId, const QString &targetId, const QString &act,
                          const QString &value);

    ChimeClient *m_client;
    QList<Account> m_accounts;
    QList<Account> m_incoming;
    QList<UnreadableItem> m_unreadable;
    QList<UnreadableItem> m_incomingUnreadable;
    PagingGuard m_paging;
    QPointer<ChimeCall> m_call;
};
