#pragma once

#include "core/user.h"
#include "models/change.h"
#include "models/commandcontext.h"

#include <QKeySequence>
#include <QList>
#include <QSet>
#include <QString>

class ChangeAct;

// One thing an administrator does to the selected users (re-license, suspend, sign out, …): how
// it is offered, what it plans for whom, and what its dialog says. The change itself is the
// act's, run by the change engine. A new command is a small subclass registered in UserCommands;
// the window builds its menus and its one dialog from these.
class UserCommand
{
public:
    struct Choice
    {
        QString value; // wire value
        QString text;
    };

    struct Plan
    {
        QList<ChangeTarget> targets; // the users that change
        int leftAlone = 0; // selected users it leaves as they are
    };

    virtual ~UserCommand() = default;

    virtual QString id() const = 0;
    virtual const ChangeAct &act() const = 0;
    virtual QString menuText() const = 0;
    virtual QKeySequence shortcut() const = 0;
    virtual QString title() const = 0;
    // Why the service would refuse it in this account (the menu says so); empty when it would not.
    virtual QString unavailableReason(const CommandContext &context) const;
    // What to choose from before anything can be planned (the new license); none for a command
    // with one effect.
    virtual QList<Choice> choices(const CommandContext &context) const;
    virtual QString choicePrompt(int users) const;
    // A command that takes typed text instead of a choice (a phone number) says what to type;
    // textProblem() says what is wrong with it, empty when it can be planned.
    virtual QString textPrompt() const;
    virtual QString textProblem(const QString &text) const;
    // `uncertain`: users with a change on its way or unconfirmed, whose value may be anything:
    // never "left as they are", and their value before is recorded as unknown.
    virtual Plan plan(const QList<User> &users, const QSet<QString> &uncertain,
                      const QString &choice) const = 0;
    // What will happen to whom, before anything is sent.
    virtual QString summary(const Plan &plan, const QString &choiceText) const = 0;
    virtual QString applyText(int users, const QString &choiceText) const = 0;
    virtual QString confirmation(int users, const CommandContext &context,
                                 const QString &choiceText) const = 0;
    // What the person must know before sending: what cannot be undone, what else follows.
    virtual QString caution(const CommandContext &context) const;
    // Whether an applied change can be undone here (the act allows it, and the account type).
    virtual bool canUndo(const CommandContext &context) const;
    // A change of more users than this asks once more before it is sent (0: always).
    virtual int confirmAbove() const { return 0; }
    // Why there is nothing to do for these users (each already holds what the command gives),
    // for the menu to say before a dialog is opened; empty when there is, or when it depends on
    // a choice still to be made.
    QString nothingToDoFor(const QList<User> &users, const QSet<QString> &uncertain,
                           const CommandContext &context) const;

protected:
    virtual QString nothingToDoText() const;
    static ChangeTarget targetFor(const User &user, const QString &before, const QString &after);
    // Every user changes to `after` except those known to have what it gives already (the act's
    // reached()); an uncertain user's value before is recorded as unknown.
    Plan planTo(const QList<User> &users, const QSet<QString> &uncertain, const QString &after) const;
};
