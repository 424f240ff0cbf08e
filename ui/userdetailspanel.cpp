#include "ui/userdetailspanel.h"

#include "models/displaynames.h"
#include "ui/detailsfield.h"
#include "ui/detailsvalue.h"
#include "ui/userchangestatetext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

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
    form->addRow(tr("Telephony:"), createTelephonyRow());
    clear();
}

void UserDetailsPanel::focusFirstValue()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

QWidget *UserDetailsPanel::createTelephonyRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_telephonyState = new QLabel(row);
    m_telephonyState->setObjectName(QStringLiteral("telephonyState"));
    m_telephonyState->setWordWrap(true);
    m_telephonyState->setTextFormat(Qt::PlainText);
    m_inbound = new QCheckBox(tr("&Inbound calls"), row);
    m_inbound->setObjectName(QStringLiteral("telephonyInbound"));
    m_outbound = new QCheckBox(tr("&Outbound calls"), row);
    m_outbound->setObjectName(QStringLiteral("telephonyOutbound"));
    m_sms = new QCheckBox(tr("S&MS"), row);
    m_sms->setObjectName(QStringLiteral("telephonySms"));
    m_changeTelephony = new QPushButton(tr("Change telephony…"), row);
    m_changeTelephony->setObjectName(QStringLiteral("changeTelephony"));
    m_changeTelephony->setToolTip(tr("Review and apply the telephony settings ticked above"));
    layout->addWidget(m_telephonyState);
    // One above the other: side by side, translated, they would set the pane's width.
    for (QCheckBox *box : { m_inbound, m_outbound, m_sms }) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &UserDetailsPanel::updateTelephonyButton);
    }
    layout->addWidget(m_changeTelephony, 0, Qt::AlignLeft);
    connect(m_changeTelephony, &QPushButton::clicked, this,
            [this] { emit telephonyChangeRequested(stagedTelephony()); });
    return row;
}

TelephonySettings UserDetailsPanel::stagedTelephony() const
{
    return { m_inbound->isChecked(), m_outbound->isChecked(), m_sms->isChecked() };
}

void UserDetailsPanel::updateTelephonyButton()
{
    m_changeTelephony->setEnabled(m_telephony && stagedTelephony() != *m_telephony);
}

void UserDetailsPanel::setTelephony(const QString &userId,
                                    const std::optional<TelephonySettings> &settings,
                                    const QString &problem)
{
    if (userId != m_shownUserId)
        return; // an answer for a user no longer shown
    m_telephony = settings;
    const TelephonySettings shown = settings.value_or(TelephonySettings {});
    for (const auto &[box, allowed] : { std::pair { m_inbound, shown.inboundCalling },
                                        std::pair { m_outbound, shown.outboundCalling },
                                        std::pair { m_sms, shown.sms } }) {
        const QSignalBlocker blocker(box);
        box->setChecked(allowed);
        box->setEnabled(settings.has_value());
    }
    m_telephonyState->setText(settings ? QString()
                              : problem.isEmpty()
                                  ? tr("Reading…")
                                  : tr("Could not be read: %1").arg(problem));
    m_telephonyState->setVisible(!settings);
    updateTelephonyButton();
}

void UserDetailsPanel::setUser(const User &user)
{
    m_name->setValue(orDash(user.displayName.value_or(QString())));
    m_email->setValue(orDash(user.primaryEmail.value_or(QString())));
    m_userId->setValue(user.userId);
    m_license->setValue(orDash(DisplayNames::license(user.licenseType)));
    m_change->setValue(orDash({}));
    m_userType->setValue(orDash(DisplayNames::userType(user.userType)));
    m_registration->setValue(orDash(DisplayNames::registrationStatus(user.userRegistrationStatus)));
    m_invitation->setValue(orDash(DisplayNames::inviteStatus(user.userInvitationStatus)));
    m_registeredOn->setValue(orDash(DisplayNames::dateTime(user.registeredOn)));
    m_invitedOn->setValue(orDash(DisplayNames::dateTime(user.invitedOn)));
    m_phone->setValue(orDash(user.primaryProvisionedNumber.value_or(QString())));
    // Another user's record, or telephony newly known: shown. The same user's record without
    // it (GetUser never carries it) keeps what was read.
    if (user.userId != m_shownUserId || user.telephony) {
        m_shownUserId = user.userId;
        setTelephony(user.userId, user.telephony);
    }
    if (user.alexaForBusinessMetadata) {
        const AlexaForBusinessMetadata &alexa = *user.alexaForBusinessMetadata;
        const QString state = alexa.isAlexaForBusinessEnabled.value_or(false) ? tr("Enabled")
                                                                              : tr("Disabled");
        m_alexa->setValue(alexa.alexaForBusinessRoomArn
                             ? tr("%1, room %2").arg(state, *alexa.alexaForBusinessRoomArn)
                             : state);
    } else {
        m_alexa->setValue(orDash({}));
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
    m_license->setValue(orDash(UserChangeStateText::describe(licenseState, license)));
    m_change->setValue(orDash(lastChange));
}

void UserDetailsPanel::clear()
{
    for (DetailsValue *field : { m_name, m_email, m_userId, m_license, m_change, m_userType, m_registration,
                           m_invitation, m_registeredOn, m_invitedOn, m_phone, m_alexa })
        field->setValue({});
    m_pinValue.clear();
    m_revealPin->setChecked(false);
    showPin();
    m_shownUserId.clear();
    setTelephony({}, std::nullopt);
    m_telephonyState->setText(orDash({}));
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
