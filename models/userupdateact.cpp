#include "models/userupdateact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

namespace {

using namespace Qt::StringLiterals;

const QString updateUser = u"UpdateUser"_s;
const QString batchUpdateUser = u"BatchUpdateUser"_s;

} // namespace

QString UserUpdateAct::operation(const QList<ChangeTarget> &targets) const
{
    return targets.size() == 1 ? updateUser : batchUpdateUser;
}

ChimeCall *UserUpdateAct::send(ChimeClient *client, const QString &operation, const QString &accountId,
                               const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    if (operation == updateUser && batch.size() == 1) {
        UpdateUserRequest request;
        request.accountId = accountId;
        request.update.userId = batch.first().userId;
        setIn(request.update, batch.first().after);
        const QString userId = request.update.userId;
        return client->updateUser(request, context, [userId, done](const Outcome<User> &answer) {
            done(BatchAnswers::forOneUser(userId, answer));
        });
    }
    BatchUpdateUserRequest request;
    request.accountId = accountId;
    QList<QString> userIds;
    for (const ChangeTarget &target : batch) {
        UserUpdate update;
        update.userId = target.userId;
        setIn(update, target.after);
        request.updates.append(update);
        userIds.append(target.userId);
    }
    return client->batchUpdateUser(
        request, context, [userIds, done](const Outcome<BatchUpdateResult> &answer) {
            done(BatchAnswers::fromBatchResult(userIds, answer));
        });
}
