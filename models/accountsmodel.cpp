#include "models/accountsmodel.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "models/accountact.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "models/plaintooltip.h"

using namespace Qt::StringLiterals;

AccountsModel::AccountsModel(ChimeClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

AccountsModel::~AccountsModel()
{
    if (m_call)
        m_call->abort();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return account.name.isEmpty() ? account.accountId : account.name;
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1\nAccount id: %2\nType: %3")
                                .arg(account.name, account.accountId, account.accountType.wireName()));
    case AccountIdRole:
        return account.accountId;
    case AccountTypeRole:
        return account.accountType.wireName();
    case AccountStatusRole:
        return account.accountStatus.wireName();
    case SupportedLicensesRole:
        return LicenseValue::wireNames(account.supportedLicenses);
    case DefaultLicenseRole:
        return account.defaultLicense.wireName();
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(AccountTypeRole, "accountType");
    names.insert(AccountStatusRole, "accountStatus");
    names.insert(SupportedLicensesRole, "supportedLicenses");
    names.insert(DefaultLicenseRole, "defaultLicense");
    return names;
}

const Account *AccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountsModel::rowOfAccount(const QString &accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).accountId == accountId)
            return row;
    }
    return -1;
}

void AccountsModel::followChanges(ChangeEngine *engine)
{
    connect(engine, &ChangeEngine::userChanged, this, &AccountsModel::onAccountChanged);
}

void AccountsModel::onAccountChanged(const QString &accountId, const QString &, const QString &act,
                                     const QString &value)
{
    const auto *accountAct = dynamic_cast<const AccountAct *>(ChangeActs::find(act));
    if (!accountAct)
        return;
    if (accountAct->addsAccount()) {
        reload();
        return;
    }
    const int row = rowOfAccount(accountId);
    if (row < 0)
        return;
    if (accountAct->leavesListing(value)) {
        beginRemoveRows({}, row, row);
        m_accounts.removeAt(row);
        endRemoveRows();
        return;
    }
    accountAct->applyToAccount(m_accounts[row], value);
    emit dataChanged(index(row), index(row));
}

void AccountsModel::showAccounts(const QList<Account> &accounts)
{
    if (m_call) {
        std::exchange(m_call, nullptr)->abort();
        emit loadingChanged(false);
    }
    beginResetModel();
    m_accounts = accounts;
    m_unreadable.clear();
    endResetModel();
    emit loaded();
}

void AccountsModel::reload()
{
    if (m_call)
        m_call->abort();
    m_incoming.clear();
    m_incomingUnreadable.clear();
    m_paging.reset();
    requestPage({});
    emit loadingChanged(true);
}

void AccountsModel::requestPage(const QString &nextToken)
{
    ListAccountsRequest request;
    if (!nextToken.isEmpty())
        request.nextToken = nextToken;
    m_call = m_client->listAccounts(request, this, [this](const Outcome<AccountsPage> &page) {
        m_call = nullptr;
        if (!page.isOk()) {
            emit loadingChanged(false);
            emit loadFailed(page.error());
            return;
        }
        const std::optional<ChimeError> refusal = m_paging.check(
            u"ListAccounts"_s, page.value().accounts.size() + page.value().unreadable.size(), 0,
            page.value().nextToken);
        if (!refusal) {
            m_incoming.append(page.value().accounts);
            m_incomingUnreadable.append(page.value().unreadable);
        }
        if (!refusal && !page.value().nextToken.isEmpty()) {
            requestPage(page.value().nextToken);
            return;
        }
        // A listing stopped for a lying answer still shows the accounts read before it.
        beginResetModel();
        m_accounts = std::exchange(m_incoming, {});
        m_unreadable = std::exchange(m_incomingUnreadable, {});
        endResetModel();
        emit loadingChanged(false);
        emit loaded();
        if (refusal)
            emit loadFailed(*refusal);
    });
}
