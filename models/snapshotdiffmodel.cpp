#include "models/snapshotdiffmodel.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

SnapshotDiffModel::SnapshotDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SnapshotDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_differences.size());
}

int SnapshotDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotDiffModel::kindKey(UserDifference::Kind kind)
{
    switch (kind) {
    case UserDifference::Kind::Added:
        return u"added"_s;
    case UserDifference::Kind::Removed:
        return u"removed"_s;
    case UserDifference::Kind::Changed:
        break;
    }
    return u"changed"_s;
}

QVariant SnapshotDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserDifference &difference = m_differences.at(index.row());
    if (role == KindRole)
        return kindKey(difference.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        switch (difference.kind) {
        case UserDifference::Kind::Added:
            return tr("Added");
        case UserDifference::Kind::Removed:
            return tr("Removed");
        case UserDifference::Kind::Changed:
            return tr("Changed");
        }
        return {};
    case NameColumn:
        return difference.displayName;
    case EmailColumn:
        return difference.email;
    case MemberColumn:
        return difference.member;
    case BeforeColumn:
        return difference.before;
    case AfterColumn:
        return difference.after;
    case UserIdColumn:
        return difference.userId;
    default:
        return {};
    }
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Change");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case MemberColumn:
        return tr("What");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case UserIdColumn:
        return tr("User id");
    default:
        return {};
    }
}

QHash<int, QByteArray> SnapshotDiffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    return names;
}

void SnapshotDiffModel::setDifferences(QList<UserDifference> differences)
{
    beginResetModel();
    m_differences = std::move(differences);
    endResetModel();
}

int SnapshotDiffModel::changedValueCount() const
{
    return static_cast<int>(std::count_if(m_differences.cbegin(), m_differences.cend(), [](const UserDifference &d) {
        return d.kind == UserDifference::Kind::Changed;
    }));
}

int SnapshotDiffModel::countOf(UserDifference::Kind kind) const
{
    QSet<QString> users;
    for (const UserDifference &difference : m_differences) {
        if (difference.kind == kind)
            users.insert(difference.userId);
    }
    return static_cast<int>(users.size());
}
