#pragma once

#include "core/account.h"

#include <QWidget>

class LicenseMix;
class QLabel;

// One account (GetAccount): type, status, default and supported licenses, AWS account id,
// creation time, sign-in delegate groups, and the license mix of its loaded users.
class AccountDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    AccountDetailsPanel(LicenseMix *mix, QWidget *parent = nullptr);

    void setAccount(const Account &account);
    void clear();

private:

    QLabel *m_name;
    QLabel *m_accountId;
    QLabel *m_awsAccountId;
    QLabel *m_type;
    QLabel *m_status;
    QLabel *m_defaultLicense;
    QLabel *m_supportedLicenses;
    QLabel *m_created;
    QLabel *m_delegateGroups;
};
