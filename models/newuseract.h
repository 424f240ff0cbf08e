#pragma once

#include "models/changeact.h"
#include "models/commandcontext.h"

// An act that brings a user into the account (an invitation, a new user). Its targets are keyed
// by the email address, since the service gives the user its id only once it exists; a target's
// value before is "none" (not in the account) and after is the user type it joins as. It is read
// back by looking the address up (ListUsers user-email), and it cannot be undone: the API has no
// way to take an invitation or a new user back.
class NewUserAct : public ChangeAct
{
public:
    static const QString none;

    // The key of the target for `email`: addresses differ in case only as typed.
    static QString keyOf(const QString &email);

    // Why the service would refuse it in this account; empty when it would not.
    virtual QString unavailableIn(const CommandContext &context) const
    {
        Q_UNUSED(context);
        return {};
    }
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return false; }
    bool addsUsers() const override { return true; }
    // In the account is what it gives, whatever type the user holds.
    bool reached(const QString &held, const QString &after) const override;

private:
    static QString typeOf(const User &user);
};
