#include "models/suspensionact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"
#include "models/displaynames.h"

#include <QCoreApplication>

namespace {

using namespace Qt::StringLiterals;

const QString batchSuspendUser = u"BatchSuspendUser"_s;
const QString batchUnsuspendUser = u"BatchUnsuspendUser"_s;

} // namespace

const QString SuspensionAct::suspended = u"Suspended"_s;

QString SuspensionAct::id() const
{
    return u"suspension"_s;
}

QString SuspensionAct::operation(const QList<ChangeTarget> &targets) const
{
    return !targets.isEmpty() && targets.first().after == suspended ? batchSuspendUser
                                                                      : batchUnsuspendUser;
}

ChimeCall *SuspensionAct::send(ChimeClient *client, const QString &operation,
                               const QString &accountId, const QList<ChangeTarget> &batch,
                               QObject *context, Done done) const
{
    BatchSuspendUserRequest request;
    request.accountId = accountId;
    for (const ChangeTarget &target : batch)
        request.userIdList.append(target.userId);
    auto answered = [userIds = request.userIdList, done](const Outcome<BatchUpdateResult> &answer) {
        done(BatchAnswers::fromBatchResult(userIds, answer));
    };
    return operation == batchSuspendUser
        ? client->batchSuspendUser(request, context, std::move(answered))
        : client->batchUnsuspendUser(request, context, std::move(answered));
}

QString SuspensionAct::heldValue(const User &user) const
{
    return user.userRegistrationStatus.wireName();
}

void SuspensionAct::applyTo(User &user, const QString &value) const
{
    // Lifting a suspension gives Registered, as the service does.
    user.userRegistrationStatus = RegistrationStatusValue::fromWire(
        value == suspended ? value : u"Registered"_s);
}

QString SuspensionAct::displayValue(const QString &value) const
{
    return DisplayNames::registrationStatus(RegistrationStatusValue::fromWire(value));
}

QString SuspensionAct::revertedValue(const QString &before) const
{
    return before == suspended ? suspended : u"Registered"_s;
}

QString SuspensionAct::undoRefusedIn(const Account &account) const
{
    // Only an EnterpriseLWA account lifts a suspension; a Team account invites the users again.
    if (account.accountType.value() == AccountType::EnterpriseLWA)
        return {};
    return QCoreApplication::translate("SuspensionAct",
                                       "Only an %1 account can lift a suspension; on this account, "
                                       "invite the users again instead.")
        .arg(DisplayNames::accountType(AccountTypeValue(AccountType::EnterpriseLWA)));
}

bool SuspensionAct::reached(const QString &held, const QString &after) const
{
    // An unsuspension reaches any status but Suspended.
    return after == suspended ? held == suspended : !held.isEmpty() && held != suspended;
}
