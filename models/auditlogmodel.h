#pragma once

#include "store/journalrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

// The change journal as the audit log shows it: one row for each user of each change, with how
// that user's change ended (its last outcome), newest change first and the users of a change in
// the order the change named them.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        AccessKeyIdColumn,
        AccountColumn,
        UserColumn,
        EmailColumn,
        UserIdColumn,
        OperationColumn,
        BeforeColumn,
        AfterColumn,
        OutcomeColumn,
        RequestIdColumn,
        RevertsColumn,
        ChangeIdColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC) of the change
        ChangeIdRole, // QString: the change's id
        UserIdRole, // QString
        SettlementRole, // int: the Settlement of the user's last outcome, -1 when there is none
        ActRole, // QString: the act's id, e.g. "license"
        CsvRole, // QString: what an export writes (times ISO-8601 UTC, values as stored)
    };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setContents(const JournalContents &contents);

    int changeCount() const { return static_cast<int>(m_contents.intents.size()); }
    const QList<int> &unreadableLines() const { return m_contents.unreadableLines; }

    std::optional<ChangeIntent> intent(const QUuid &changeId) const;
    // In journal order.
    QList<UserOutcome> outcomesOf(const QUuid &changeId) const;
    // Whether the last outcome of at least one user of the change is Applied.
    bool hasAppliedUser(const QUuid &changeId) const;

private:
    struct Row
    {
        qsizetype intent;
        qsizetype user;
        qsizetype outcome; // -1: no outcome yet
    };

    const UserOutcome *outcomeOf(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant csv(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    JournalContents m_contents;
    QList<Row> m_rows;
    QHash<QUuid, qsizetype> m_intentIndex;
    QHash<QUuid, QList<qsizetype>> m_outcomeIndexes;
    QSet<QUuid> m_changesWithAppliedUser;
};
