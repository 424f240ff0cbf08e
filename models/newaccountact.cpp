#include "models/newaccountact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"
#include "models/displaynames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QString NewAccountAct::none = u"none"_s;

QString NewAccountAct::id() const
{
    return u"new-account"_s;
}

QString NewAccountAct::operationName() const
{
    return u"CreateAccount"_s;
}

ChimeCall *NewAccountAct::send(ChimeClient *client, const QString &, const QString &,
                               const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const QString name = batch.first().userId;
    return client->createAccount({ name }, context, [name, done](const Outcome<Account> &answer) {
        done(BatchAnswers::forOneUser(name, answer));
    });
}

void NewAccountAct::read(ChimeClient *client, const QString &, const QString &userId,
                         QObject *context, ReadDone done) const
{
    ListAccountsRequest request;
    request.name = userId;
    client->listAccounts(request, context, [userId, done](const Outcome<AccountsPage> &page) {
        done(heldFrom(page, [&userId](const AccountsPage &listed) {
            QString held = none;
            for (const Account &account : listed.accounts) {
                if (account.name == userId)
                    held = account.accountType.isSet() ? account.accountType.wireName() : u"Team"_s;
            }
            return held;
        }));
    });
}

QString NewAccountAct::displayValue(const QString &value) const
{
    if (value == none)
        return QCoreApplication::translate("NewAccountAct", "No such account");
    return QCoreApplication::translate("NewAccountAct", "An account (%1)")
        .arg(DisplayNames::accountType(AccountTypeValue::fromWire(value)));
}

bool NewAccountAct::reached(const QString &held, const QString &after) const
{
    return held != none && after != none;
}

QString NewAccountAct::doneText(const ChangeTarget &target) const
{
    return QCoreApplication::translate("NewAccountAct", "The account %1 exists now.").arg(target.userId);
}
