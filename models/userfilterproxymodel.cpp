#include "models/userfilterproxymodel.h"

#include "models/usersmodel.h"

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::SortKeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UserFilterProxyModel::setUsersModel(UsersModel *model)
{
    m_users = model;
    setSourceModel(model);
}

void UserFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void UserFilterProxyModel::setLicenseFilter(const QString &license)
{
    if (license == m_license)
        return;
    m_license = license;
    invalidateFilter();
}

void UserFilterProxyModel::setUserTypeFilter(const QString &userType)
{
    if (userType == m_userType)
        return;
    m_userType = userType;
    invalidateFilter();
}

void UserFilterProxyModel::setRegistrationFilter(const QString &status)
{
    if (status == m_registration)
        return;
    m_registration = status;
    invalidateFilter();
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_users)
        return false;
    // Reads the user directly: going through data() and QVariant for every row on every
    // keystroke is what makes filtering large lists slow.
    const User *user = m_users->user(sourceRow);
    if (!user)
        return false;
    if (!m_license.isEmpty()
        && m_users->data(m_users->index(sourceRow, UsersModel::LicenseColumn), UsersModel::LicenseRole)
               != m_license)
        return false;
    if (!m_userType.isEmpty() && user->userType.wireName() != m_userType)
        return false;
    if (!m_registration.isEmpty() && user->userRegistrationStatus.wireName() != m_registration)
        return false;
    if (m_searchText.isEmpty())
        return true;
    return (user->displayName && user->displayName->contains(m_searchText, Qt::CaseInsensitive))
        || (user->primaryEmail && user->primaryEmail->contains(m_searchText, Qt::CaseInsensitive));
}
