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
    Outcome<HeldValue> held = heldFrom(user, [this](const User &read) { return heldValue(read); });
    if (held.isOk())
        held.value().user = user.value();
    return held;
}
