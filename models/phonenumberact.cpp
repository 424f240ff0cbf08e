#include "models/phonenumberact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>

namespace {

using namespace Qt::StringLiterals;

const QString associate = u"AssociatePhoneNumberWithUser"_s;
const QString disassociate = u"DisassociatePhoneNumberFromUser"_s;

} // namespace

const QString PhoneNumberAct::none = u"none"_s;

QString PhoneNumberAct::id() const
{
    return u"phone-number"_s;
}

QString PhoneNumberAct::operation(const QList<ChangeTarget> &targets) const
{
    return !targets.isEmpty() && targets.first().after == none ? disassociate : associate;
}

ChimeCall *PhoneNumberAct::send(ChimeClient *client, const QString &operation,
                                const QString &accountId, const QList<ChangeTarget> &batch,
                                QObject *context, Done done) const
{
    const ChangeTarget &target = batch.first();
    auto answered = [userId = target.userId, done](const Outcome<EmptyResult> &answer) {
        done(BatchAnswers::forOneUser(userId, answer));
    };
    if (operation == disassociate)
        return client->disassociatePhoneNumberFromUser({ accountId, target.userId }, context, answered);
    return client->associatePhoneNumberWithUser({ accountId, target.userId, target.after }, context,
                                                answered);
}

QString PhoneNumberAct::heldValue(const User &user) const
{
    return user.primaryProvisionedNumber.value_or(none);
}

void PhoneNumberAct::applyTo(User &user, const QString &value) const
{
    if (value == none || value.isEmpty())
        user.primaryProvisionedNumber.reset();
    else
        user.primaryProvisionedNumber = value;
}

QString PhoneNumberAct::displayValue(const QString &value) const
{
    return value == none ? QCoreApplication::translate("PhoneNumberAct", "No number") : value;
}
