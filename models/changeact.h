#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/change.h"
#include "models/heldvalue.h"
#include "models/targetanswer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class ChimeCall;
class ChimeClient;
class QObject;
struct Account;

// One kind of change the engine can make (a license, a suspension, …): how its requests are
// cut and sent, and which member of a user it changes. The engine does everything else the
// same way for every act: journal, concurrency, reading back, settling, undo. A new act is a
// small subclass registered in ChangeActs.
class ChangeAct
{
public:
    using Answers = QHash<QString, TargetAnswer>; // by user id
    using Done = std::function<void(const Answers &answers)>;
    using ReadDone = std::function<void(const Outcome<HeldValue> &answer)>;

    virtual ~ChangeAct() = default;

    virtual QString id() const = 0;
    // The most users one request may carry (the API model's limit).
    virtual int batchSize() const = 0;
    // The operation a change of these users is sent with (every target of one change goes the
    // same way: a suspension or an unsuspension, one user or many).
    virtual QString operation(const QList<ChangeTarget> &targets) const = 0;
    // Sends one request of `operation` for `batch`; `done` runs once, with an answer for every
    // user of the batch, unless `context` is destroyed first.
    virtual ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                            const QList<ChangeTarget> &batch, QObject *context, Done done) const = 0;
    // Reads what the service holds now of a target this act changes (GetUser, unless the member
    // lives elsewhere); `done` runs once, with the value held (and the user read) or the error,
    // unless `context` is destroyed first (which stops the reading).
    virtual void read(ChimeClient *client, const QString &accountId, const QString &userId,
                      QObject *context, ReadDone done) const;
    // Whether a listing (ListUsers) carries the member: where it does not, a user's value is
    // not known until the user is read.
    virtual bool listsValue() const { return true; }
    // What `user` holds of the member this act changes, as a wire value (empty: not known).
    virtual QString heldValue(const User &user) const = 0;
    // `user` as it is once holding `value`.
    virtual void applyTo(User &user, const QString &value) const = 0;
    // `value` for a person.
    virtual QString displayValue(const QString &value) const = 0;
    // Whether the service lets a change of this act be reverted by the opposite change.
    virtual bool isUndoable() const = 0;
    // Whether reading the user back tells if the change took effect (a log-out leaves no trace
    // in the user's record): when it does not, a lost answer leaves the user unconfirmed.
    virtual bool readBackTells() const { return true; }
    // Whether the service reverts it in some accounts only; undoRefusedIn() then says why not in
    // this one (empty where it can).
    virtual bool undoDependsOnAccount() const { return false; }
    virtual QString undoRefusedIn(const Account &account) const
    {
        Q_UNUSED(account);
        return {};
    }
    // What undoing a change from `before` gives the user, as the service would (an unsuspended
    // user comes back Registered, whatever it was before).
    virtual QString revertedValue(const QString &before) const { return before; }
    // Whether the change to `after` may itself take the user out of the account (a suspension on
    // a Team account does), so that a user no longer there may well have been changed.
    virtual bool mayRemoveUser(const QString &after) const
    {
        Q_UNUSED(after);
        return false;
    }
    // Whether a change brings users into the account that no listing shown yet has.
    virtual bool addsUsers() const { return false; }
    // Whether a user holding `held` (read back) has what a change to `after` gives.
    virtual bool reached(const QString &held, const QString &after) const { return held == after; }
    // What a target that reading back finds no more is called in a change's outcome.
    virtual QString goneText() const;

protected:
    // A user read (or the error reading it), as what it holds of this act's member.
    Outcome<HeldValue> heldIn(const Outcome<User> &user) const;
    // An answer read (or its error) as the value `held` makes of it.
    template<typename T, typename Held>
    static Outcome<HeldValue> heldFrom(const Outcome<T> &answer, Held held)
    {
        if (!answer.isOk())
            return answer.error();
        return heldAnswer({ held(answer.value()), std::nullopt }, answer.requestId());
    }
    // `held` as the answer of the request `requestId`.
    static Outcome<HeldValue> heldAnswer(HeldValue held, const QString &requestId);
};
