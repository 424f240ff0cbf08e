#include "models/accountsofemail.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"

AccountsOfEmail::AccountsOfEmail(ChimeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AccountsOfEmail::~AccountsOfEmail()
{
    if (m_call)
        m_call->abort();
}

void AccountsOfEmail::lookUp(const QString &email)
{
    if (m_call)
        std::exchange(m_call, nullptr)->abort();
    m_email = email.trimmed();
    m_accounts.clear();
    m_guard.reset();
    requestPage({});
}

void AccountsOfEmail::requestPage(const QString &nextToken)
{
    ListAccountsRequest request;
    request.userEmail = m_email;
    if (!nextToken.isEmpty())
        request.nextToken = nextToken;
    m_call = m_client->listAccounts(request, this, [this](const Outcome<AccountsPage> &page) {
        m_call = nullptr;
        if (!page.isOk()) {
            emit failed(m_email, page.error());
            return;
        }
        const QString &next = page.value().nextToken;
        if (auto stop = m_guard.check(QStringLiteral("ListAccounts"), page.value().accounts.size(), 0, next)) {
            emit failed(m_email, *stop);
            return;
        }
        m_accounts.append(page.value().accounts);
        if (next.isEmpty())
            emit found(m_email, m_accounts);
        else
            requestPage(next);
    });
}
