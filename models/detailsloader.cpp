#include "models/detailsloader.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"

DetailsLoader::DetailsLoader(ChimeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

DetailsLoader::~DetailsLoader()
{
    cancel();
}

void DetailsLoader::cancel()
{
    if (m_accountCall)
        m_accountCall->abort();
    if (m_userCall)
        m_userCall->abort();
    if (m_settingsCall)
        m_settingsCall->abort();
    if (m_accountSettingsCall)
        m_accountSettingsCall->abort();
    if (m_retentionCall)
        m_retentionCall->abort();
}

void DetailsLoader::loadAccount(const QString &accountId)
{
    if (m_accountCall)
        m_accountCall->abort();
    m_accountCall = m_client->getAccount({ accountId }, this, [this](const Outcome<Account> &answer) {
        if (answer.isOk())
            emit accountLoaded(answer.value());
        else
            emit loadFailed(answer.error());
    });
}

void DetailsLoader::loadAccountSettings(const Account &account)
{
    const QString accountId = account.accountId;
    if (m_accountSettingsCall)
        m_accountSettingsCall->abort();
    m_accountSettingsCall = m_client->getAccountSettings(
        { accountId }, this, [this, accountId](const Outcome<AccountSettings> &answer) {
            if (answer.isOk())
                emit accountSettingsLoaded(accountId, answer.value(), {});
            else
                emit accountSettingsLoaded(accountId, std::nullopt, answer.error().userMessage());
        });
    if (m_retentionCall)
        m_retentionCall->abort();
    // Only Enterprise accounts keep chat under a retention policy: a Team account is not asked.
    if (account.accountType == AccountType::Team) {
        emit retentionLoaded(accountId, std::nullopt, {});
        return;
    }
    m_retentionCall = m_client->getRetentionSettings(
        { accountId }, this, [this, accountId](const Outcome<RetentionSettings> &answer) {
            if (answer.isOk())
                emit retentionLoaded(accountId, answer.value(), {});
            else
                emit retentionLoaded(accountId, std::nullopt, answer.error().userMessage());
        });
}

void DetailsLoader::loadUser(const QString &accountId, const QString &userId)
{
    if (m_userCall)
        m_userCall->abort();
    m_userCall = m_client->getUser({ accountId, userId }, this, [this](const Outcome<User> &answer) {
        if (answer.isOk())
            emit userLoaded(answer.value());
        else
            emit loadFailed(answer.error());
    });
    if (m_settingsCall)
        m_settingsCall->abort();
    m_settingsCall = m_client->getUserSettings(
        { accountId, userId }, this, [this, userId](const Outcome<UserSettings> &answer) {
            if (answer.isOk())
                emit telephonyLoaded(userId, answer.value().telephony);
            else
                emit telephonyFailed(userId, answer.error());
        });
}
