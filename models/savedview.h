#pragma once

#include <QByteArray>
#include <QString>

// One named arrangement of the users table: its search and filters, its sort, and which columns
// show in which order and width. For one account, or (accountId empty) for every account.
struct SavedView
{
    QString name;
    QString accountId;
    QString search;
    QString license; // wire names; empty: any
    QString userType;
    QString registration;
    int sortColumn = -1; // -1: the service's order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QByteArray header; // QHeaderView::saveState(): visible columns, their order and widths

    bool isForEveryAccount() const { return accountId.isEmpty(); }
    bool sameSlot(const SavedView &other) const
    {
        return name == other.name && accountId == other.accountId;
    }
    bool operator==(const SavedView &other) const = default;
};
