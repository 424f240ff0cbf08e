#include "models/licensetotalsmodel.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "models/displaynames.h"

#include <QLocale>

LicenseTotalsModel::LicenseTotalsModel(ChimeClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

LicenseTotalsModel::~LicenseTotalsModel()
{
    cancel();
}

void LicenseTotalsModel::count(const QList<Account> &accounts)
{
    cancel();
    beginResetModel();
    m_rows.clear();
    for (const Account &account : accounts) {
        Row row;
        row.account = account;
        m_rows.append(row);
    }
    endResetModel();
    startNext();
    if (m_inFlight.isEmpty())
        emit finished();
}

void LicenseTotalsModel::cancel()
{
    const auto calls = std::exchange(m_inFlight, {});
    for (const QPointer<ChimeCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void LicenseTotalsModel::startNext()
{
    for (int row = 0; row < m_rows.size() && m_inFlight.size() < accountsAtOnce; ++row) {
        if (!m_rows.at(row).started) {
            m_rows[row].started = true;
            requestPage(row);
        }
    }
}

void LicenseTotalsModel::requestPage(int row)
{
    ListUsersRequest request;
    request.accountId = m_rows.at(row).account.accountId;
    request.maxResults = pageSize;
    request.priority = RequestPriority::Background;
    if (!m_rows.at(row).nextToken.isEmpty())
        request.nextToken = m_rows.at(row).nextToken;
    m_inFlight.insert(row, m_client->listUsers(request, this, [this, row](const Outcome<UsersPage> &page) {
        m_inFlight.remove(row);
        Row &entry = m_rows[row];
        std::optional<ChimeError> stop;
        if (!page.isOk())
            stop = page.error();
        else
            stop = entry.guard.check(QStringLiteral("ListUsers"), page.value().users.size(), pageSize,
                                     page.value().nextToken);
        if (stop) {
            entry.error = stop->userMessage();
        } else {
            for (const User &user : page.value().users)
                ++entry.counts[columnOfLicense(user.licenseType) - BasicColumn];
            entry.users += int(page.value().users.size());
            entry.nextToken = page.value().nextToken;
            entry.complete = entry.nextToken.isEmpty();
            if (!entry.complete)
                requestPage(row);
        }
        emitRowChanged(row);
        startNext();
        if (m_inFlight.isEmpty())
            emit finished();
    }));
}

void LicenseTotalsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int total = int(m_rows.size());
    emit dataChanged(index(total, 0), index(total, ColumnCount - 1));
}

int LicenseTotalsModel::columnOfLicense(const LicenseValue &license)
{
    switch (license.value()) {
    case License::Basic:
        return BasicColumn;
    case License::Plus:
        return PlusColumn;
    case License::Pro:
        return ProColumn;
    case License::ProTrial:
        return ProTrialColumn;
    case License::Unknown:
        break;
    }
    return OtherColumn;
}

int LicenseTotalsModel::rowCount(const QModelIndex &parent) const
{
    // Every account, and the total.
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int LicenseTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LicenseTotalsModel::countOf(int row, int column) const
{
    if (row == m_rows.size()) {
        int sum = 0;
        for (int account = 0; account < m_rows.size(); ++account)
            sum += countOf(account, column);
        return sum;
    }
    const Row &entry = m_rows.at(row);
    return column == UsersColumn ? entry.users : entry.counts.at(column - BasicColumn);
}

QString LicenseTotalsModel::stateOf(int row) const
{
    const bool total = row == m_rows.size();
    const auto rows = total ? m_rows : QList<Row> { m_rows.at(row) };
    const auto failed = std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return !r.error.isEmpty(); });
    const auto complete = std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.complete; });
    if (!total && failed > 0)
        return tr("Stopped: %1").arg(rows.first().error);
    if (complete == rows.size())
        return tr("Exact");
    if (total)
        return tr("%Ln of %1 accounts counted whole", nullptr, int(complete)).arg(QLocale().toString(rows.size()));
    return tr("Of the %Ln user(s) loaded so far", nullptr, rows.first().users);
}

QVariant LicenseTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool total = row == m_rows.size();
    const int column = index.column();
    const bool isCount = column >= BasicColumn && column <= UsersColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == AccountColumn) {
            if (total)
                return tr("All accounts");
            const Account &account = m_rows.at(row).account;
            return account.name.isEmpty() ? account.accountId : account.name;
        }
        if (isCount)
            return QLocale().toString(countOf(row, column));
        return stateOf(row);
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case AccountIdRole:
        return total ? QString() : m_rows.at(row).account.accountId;
    case CompleteRole:
        return total ? std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.complete; })
                     : m_rows.at(row).complete;
    case CountRole:
        return isCount ? QVariant(countOf(row, column)) : QVariant();
    default:
        return {};
    }
}

QVariant LicenseTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case BasicColumn:
        return DisplayNames::license(License::Basic);
    case PlusColumn:
        return DisplayNames::license(License::Plus);
    case ProColumn:
        return DisplayNames::license(License::Pro);
    case ProTrialColumn:
        return DisplayNames::license(License::ProTrial);
    case OtherColumn:
        return tr("Other");
    case UsersColumn:
        return tr("Users");
    case StateColumn:
        return tr("Counted");
    default:
        return {};
    }
}

QHash<int, QByteArray> LicenseTotalsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(CompleteRole, "complete");
    names.insert(CountRole, "count");
    return names;
}
