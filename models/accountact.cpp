#include "models/accountact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>

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

QString AccountAct::goneText() const
{
    return QCoreApplication::translate("AccountAct", "The account no longer exists.");
}

QString AccountAct::doneText(const ChangeTarget &target) const
{
    return QCoreApplication::translate("AccountAct", "The account now holds %1.").arg(displayValue(target.after));
}

void AccountAct::readAccount(ChimeClient *client, const QString &accountId, QObject *context,
                             std::function<QString(const Account &)> held, ReadDone done)
{
    client->getAccount({ accountId }, context,
                       [held, done](const Outcome<Account> &account) { done(heldFrom(account, held)); });
}

ChimeCall *AccountAct::sendUpdate(ChimeClient *client, const UpdateAccountRequest &request,
                                  QObject *context, Done done)
{
    return client->updateAccount(request, context, [accountId = request.accountId, done](const Outcome<Account> &answer) {
        done(BatchAnswers::forOneUser(accountId, answer));
    });
}
