#pragma once

#include "core/account.h"
#include "core/accountsettings.h"
#include "core/retentionsettings.h"

#include <optional>

#include <QList>
#include <QWidget>

class AccountAct;
class DetailsValue;
class LicenseMix;
class QLabel;
class QPushButton;

// One account (GetAccount): type, status, default and supported licenses, AWS account id,
// creation time, sign-in delegate groups, meeting settings and chat retention (each read on its
// own), and the license mix of its loaded users. Its buttons open the dialogs that change the
// meeting settings, the retention and the groups, where the account's type has them.
class AccountDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    AccountDetailsPanel(LicenseMix *mix, QWidget *parent = nullptr);

    void setAccount(const Account &account);
    // Answers for an account no longer shown are dropped; a null value with `problem` could not
    // be read, one without is not there to read (retention of a Team account).
    void setSettings(const QString &accountId, const std::optional<AccountSettings> &settings,
                     const QString &problem);
    void setRetention(const QString &accountId, const std::optional<RetentionSettings> &retention,
                      const QString &problem);
    void clear();
    // Disables the change buttons, saying why in their tooltip (enabled again for an empty one).
    void refuseChanges(const QString &reason);

signals:
    // An AccountCommand's id: the person asked to change what the panel shows.
    void commandRequested(const QString &commandId);

private:
    struct ChangeButton
    {
        QPushButton *button;
        const AccountAct &act;
    };

    QWidget *createChangeButtons();

    static QString periodText(const std::optional<int> &days);

    DetailsValue *m_name;
    DetailsValue *m_accountId;
    DetailsValue *m_awsAccountId;
    DetailsValue *m_type;
    DetailsValue *m_status;
    DetailsValue *m_defaultLicense;
    DetailsValue *m_supportedLicenses;
    DetailsValue *m_created;
    DetailsValue *m_delegateGroups;
    DetailsValue *m_meetings;
    DetailsValue *m_retention;
    QList<ChangeButton> m_changeButtons;
    QString m_shownAccountId;
};
