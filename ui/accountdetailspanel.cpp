#include "ui/accountdetailspanel.h"

#include "models/displaynames.h"
#include "ui/detailsfield.h"
#include "ui/licensemixwidget.h"

#include <QFormLayout>
#include <QLabel>

AccountDetailsPanel::AccountDetailsPanel(LicenseMix *mix, QWidget *parent)
    : QWidget(parent)
{
    QFormLayout *form = newDetailsForm(this);
    m_name = addDetailsField(form, this, tr("Account:"), QStringLiteral("accountName"));
    m_accountId = addDetailsField(form, this, tr("Account id:"), QStringLiteral("accountId"));
    m_awsAccountId = addDetailsField(form, this, tr("AWS account:"), QStringLiteral("awsAccountId"));
    m_type = addDetailsField(form, this, tr("Type:"), QStringLiteral("accountType"));
    m_status = addDetailsField(form, this, tr("Status:"), QStringLiteral("accountStatus"));
    m_defaultLicense = addDetailsField(form, this, tr("Default license:"), QStringLiteral("defaultLicense"));
    m_supportedLicenses = addDetailsField(form, this, tr("Supported licenses:"), QStringLiteral("supportedLicenses"));
    m_created = addDetailsField(form, this, tr("Created:"), QStringLiteral("accountCreated"));
    m_delegateGroups = addDetailsField(form, this, tr("Sign-in delegate groups:"), QStringLiteral("delegateGroups"));
    form->addRow(tr("License mix:"), new LicenseMixWidget(mix, this));
    clear();
}

void AccountDetailsPanel::setAccount(const Account &account)
{
    m_name->setText(account.name);
    m_accountId->setText(account.accountId);
    m_awsAccountId->setText(account.awsAccountId);
    m_type->setText(DisplayNames::accountType(account.accountType));
    m_status->setText(DisplayNames::accountStatus(account.accountStatus));
    m_defaultLicense->setText(DisplayNames::license(account.defaultLicense));
    QStringList licenses;
    for (const LicenseValue &license : account.supportedLicenses)
        licenses.append(DisplayNames::license(license));
    m_supportedLicenses->setText(licenses.join(QStringLiteral(", ")));
    m_created->setText(DisplayNames::dateTime(account.createdTimestamp));
    QStringList groups;
    for (const SigninDelegateGroup &group : account.signinDelegateGroups)
        groups.append(group.groupName);
    m_delegateGroups->setText(groups.isEmpty() ? tr("None") : groups.join(QStringLiteral(", ")));
    setEnabled(true);
}

void AccountDetailsPanel::clear()
{
    for (QLabel *field : { m_name, m_accountId, m_awsAccountId, m_type, m_status, m_defaultLicense,
                           m_supportedLicenses, m_created, m_delegateGroups })
        field->clear();
    setEnabled(false);
}
