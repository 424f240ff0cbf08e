#include "models/telephonyact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"
#include "models/flagsvalue.h"

#include <QCoreApplication>

namespace {

using namespace Qt::StringLiterals;

constexpr auto inboundKey = "InboundCalling"_L1;
constexpr auto outboundKey = "OutboundCalling"_L1;
constexpr auto smsKey = "SMS"_L1;

} // namespace

QString TelephonyAct::valueOf(const TelephonySettings &settings)
{
    return FlagsValue::write({ { inboundKey, settings.inboundCalling },
                               { outboundKey, settings.outboundCalling },
                               { smsKey, settings.sms } });
}

std::optional<TelephonySettings> TelephonyAct::settingsOf(const QString &value)
{
    const std::optional<QList<bool>> flags = FlagsValue::read(value, { inboundKey, outboundKey, smsKey });
    if (!flags)
        return std::nullopt;
    return TelephonySettings { flags->at(0), flags->at(1), flags->at(2) };
}

QString TelephonyAct::id() const
{
    return u"telephony"_s;
}

QString TelephonyAct::operation(const QList<ChangeTarget> &) const
{
    return u"UpdateUserSettings"_s;
}

ChimeCall *TelephonyAct::send(ChimeClient *client, const QString &, const QString &accountId,
                              const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const ChangeTarget &target = batch.first();
    // A value the engine was given is one valueOf() wrote; only a journal edited by hand could
    // hold anything else, and the request builder refuses a request without settings.
    return client->updateUserSettings({ accountId, target.userId, settingsOf(target.after) }, context,
                                      [userId = target.userId, done](const Outcome<EmptyResult> &answer) {
                                          done(BatchAnswers::forOneUser(userId, answer));
                                      });
}

void TelephonyAct::read(ChimeClient *client, const QString &accountId, const QString &userId,
                        QObject *context, ReadDone done) const
{
    client->getUser({ accountId, userId }, context,
                    [this, client, accountId, userId, context, done](const Outcome<User> &user) {
                        if (!user.isOk()) {
                            done(user.error());
                            return;
                        }
                        client->getUserSettings(
                            { accountId, userId }, context,
                            [this, user = user.value(), done](const Outcome<UserSettings> &settings) {
                                if (!settings.isOk()) {
                                    done(settings.error());
                                    return;
                                }
                                User withSettings = user;
                                withSettings.telephony = settings.value().telephony;
                                Outcome<User> answer(std::move(withSettings));
                                answer.setRequestId(settings.requestId());
                                done(heldIn(answer));
                            });
                    });
}

QString TelephonyAct::heldValue(const User &user) const
{
    return user.telephony ? valueOf(*user.telephony) : QString();
}

void TelephonyAct::applyTo(User &user, const QString &value) const
{
    if (const std::optional<TelephonySettings> settings = settingsOf(value))
        user.telephony = *settings;
    else
        user.telephony.reset();
}

QString TelephonyAct::displayValue(const QString &value) const
{
    const std::optional<TelephonySettings> settings = settingsOf(value);
    if (!settings)
        return QCoreApplication::translate("TelephonyAct", "Not known");
    auto onOff = [](bool allowed) {
        return allowed ? QCoreApplication::translate("TelephonyAct", "on")
                       : QCoreApplication::translate("TelephonyAct", "off");
    };
    return QCoreApplication::translate("TelephonyAct", "Calls in %1, out %2; SMS %3")
        .arg(onOff(settings->inboundCalling), onOff(settings->outboundCalling), onOff(settings->sms));
}
