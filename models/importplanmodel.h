#pragma once

#include "models/importplan.h"

#include <QAbstractTableModel>

// The rows of an import's dry run, one table row each: the file's line, the user, what changes
// (before → after), and the row's result.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, UserColumn, ChangeColumn, ResultColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // ImportRow::Status as int
    };
    Q_ENUM(Role)

    explicit ImportPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPlan(const ImportPlan &plan);

private:
    QString memberName(const QString &act) const;
    QString changeText(const ImportRow &row) const;
    QString resultText(const ImportRow &row) const;

    QList<ImportRow> m_rows;
};
