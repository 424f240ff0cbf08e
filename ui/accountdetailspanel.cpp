#include "ui/accountdetailspanel.h"

#include "models/accountact.h"
#include "models/changeacts.h"
#include "models/displaynames.h"
#include "ui/detailsfield.h"
#include "ui/detailsvalue.h"
#include "ui/licensemixwidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_meetings = addDetailsField(form, this, tr("Meetings:"), QStringLiteral("accountMeetings"));
    m_retention = addDetailsField(form, this, tr("Chat retention:"), QStringLiteral("accountRetention"));
    form->addRow(tr("Change:"), createChangeButtons());
    // Under its label, across the pane: beside it, the legend had room for a few letters a line.
    auto *mixWidget = new LicenseMixWidget(mix, this);
    mixWidget->setObjectName(QStringLiteral("licenseMix"));
    mixWidget->setAccessibleName(tr("License mix"));
    auto *mixLabel = new QLabel(tr("License mix:"), this);
    mixLabel->setBuddy(mixWidget);
    form->addRow(mixLabel);
    form->addRow(mixWidget);
    clear();
}

QWidget *AccountDetailsPanel::createChangeButtons()
{
    auto *row = new QWidget(this);
    // One above the other: side by side, three translated buttons would set the pane's width.
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins({});
    const std::array<std::tuple<QString, QString, const AccountAct &>, 3> changes { {
        { QStringLiteral("meetingSettings"), tr("&Meetings…"), ChangeActs::meetingSettings() },
        { QStringLiteral("retention"), tr("Re&tention…"), ChangeActs::retention() },
        { QStringLiteral("delegateGroups"), tr("&Groups…"), ChangeActs::delegateGroups() },
    } };
    for (const auto &[id, text, act] : changes) {
        auto *button = new QPushButton(text, row);
        button->setObjectName(id + QStringLiteral("Button"));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, id = id] { emit commandRequested(id); });
        layout->addWidget(button, 0, Qt::AlignLeft);
        m_changeButtons.append({ button, act });
    }
    return row;
}

void AccountDetailsPanel::setAccount(const Account &account)
{
    if (account.accountId != m_shownAccountId) {
        m_shownAccountId = account.accountId;
        m_meetings->setValue(tr("Reading…"));
        m_retention->setValue(tr("Reading…"));
    }
    m_name->setValue(account.name);
    m_accountId->setValue(account.accountId);
    m_awsAccountId->setValue(account.awsAccountId);
    m_type->setValue(DisplayNames::accountType(account.accountType));
    m_status->setValue(DisplayNames::accountStatus(account.accountStatus));
    m_defaultLicense->setValue(DisplayNames::license(account.defaultLicense));
    m_supportedLicenses->setValue(DisplayNames::licenses(account.supportedLicenses).join(QStringLiteral(", ")));
    m_created->setValue(DisplayNames::dateTime(account.createdTimestamp));
    QStringList groups;
    for (const SigninDelegateGroup &group : account.signinDelegateGroups)
        groups.append(group.groupName);
    m_delegateGroups->setValue(groups.isEmpty() ? tr("None") : groups.join(QStringLiteral(", ")));
    for (const ChangeButton &change : std::as_const(m_changeButtons))
        change.button->setVisible(change.act.unavailableFor(account).isEmpty());
    setEnabled(true);
}

void AccountDetailsPanel::setSettings(const QString &accountId,
                                      const std::optional<AccountSettings> &settings,
                                      const QString &problem)
{
    if (accountId != m_shownAccountId)
        return;
    if (!settings) {
        m_meetings->setValue(tr("Could not be read: %1").arg(problem));
        return;
    }
    // Not said by the service: shown as not known rather than as a default.
    auto state = [](const std::optional<bool> &on) {
        return !on ? tr("not said") : *on ? tr("on") : tr("off");
    };
    const std::optional<bool> remoteControl = settings->disableRemoteControl
        ? std::optional(!*settings->disableRemoteControl)
        : std::nullopt;
    m_meetings->setValue(tr("Remote control %1; dial-out %2").arg(state(remoteControl), state(settings->enableDialOut)));
}

QString AccountDetailsPanel::periodText(const std::optional<int> &days)
{
    return days ? tr("%Ln day(s)", nullptr, *days) : tr("kept");
}

void AccountDetailsPanel::setRetention(const QString &accountId,
                                       const std::optional<RetentionSettings> &retention,
                                       const QString &problem)
{
    if (accountId != m_shownAccountId)
        return;
    if (!retention) {
        m_retention->setValue(problem.isEmpty() ? tr("Enterprise accounts only")
                                               : tr("Could not be read: %1").arg(problem));
        return;
    }
    m_retention->setValue(tr("Rooms: %1; conversations: %2")
                             .arg(periodText(retention->roomRetentionDays),
                                  periodText(retention->conversationRetentionDays)));
}

void AccountDetailsPanel::clear()
{
    m_shownAccountId.clear();
    for (DetailsValue *field : { m_name, m_accountId, m_awsAccountId, m_type, m_status, m_defaultLicense,
                           m_supportedLicenses, m_created, m_delegateGroups, m_meetings, m_retention })
        field->setValue({});
    setEnabled(false);
}

void AccountDetailsPanel::refuseChanges(const QString &reason)
{
    for (const ChangeButton &change : std::as_const(m_changeButtons)) {
        change.button->setEnabled(reason.isEmpty());
        change.button->setToolTip(reason);
    }
}
