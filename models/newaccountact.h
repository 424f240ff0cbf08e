#pragma once

#include "models/accountact.h"

// Creates a Team account (CreateAccount). Its target is keyed by the name, since the service
// gives the account its id only once it exists; the value before is "none" and after "Team". A
// lost answer is settled by looking the name up (ListAccounts name), so a new account must not
// share its name with one already there. It is not sent twice (a second CreateAccount would make
// a second account) and cannot be undone here: deleting is an act of its own.
class NewAccountAct final : public AccountAct
{
public:
    static const QString none;

    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return false; }
    bool addsAccount() const override { return true; }
    // There is what it gives, whatever type the account holds.
    bool reached(const QString &held, const QString &after) const override;
    QString doneText(const ChangeTarget &target) const override;

protected:
    QString operationName() const override;
};
