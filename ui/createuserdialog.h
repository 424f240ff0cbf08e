#pragma once

#include "ui/newusersdialog.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;

// Creates one user in the account (CreateUser): an email address, a user name and the user type
// (a shared device, such as a conference room phone, is one). Checked as it is typed.
class CreateUserDialog final : public NewUsersDialog
{
    Q_OBJECT

public:
    // `inAccount`: addresses (NewUserAct::keyOf) of the account's users listed so far.
    CreateUserDialog(CommandContext context, QSet<QString> inAccount, Submit submit,
                     QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *userTypeBox() const { return m_userType; }
    QString problem() const;
    // The address to create, once problem() is empty.
    QString address() const;

protected:
    void apply() override;
    void editAgain(const QStringList &keys) override;

private:
    void updateCheck();

    QSet<QString> m_inAccount;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_userType;
    QLabel *m_check;
};
