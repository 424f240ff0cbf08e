#include "models/accountdeletionact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QString AccountDeletionAct::active = u"Active"_s;
const QString AccountDeletionAct::deleted = u"Deleted"_s;

QString AccountDeletionAct::id() const
{
    return u"account-deletion"_s;
}

QString AccountDeletionAct::operationName() const
{
    return u"DeleteAccount"_s;
}

ChimeCall *AccountDeletionAct::send(ChimeClient *client, const QString &, const QString &accountId,
                                    const QList<ChangeTarget> &, QObject *context, Done done) const
{
    return client->deleteAccount({ accountId }, context, [accountId, done](const Outcome<EmptyResult> &answer) {
        done(BatchAnswers::forOneUser(accountId, answer));
    });
}

void AccountDeletionAct::read(ChimeClient *client, const QString &accountId, const QString &,
                              QObject *context, ReadDone done) const
{
    client->getAccount({ accountId }, context, [done](const Outcome<Account> &account) {
        // An account past its 90 disabled days is not found: deleted as much as a disabled one.
        if (!account.isOk() && account.error().kind() != ChimeError::Kind::NotFound) {
            done(account.error());
            return;
        }
        const bool isActive = account.isOk() && account.value().accountStatus.value() == AccountStatus::Active;
        done(heldAnswer({ isActive ? active : deleted, std::nullopt }, account.requestId()));
    });
}

QString AccountDeletionAct::displayValue(const QString &value) const
{
    if (value == active)
        return QCoreApplication::translate("AccountDeletionAct", "Active");
    if (value == deleted)
        return QCoreApplication::translate("AccountDeletionAct", "Deleted (disabled for 90 days)");
    return QCoreApplication::translate("AccountDeletionAct", "Not known");
}

QString AccountDeletionAct::doneText(const ChangeTarget &target) const
{
    return QCoreApplication::translate("AccountDeletionAct",
                                       "The account %1 is deleted; the service keeps it disabled for 90 days.")
        .arg(target.displayName);
}
