#include "models/licenseact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"
#include "models/displaynames.h"

namespace {

using namespace Qt::StringLiterals;

const QString updateUser = u"UpdateUser"_s;
const QString batchUpdateUser = u"BatchUpdateUser"_s;

} // namespace

QString LicenseAct::id() const
{
    return u"license"_s;
}

QString LicenseAct::operation(const QList<ChangeTarget> &targets) const
{
    return targets.size() == 1 ? updateUser : batchUpdateUser;
}

ChimeCall *LicenseAct::send(ChimeClient *client, const QString &operation,
                            const QString &accountId, const QList<ChangeTarget> &batch,
                            QObject *context, Done done) const
{
    if (operation == updateUser && batch.size() == 1) {
        UpdateUserRequest request;
        request.accountId = accountId;
        request.update.userId = batch.first().userId;
        request.update.licenseType = LicenseValue::fromWire(batch.first().after);
        const QString userId = request.update.userId;
        return client->updateUser(request, context, [userId, done](const Outcome<User> &answer) {
            done(BatchAnswers::forOneUser(userId, answer));
        });
    }
    BatchUpdateUserRequest request;
    request.accountId = accountId;
    QList<QString> userIds;
    for (const ChangeTarget &target : batch) {
        request.updates.append({ target.userId, LicenseValue::fromWire(target.after), {}, std::nullopt });
        userIds.append(target.userId);
    }
    return client->batchUpdateUser(
        request, context, [userIds, done](const Outcome<BatchUpdateResult> &answer) {
            done(BatchAnswers::fromBatchResult(userIds, answer));
        });
}

QString LicenseAct::heldValue(const User &user) const
{
    return user.licenseType.wireName();
}

void LicenseAct::applyTo(User &user, const QString &value) const
{
    user.licenseType = LicenseValue::fromWire(value);
}

QString LicenseAct::displayValue(const QString &value) const
{
    return DisplayNames::license(LicenseValue::fromWire(value));
}
