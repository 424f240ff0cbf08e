#pragma once

#include "core/user.h"
#include "models/userchangestate.h"

#include <QWidget>

class DetailsValue;
class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

// Every field of one user (GetUser), the personal PIN masked until revealed, where the user's
// latest change stands, and its telephony settings (GetUserSettings). The telephony boxes only
// stage a change: "Change…" asks for it, and the window runs it as any other change.
class UserDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailsPanel(QWidget *parent = nullptr);

    void setUser(const User &user);
    // `license` is the one the table shows (the one on its way, while a change is).
    // The license with where a change of it stands, and what the latest change of the user (of
    // any act) says: empty when there is none to tell of.
    void setChange(UserChangeState licenseState, const QString &license, const QString &lastChange);
    // Nullopt with `problem` when they could not be read; nullopt without one while they are read.
    void setTelephony(const QString &userId, const std::optional<TelephonySettings> &settings,
                      const QString &problem = {});
    void clear();
    bool isPinRevealed() const;
    // Puts the keyboard on the first value (Enter on a user in the table does).
    void focusFirstValue();

signals:
    void telephonyChangeRequested(const TelephonySettings &settings);

private:
    void showPin();
    QWidget *createTelephonyRow();
    TelephonySettings stagedTelephony() const;
    void updateTelephonyButton();

    DetailsValue *m_name;
    DetailsValue *m_email;
    DetailsValue *m_userId;
    DetailsValue *m_license;
    DetailsValue *m_change;
    DetailsValue *m_userType;
    DetailsValue *m_registration;
    DetailsValue *m_invitation;
    DetailsValue *m_registeredOn;
    DetailsValue *m_invitedOn;
    DetailsValue *m_phone;
    DetailsValue *m_alexa;
    QLabel *m_pin;
    QToolButton *m_revealPin;
    QString m_pinValue;
    QString m_shownUserId;
    std::optional<TelephonySettings> m_telephony; // as the service holds it
    QLabel *m_telephonyState;
    QCheckBox *m_inbound;
    QCheckBox *m_outbound;
    QCheckBox *m_sms;
    QPushButton *m_changeTelephony;
};
