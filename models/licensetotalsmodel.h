#pragma once

#include "core/account.h"
#include "core/pagingguard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class ChimeCall;
class ChimeClient;

// Every account with its users counted by license, and the totals over all accounts: each
// account's users are listed page by page (a few accounts at a time), so the counts grow as pages
// arrive and say "of N loaded" until an account is counted whole. The last row is the total.
class LicenseTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, BasicColumn, PlusColumn, ProColumn, ProTrialColumn, OtherColumn,
                  UsersColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AccountIdRole = Qt::UserRole + 1, // empty on the total row
        CompleteRole, // bool: every user counted
        CountRole, // int, in the license and user columns
    };
    Q_ENUM(Role)

    static constexpr int accountsAtOnce = 3;
    static constexpr int pageSize = 200;

    explicit LicenseTotalsModel(ChimeClient *client, QObject *parent = nullptr);
    ~LicenseTotalsModel() override;

    // Counts these accounts afresh.
    void count(const QList<Account> &accounts);
    void cancel();
    bool isCounting() const { return !m_inFlight.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void finished();

private:
    struct Row
    {
        Account account;
        QList<int> counts = QList<int>(OtherColumn - BasicColumn + 1, 0); // BasicColumn.. OtherColumn
        int users = 0;
        bool complete = false;
        bool started = false;
        QString error;
        QString nextToken;
        PagingGuard guard;
    };

    void startNext();
    void requestPage(int row);
    void emitRowChanged(int row);
    static int columnOfLicense(const LicenseValue &license);
    int countOf(int row, int column) const; // the total row sums the others
    QString stateOf(int row) const;

    ChimeClient *m_client;
    QList<Row> m_rows;
    QHash<int, QPointer<ChimeCall>> m_inFlight; // row -> its page on the way
};
