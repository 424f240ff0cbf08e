#include "models/accountnameact.h"

#include "core/chimeclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString AccountNameAct::problemWith(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("AccountNameAct", "An account needs a name.");
    if (name.size() > longestName)
        return QCoreApplication::translate("AccountNameAct", "A name has at most %1 characters.").arg(longestName);
    return {};
}

QString AccountNameAct::id() const
{
    return u"account-name"_s;
}

QString AccountNameAct::operationName() const
{
    return u"UpdateAccount"_s;
}

ChimeCall *AccountNameAct::send(ChimeClient *client, const QString &, const QString &accountId,
                                const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    UpdateAccountRequest request;
    request.accountId = accountId;
    request.name = batch.first().after;
    return sendUpdate(client, request, context, std::move(done));
}

void AccountNameAct::read(ChimeClient *client, const QString &accountId, const QString &,
                          QObject *context, ReadDone done) const
{
    readAccount(client, accountId, context, [](const Account &account) { return account.name; },
                std::move(done));
}

QString AccountNameAct::displayValue(const QString &value) const
{
    return value.isEmpty() ? QCoreApplication::translate("AccountNameAct", "Not known") : value;
}

void AccountNameAct::applyToAccount(Account &account, const QString &value) const
{
    account.name = value;
}
