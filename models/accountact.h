#pragma once

#include "core/account.h"
#include "core/chimerequests.h"
#include "models/changeact.h"

// An act on an account itself (its name, its meeting policy, …). Its one target is the account:
// the target's id is the account's id, as is the change's, and no user is read or changed. The
// service takes one account a request. It has no member of a user: the tables of users find no
// row of its target's id.
class AccountAct : public ChangeAct
{
public:
    int batchSize() const override { return 1; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    QString heldValue(const User &user) const final;
    void applyTo(User &user, const QString &value) const final;
    // What the account list shows of an account once it holds `value` (its name, say); nothing
    // for a member the list does not show.
    virtual void applyToAccount(Account &account, const QString &value) const;
    // Whether an account holding `value` is no longer listed (a deleted account).
    virtual bool leavesListing(const QString &value) const;
    // Whether a change brings an account that no listing shown yet has.
    virtual bool addsAccount() const { return false; }
    // Why the service would refuse it for this account; empty when it would not.
    virtual QString unavailableFor(const Account &account) const;
    QString goneText() const override;
    // What the account is once the change to `target.after` is done, for the change's outcome.
    virtual QString doneText(const ChangeTarget &target) const;

protected:
    // The one operation the act is sent with.
    virtual QString operationName() const = 0;
    // Reads `accountId` with GetAccount and gives what `held` makes of it.
    static void readAccount(ChimeClient *client, const QString &accountId, QObject *context,
                            std::function<QString(const Account &)> held, ReadDone done);
    // Sends UpdateAccount (a name, or a default license) and answers for the account.
    static ChimeCall *sendUpdate(ChimeClient *client, const UpdateAccountRequest &request,
                                 QObject *context, Done done);
};
