#include "models/changeact.h"

#include "core/chimeclient.h"

void ChangeAct::read(ChimeClient *client, const QString &accountId, const QString &userId,
                     QObject *context, ReadDone done) const
{
    client->getUser({ accountId, userId }, context, [this, done](const Outcome<User> &user) {
        done(heldIn(user));
    });
}

Outcome<HeldValue> ChangeAct::heldIn(const Outcome<User> &user) const
{
    if (!user.isOk())
        return user.error();
    Outcome<HeldValue> held(HeldValue { heldValue(user.value()), user.value() });
    held.setRequestId(user.requestId());
    return held;
}
