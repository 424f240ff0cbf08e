#include "models/auditlogmodel.h"

#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/displaynames.h"
#include "models/plaintooltip.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QString settlementText(Settlement settlement)
{
    switch (settlement) {
    case Settlement::Applied:
        return AuditLogModel::tr("Applied");
    case Settlement::Failed:
        return AuditLogModel::tr("Failed");
    case Settlement::NotApplied:
        return AuditLogModel::tr("Not applied");
    case Settlement::Unconfirmed:
        return AuditLogModel::tr("Could not be confirmed");
    case Settlement::Cancelled:
        return AuditLogModel::tr("Cancelled");
    }
    Q_UNREACHABLE();
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ChangeIntent &intent = m_contents.intents.at(row.intent);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row, index.column()).toString());
    case CsvRole:
        return csv(row, index.column());
    case TimeRole:
        return intent.time;
    case ChangeIdRole:
        return intent.changeId.toString(QUuid::WithoutBraces);
    case UserIdRole:
        return intent.users.at(row.user).userId;
    case SettlementRole: {
        const UserOutcome *outcome = outcomeOf(row);
        return outcome ? static_cast<int>(outcome->settlement) : -1;
    }
    case ActRole:
        return intent.act;
    default:
        return {};
    }
}

QVariant AuditLogModel::display(const Row &row, int column) const
{
    const ChangeIntent &intent = m_contents.intents.at(row.intent);
    const JournalUser &user = intent.users.at(row.user);
    const UserOutcome *outcome = outcomeOf(row);
    const ChangeAct *act = ChangeActs::find(intent.act);
    const auto memberValue = [act](const QString &value) {
        return act && !value.isEmpty() ? act->displayValue(value) : value;
    };
    switch (column) {
    case TimeColumn:
        return tr("%1 UTC").arg(intent.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    case ProfileColumn:
        return intent.profile;
    case AccessKeyIdColumn:
        return intent.accessKeyId;
    case AccountColumn:
        return intent.accountName.isEmpty()
            ? intent.accountId
            : tr("%1 (%2)", "account name (id)").arg(intent.accountName, intent.accountId);
    case UserColumn:
        return user.displayName;
    case EmailColumn:
        return user.email;
    case UserIdColumn:
        return user.userId;
    case OperationColumn:
        return intent.operation;
    case BeforeColumn:
        return memberValue(user.before);
    case AfterColumn:
        return memberValue(user.after);
    case OutcomeColumn:
        return outcome ? settlementText(outcome->settlement) : tr("Interrupted: not yet known");
    case RequestIdColumn:
        return outcome ? outcome->requestId : QString();
    case RevertsColumn:
        return intent.reverts ? intent.reverts->toString(QUuid::WithoutBraces) : QString();
    case ChangeIdColumn:
        return intent.changeId.toString(QUuid::WithoutBraces);
    case MessageColumn:
        if (!outcome)
            return QString();
        if (outcome->code.isEmpty() || outcome->message.isEmpty())
            return outcome->code.isEmpty() ? outcome->message : outcome->code;
        return tr("%1: %2", "error code: message").arg(outcome->code, outcome->message);
    default:
        return {};
    }
}

QVariant AuditLogModel::csv(const Row &row, int column) const
{
    const ChangeIntent &intent = m_contents.intents.at(row.intent);
    const JournalUser &user = intent.users.at(row.user);
    switch (column) {
    case TimeColumn:
        return intent.time.toUTC().toString(Qt::ISODateWithMs);
    case BeforeColumn:
        return user.before;
    case AfterColumn:
        return user.after;
    default:
        return display(row, column);
    }
}

QVariant AuditLogModel::toolTip(const Row &row, int column) const
{
    const ChangeIntent &intent = m_contents.intents.at(row.intent);
    const JournalUser &user = intent.users.at(row.user);
    switch (column) {
    case TimeColumn: {
        const QDateTime local = intent.time.toLocalTime();
        return tr("Local time: %1 %2")
            .arg(DisplayNames::dateTime(intent.time), local.timeZoneAbbreviation());
    }
    case UserColumn: {
        QStringList lines;
        for (const QString &line : { user.email, user.userId }) {
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines.join(u'\n');
    }
    case OutcomeColumn: {
        const UserOutcome *outcome = outcomeOf(row);
        if (!outcome || !outcome->reconciled)
            return {};
        return tr("Settled by reading back after the program was interrupted.");
    }
    case MessageColumn:
        return display(row, column);
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
    case ProfileColumn:
        return tr("Profile");
    case AccessKeyIdColumn:
        return tr("Access key id");
    case AccountColumn:
        return tr("Account");
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("Email");
    case UserIdColumn:
        return tr("User id");
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
    case RevertsColumn:
        return tr("Reverts");
    case ChangeIdColumn:
        return tr("Change id");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void AuditLogModel::setContents(const JournalContents &contents)
{
    beginResetModel();
    m_contents = contents;
    m_rows.clear();
    m_intentIndex.clear();
    m_outcomeIndexes.clear();
    m_changesWithAppliedUser.clear();
    const QList<ChangeIntent> &intents = m_contents.intents;
    for (qsizetype i = 0; i < intents.size(); ++i) {
        if (!m_intentIndex.contains(intents.at(i).changeId))
            m_intentIndex.insert(intents.at(i).changeId, i);
    }
    for (qsizetype i = 0; i < m_contents.outcomes.size(); ++i)
        m_outcomeIndexes[m_contents.outcomes.at(i).changeId].append(i);

    // Newest first; of changes made in the same millisecond, the one written later first.
    QList<qsizetype> order(intents.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&intents](qsizetype a, qsizetype b) {
        const QDateTime &timeA = intents.at(a).time;
        const QDateTime &timeB = intents.at(b).time;
        return timeA != timeB ? timeA > timeB : a > b;
    });
    for (const qsizetype i : std::as_const(order)) {
        const ChangeIntent &intent = intents.at(i);
        const QList<qsizetype> outcomes = m_outcomeIndexes.value(intent.changeId);
        for (qsizetype user = 0; user < intent.users.size(); ++user) {
            // The journal is appended to, so the user's last outcome in it is the latest word
            // (an unconfirmed one may be followed by what reading the user back found).
            const auto last = std::find_if(outcomes.crbegin(), outcomes.crend(),
                                           [&](qsizetype outcome) {
                return m_contents.outcomes.at(outcome).userId == intent.users.at(user).userId;
            });
            const Row row { i, user, last == outcomes.crend() ? -1 : *last };
            if (row.outcome >= 0 && outcomeOf(row)->settlement == Settlement::Applied)
                m_changesWithAppliedUser.insert(intent.changeId);
            m_rows.append(row);
        }
    }
    endResetModel();
}

std::optional<ChangeIntent> AuditLogModel::intent(const QUuid &changeId) const
{
    const auto found = m_intentIndex.constFind(changeId);
    if (found == m_intentIndex.cend())
        return std::nullopt;
    return m_contents.intents.at(*found);
}

QList<UserOutcome> AuditLogModel::outcomesOf(const QUuid &changeId) const
{
    QList<UserOutcome> outcomes;
    for (const qsizetype i : m_outcomeIndexes.value(changeId))
        outcomes.append(m_contents.outcomes.at(i));
    return outcomes;
}

bool AuditLogModel::hasAppliedUser(const QUuid &changeId) const
{
    return m_changesWithAppliedUser.contains(changeId);
}

const UserOutcome *AuditLogModel::outcomeOf(const Row &row) const
{
    return row.outcome < 0 ? nullptr : &m_contents.outcomes.at(row.outcome);
}
