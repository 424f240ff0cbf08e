#include "ui/userdetailspanel.h"

#include "models/displaynames.h"
#include "ui/detailsfield.h"
#include "ui/userchangestatetext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

UserDetailsPanel::UserDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    QFormLayout *form = newDetailsForm(this);
    m_name = addDetailsField(form, this, tr("Name:"), QStringLiteral("userName"));
    m_email = addDetailsField(form, this, tr("Email:"), QStringLiteral("userEmail"));
    m_userId = addDetailsField(form, this, tr("User id:"), QStringLiteral("userId"));
    m_license = addDetailsField(form, this, tr("License:"), QStringLiteral("userLicense"));
    m_change = addDetailsField(form, this, tr("Last change:"), QStringLiteral("userChange"));
    m_userType = addDetailsField(form, this, tr("User type:"), QStringLiteral("userType"));
    m_registration = addDetailsField(form, this, tr("Registration:"), QStringLiteral("userRegistration"));
    m_invitation = addDetailsField(form, this, tr("Invitation:"), QStringLiteral("userInvitation"));
    m_registeredOn = addDetailsField(form, this, tr("Registered on:"), QStringLiteral("userRegisteredOn"));
    m_invitedOn = addDetailsField(form, this, tr("Invited on:"), QStringLiteral("userInvitedOn"));
    m_phone = addDetailsField(form, this, tr("Phone number:"), QStringLiteral("userPhone"));
    m_alexa = addDetailsField(form, this, tr("Alexa for Business:"), QStringLiteral("userAlexa"));

    auto *pinRow = new QWidget(this);
    auto *pinLayout = new QHBoxLayout(pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    m_pin = new QLabel(pinRow);
    m_pin->setObjectName(QStringLiteral("userPin"));
    m_revealPin = new QToolButton(pinRow);
    m_revealPin->setObjectName(QStringLiteral("revealPin"));
    m_revealPin->setCheckable(true);
    m_revealPin->setText(tr("Show"));
    m_revealPin->setToolTip(tr("Show or hide the personal PIN"));
    pinLayout->addWidget(m_pin);
    pinLayout->addWidget(m_revealPin);
    pinLayout->addStretch();
    form->addRow(tr("Personal PIN:"), pinRow);
    connect(m_revealPin, &QToolButton::toggled, this, &UserDetailsPanel::showPin);
    clear();
}

void UserDetailsPanel::setUser(const User &user)
{
    m_name->setText(orDash(user.displayName.value_or(QString())));
    m_email->setText(orDash(user.primaryEmail.value_or(QString())));
    m_userId->setText(user.userId);
    m_license->setText(orDash(DisplayNames::license(user.licenseType)));
    m_change->setText(orDash({}));
    m_userType->setText(orDash(DisplayNames::userType(user.userType)));
    m_registration->setText(orDash(DisplayNames::registrationStatus(user.userRegistrationStatus)));
    m_invitation->setText(orDash(DisplayNames::inviteStatus(user.userInvitationStatus)));
    m_registeredOn->setText(orDash(DisplayNames::dateTime(user.registeredOn)));
    m_invitedOn->setText(orDash(DisplayNames::dateTime(user.invitedOn)));
    m_phone->setText(orDash(user.primaryProvisionedNumber.value_or(QString())));
    if (user.alexaForBusinessMetadata) {
        const AlexaForBusinessMetadata &alexa = *user.alexaForBusinessMetadata;
        const QString state = alexa.isAlexaForBusinessEnabled.value_or(false) ? tr("Enabled")
                                                                              : tr("Disabled");
        m_alexa->setText(alexa.alexaForBusinessRoomArn
                             ? tr("%1, room %2").arg(state, *alexa.alexaForBusinessRoomArn)
                             : state);
    } else {
        m_alexa->setText(orDash({}));
    }
    m_pinValue = user.personalPin.value_or(QString());
    m_revealPin->setChecked(false);
    m_revealPin->setEnabled(!m_pinValue.isEmpty());
    showPin();
    setEnabled(true);
}

void UserDetailsPanel::setChange(UserChangeState licenseState, const QString &license,
                                 const QString &lastChange)
{
    m_license->setText(orDash(UserChangeStateText::describe(licenseState, license)));
    m_change->setText(orDash(lastChange));
}

void UserDetailsPanel::clear()
{
    for (QLabel *field : { m_name, m_email, m_userId, m_license, m_change, m_userType, m_registration,
                           m_invitation, m_registeredOn, m_invitedOn, m_phone, m_alexa })
        field->clear();
    m_pinValue.clear();
    m_revealPin->setChecked(false);
    showPin();
    setEnabled(false);
}

bool UserDetailsPanel::isPinRevealed() const
{
    return m_revealPin->isChecked();
}

void UserDetailsPanel::showPin()
{
    if (m_pinValue.isEmpty())
        m_pin->setText(orDash({}));
    else if (m_revealPin->isChecked())
        m_pin->setText(m_pinValue);
    else
        m_pin->setText(QString(m_pinValue.size(), QChar(0x2022)));
    m_revealPin->setText(m_revealPin->isChecked() ? tr("Hide") : tr("Show"));
}
