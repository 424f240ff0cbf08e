#pragma once

#include "core/user.h"
#include "models/userchangestate.h"

#include <QWidget>

class QLabel;
class QToolButton;

// Every field of one user (GetUser), the personal PIN masked until revealed, and where the
// user's latest change stands.
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
    void clear();
    bool isPinRevealed() const;

private:
    void showPin();

    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_userId;
    QLabel *m_license;
    QLabel *m_change;
    QLabel *m_userType;
    QLabel *m_registration;
    QLabel *m_invitation;
    QLabel *m_registeredOn;
    QLabel *m_invitedOn;
    QLabel *m_phone;
    QLabel *m_alexa;
    QLabel *m_pin;
    QToolButton *m_revealPin;
    QString m_pinValue;
};
