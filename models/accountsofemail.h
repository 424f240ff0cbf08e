#pragma once

#include "core/account.h"
#include "core/chimeerror.h"
#include "core/pagingguard.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ChimeCall;
class ChimeClient;

// Which accounts hold a user with an email (ListAccounts user-email, every page): the answer to
// "which account is alice@corp in?". A newer lookup replaces an older one.
class AccountsOfEmail final : public QObject
{
    Q_OBJECT

public:
    explicit AccountsOfEmail(ChimeClient *client, QObject *parent = nullptr);
    ~AccountsOfEmail() override;

    void lookUp(const QString &email);
    bool isLookingUp() const { return !m_call.isNull(); }

signals:
    // Empty when no account holds the email.
    void found(const QString &email, const QList<Account> &accounts);
    void failed(const QString &email, const ChimeError &error);

private:
    void requestPage(const QString &nextToken);

    ChimeClient *m_client;
    QPointer<ChimeCall> m_call;
    QString m_email;
    QList<Account> m_accounts;
    PagingGuard m_guard;
};
