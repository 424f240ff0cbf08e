#include "ui/accountdetailspanel.h"

#include "models/displaynames.h"
#include "ui/licensemixwidget.h"

#include <QFormLayout>
#include <QLabel>

AccountDetailsPanel::AccountDetailsPanel(LicenseMix *mix, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addField(tr("Account:"), QStringLiteral("accountName"));
    m_accountId = addField(tr("Account id:"), QStringLiteral("accountId"));
    m_awsAccountId = addField(tr("AWS account:"), QStringLiteral("awsAccountId"));
    m_type = addField(tr("Type:"), QStringLiteral("accountType"));
    m_status = addField(tr("Status:"), QStringLiteral("accountStatus"));
    m_defaultLicense = addField(tr("Default license:"), QStringLiteral("defaultLicense"));
    m_supportedLicenses = addField(tr("Supported licenses:"), QStringLiteral("supportedLicenses"));
    m_created = addField(tr("Created:"), QStringLiteral("accountCreated"));
    m_delegateGroups = addField(tr("Sign-in delegate groups:"), QStringLiteral("delegateGroups"));
    m_form->addRow(tr("License mix:"), new LicenseMixWidget(mix, this));
    clear();
}

QLabel *AccountDetailsPanel::addField(const QString &label, const QString &objectName)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    // Long ids and emails must not widen the pane: they wrap or clip instead.
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_form->addRow(label, field);
    return field;
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
