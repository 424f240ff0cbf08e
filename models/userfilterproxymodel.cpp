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
    setFilterValue(m_searchText, text.trimmed());
}

void UserFilterProxyModel::setLicenseFilter(const QString &license)
{
    setFilterValue(m_license, license);
}

void UserFilterProxyModel::setUserTypeFilter(const QString &userType)
{
    setFilterValue(m_userType, userType);
}

void UserFilterProxyModel::setRegistrationFilter(const QString &status)
{
    setFilterValue(m_registration, status);
}

void UserFilterProxyModel::setFilterValue(QString &filter, const QString &value)
{
    if (value == filter)
        return;
    filter = value;
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
