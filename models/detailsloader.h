#pragma once

#include "core/account.h"
#include "core/accountsettings.h"
#include "core/retentionsettings.h"
#include "core/chimeerror.h"
#include "core/telephonysettings.h"
#include "core/user.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ChimeCall;
class ChimeClient;

// Fetches the full record behind a selection (GetAccount; GetUser and GetUserSettings). A newer request replaces
// an older one, so a quick change of selection never shows a stale answer.
class DetailsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DetailsLoader(ChimeClient *client, QObject *parent = nullptr);
    ~DetailsLoader() override;

    void loadAccount(const QString &accountId);
    // The account's meeting settings, and its chat retention where it has one (Enterprise).
    void loadAccountSettings(const Account &account);
    void loadUser(const QString &accountId, const QString &userId);
    void cancel();

signals:
    void accountLoaded(const Account &account);
    void userLoaded(const User &user);
    void loadFailed(const ChimeError &error);
    // A null settings or retention with the error that kept it from being read.
    void accountSettingsLoaded(const QString &accountId, const std::optional<AccountSettings> &settings,
                               const QString &problem);
    void retentionLoaded(const QString &accountId, const std::optional<RetentionSettings> &retention,
                         const QString &problem);
    void telephonyLoaded(const QString &userId, const TelephonySettings &settings);
    void telephonyFailed(const QString &userId, const ChimeError &error);

private:
    ChimeClient *m_client;
    QPointer<ChimeCall> m_accountCall;
    QPointer<ChimeCall> m_userCall;
    QPointer<ChimeCall> m_settingsCall;
    QPointer<ChimeCall> m_accountSettingsCall;
    QPointer<ChimeCall> m_retentionCall;
};
