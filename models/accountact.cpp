#include "models/accountact.h"

#include "core/chimeclient.h"

QString AccountAct::operation(const QList<ChangeTarget> &) const
{
    return operationName();
}

QString AccountAct::heldValue(const User &) const
{
    return {};
}

void AccountAct::applyTo(User &, const QString &) const
{
}

void AccountAct::applyToAccount(Account &, const QString &) const
{
}

bool AccountAct::leavesListing(const QString &) const
{
    return false;
}

QString AccountAct::unavailableFor(const Account &) const
{
    return {};
}

void AccountAct::readAccount(ChimeClient *client, const QString &accountId, QObject *context,
                             std::function<QString(const Account &)> held, ReadDone done)
{
    client->getAccount({ accountId }, context, [held, done](const Outcome<Account> &account) {
        if (!account.isOk()) {
            done(account.error());
            return;
        }
        Outcome<HeldValue> answer(HeldValue { held(account.value()), std::nullopt });
        answer.setRequestId(account.requestId());
        done(answer);
    });
}
