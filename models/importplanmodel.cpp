#include "models/importplanmodel.h"

#include "models/changeact.h"
#include "models/changeacts.h"

using namespace Qt::StringLiterals;

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::memberName(const QString &act) const
{
    if (act == ChangeActs::license().id())
        return tr("License");
    if (act == ChangeActs::suspension().id())
        return tr("Registration");
    if (act == ChangeActs::userType().id())
        return tr("User type");
    return tr("Telephony");
}

QString ImportPlanModel::changeText(const ImportRow &row) const
{
    QStringList changes;
    for (const ImportChange &change : row.changes) {
        const ChangeAct *act = ChangeActs::find(change.act);
        if (act) {
            changes.append(tr("%1: %2 → %3")
                               .arg(memberName(change.act), act->displayValue(change.before),
                                    act->displayValue(change.after)));
        }
    }
    return changes.join(u"; "_s);
}

QString ImportPlanModel::resultText(const ImportRow &row) const
{
    switch (row.status) {
    case ImportRow::Status::Changes:
        return tr("Will change");
    case ImportRow::Status::Unchanged:
        return row.reason.isEmpty() ? tr("Holds it already: nothing to send") : row.reason;
    case ImportRow::Status::CannotApply:
        break;
    }
    return tr("Cannot apply: %1").arg(row.reason);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    if (role == StatusRole)
        return static_cast<int>(row.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case UserColumn:
        if (row.userId.isEmpty())
            return row.key;
        return row.displayName.isEmpty() ? row.email : tr("%1 <%2>").arg(row.displayName, row.email);
    case ChangeColumn:
        return changeText(row);
    case ResultColumn:
        return resultText(row);
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case ChangeColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportPlanModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    return names;
}

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.rows;
    endResetModel();
}
