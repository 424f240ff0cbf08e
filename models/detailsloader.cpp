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
