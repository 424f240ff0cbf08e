#pragma once

#include "core/auditentry.h"

#include <QAbstractTableModel>

class AuditLog;

// The audit log's entries, newest first, for viewing and export.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AccountColumn,
        UserColumn,
        OperationColumn,
        BeforeColumn,
        AfterColumn,
        OutcomeColumn,
        RequestIdColumn,
        AccessKeyColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role { TimeRole = Qt::UserRole + 1 };

    explicit AuditLogModel(const AuditLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the log again; false with `error` set when it cannot be read.
    bool reload(QString *error);
    int unreadableLines() const { return m_unreadableLines; }

private:
    const AuditLog *m_log;
    QList<AuditEntry> m_entries;
    int m_unreadableLines = 0;
};
