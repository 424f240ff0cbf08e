#include "models/auditlogmodel.h"

#include "core/auditlog.h"
#include "models/displaynames.h"

#include <algorithm>

AuditLogModel::AuditLogModel(const AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == TimeRole)
        return entry.time;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return DisplayNames::dateTime(entry.time);
    case AccountColumn:
        return entry.accountId;
    case UserColumn:
        return entry.userId;
    case OperationColumn:
        return entry.operation;
    case BeforeColumn:
        return DisplayNames::license(LicenseValue::fromWire(entry.before));
    case AfterColumn:
        return DisplayNames::license(LicenseValue::fromWire(entry.after));
    case OutcomeColumn:
        return entry.outcome == QStringLiteral("applied") ? tr("Applied") : tr("Failed");
    case RequestIdColumn:
        return entry.requestId;
    case AccessKeyColumn:
        return entry.accessKeyId;
    case MessageColumn:
        return entry.message;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case UserColumn:
        return tr("User");
    case OperationColumn:
        return tr("Operation");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case OutcomeColumn:
        return tr("Outcome");
    case RequestIdColumn:
        return tr("Request id");
    case AccessKeyColumn:
        return tr("Access key");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

bool AuditLogModel::reload(QString *error)
{
    QString readError;
    int unreadable = 0;
    QList<AuditEntry> entries = m_log->readAll(&unreadable, &readError);
    std::reverse(entries.begin(), entries.end());
    beginResetModel();
    m_entries = std::move(entries);
    m_unreadableLines = unreadable;
    endResetModel();
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return true;
}
