#include "models/createuseract.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

QString CreateUserAct::id() const
{
    return QStringLiteral("create-user");
}

QString CreateUserAct::operation(const QList<ChangeTarget> &) const
{
    return QStringLiteral("CreateUser");
}

ChimeCall *CreateUserAct::send(ChimeClient *client, const QString &, const QString &accountId,
                               const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const ChangeTarget &target = batch.first();
    CreateUserRequest request { accountId, std::nullopt, target.email,
                                UserTypeValue::fromWire(target.after) };
    if (!target.displayName.isEmpty())
        request.username = target.displayName;
    return client->createUser(request, context, [key = target.userId, done](const Outcome<User> &answer) {
        done(BatchAnswers::forOneUser(key, answer, answer.isOk() ? std::optional(answer.value()) : std::nullopt));
    });
}
