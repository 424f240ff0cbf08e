#pragma once

#include <QSortFilterProxyModel>

class UsersModel;

// Instant client-side search over the loaded users: the text matches name or email (case and
// accents as typed), and optional exact filters on license, user type and registration status.
class UserFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);

    void setUsersModel(UsersModel *model);
    void setSearchText(const QString &text);
    // Wire names; empty means "any".
    void setLicenseFilter(const QString &license);
    void setUserTypeFilter(const QString &userType);
    void setRegistrationFilter(const QString &status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void setFilterValue(QString &filter, const QString &value);

    UsersModel *m_users = nullptr;
    QString m_searchText;
    QString m_license;
    QString m_userType;
    QString m_registration;
};
