#include "models/changeact.h"

#include "core/chimeclient.h"

#include <QCoreApplication>

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

QString ChangeAct::goneText() const
{
    return QCoreApplication::translate("ChangeAct", "The user no longer exists.");
}

Outcome<HeldValue> ChangeAct::heldAnswer(HeldValue held, const QString &requestId)
{
    Outcome<HeldValue> answer(std::move(held));
    answer.setRequestId(requestId);
    return answer;
}
