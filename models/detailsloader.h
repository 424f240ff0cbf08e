#pragma once

#include "core/account.h"
#include "core/chimeerror.h"
#include "core/telephonysettings.h"
#include "core/user.h"

#include <QObject>
#include <QPointer>

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
    void loadUser(const QString &accountId, const QString &userId);
    void cancel();

signals:
    void accountLoaded(const Account &account);
    void userLoaded(const User &user);
    void loadFailed(const ChimeError &error);
    void telephonyLoaded(const QString &userId, const TelephonySettings &settings);
    void telephonyFailed(const QString &userId, const ChimeError &error);

private:
    ChimeClient *m_client;
    QPointer<ChimeCall> m_accountCall;
    QPointer<ChimeCall> m_userCall;
    QPointer<ChimeCall> m_settingsCall;
};
