#include "models/pinresetact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QString PinResetAct::reset = u"new-pin"_s;

QString PinResetAct::id() const
{
    return u"pin-reset"_s;
}

QString PinResetAct::operation(const QList<ChangeTarget> &) const
{
    return u"ResetPersonalPIN"_s;
}

ChimeCall *PinResetAct::send(ChimeClient *client, const QString &, const QString &accountId,
                             const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const QString userId = batch.first().userId;
    return client->resetPersonalPin(
        { accountId, userId }, context, [userId, done](const Outcome<User> &answer) {
            // The answer's user, with its new PIN, goes to the window.
            done(BatchAnswers::forOneUser(userId, answer,
                                          answer.isOk() ? std::optional(answer.value()) : std::nullopt));
        });
}

QString PinResetAct::effectText() const
{
    return QCoreApplication::translate("PinResetAct", "New PIN");
}
