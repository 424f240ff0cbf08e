#pragma once

#include "models/userdifference.h"

#include <QAbstractTableModel>
#include <QList>

// The differences between two snapshots, one row each, for a table, its filters and a CSV export.
class SnapshotDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, EmailColumn, MemberColumn, BeforeColumn, AfterColumn, UserIdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // "added", "removed" or "changed", for a filter
    };
    Q_ENUM(Role)

    explicit SnapshotDiffModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDifferences(QList<UserDifference> differences);
    const QList<UserDifference> &differences() const { return m_differences; }
    // How many users were added, removed, changed (a user with three changed members counts once).
    int countOf(UserDifference::Kind kind) const;
    // How many values changed, over every changed user.
    int changedValueCount() const;

    static QString kindKey(UserDifference::Kind kind);

private:
    QList<UserDifference> m_differences;
};
