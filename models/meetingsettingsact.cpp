#include "models/meetingsettingsact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"
#include "models/flagsvalue.h"

#include <QCoreApplication>

namespace {

using namespace Qt::StringLiterals;

constexpr auto remoteControlKey = "DisableRemoteControl"_L1;
constexpr auto dialOutKey = "EnableDialOut"_L1;

} // namespace

QString MeetingSettingsAct::valueOf(const AccountSettings &settings)
{
    return FlagsValue::write({ { remoteControlKey, settings.disableRemoteControl.value_or(false) },
                               { dialOutKey, settings.enableDialOut.value_or(false) } });
}

std::optional<AccountSettings> MeetingSettingsAct::settingsOf(const QString &value)
{
    const std::optional<QList<bool>> flags = FlagsValue::read(value, { remoteControlKey, dialOutKey });
    if (!flags)
        return std::nullopt;
    return AccountSettings { flags->at(0), flags->at(1) };
}

QString MeetingSettingsAct::id() const
{
    return u"meeting-settings"_s;
}

QString MeetingSettingsAct::operationName() const
{
    return u"UpdateAccountSettings"_s;
}

ChimeCall *MeetingSettingsAct::send(ChimeClient *client, const QString &, const QString &accountId,
                                    const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    // Only a value valueOf() wrote reaches here (the engine's, or a journal's): both members set.
    const AccountSettings settings = settingsOf(batch.first().after).value_or(AccountSettings {});
    return client->updateAccountSettings({ accountId, settings }, context,
                                         [accountId, done](const Outcome<EmptyResult> &answer) {
                                             done(BatchAnswers::forOneUser(accountId, answer));
                                         });
}

void MeetingSettingsAct::read(ChimeClient *client, const QString &accountId, const QString &,
                              QObject *context, ReadDone done) const
{
    client->getAccountSettings({ accountId }, context, [done](const Outcome<AccountSettings> &settings) {
        done(heldFrom(settings, [](const AccountSettings &held) { return valueOf(held); }));
    });
}

QString MeetingSettingsAct::displayValue(const QString &value) const
{
    const std::optional<AccountSettings> settings = settingsOf(value);
    if (!settings)
        return QCoreApplication::translate("MeetingSettingsAct", "Not known");
    const QString remoteControl = *settings->disableRemoteControl
        ? QCoreApplication::translate("MeetingSettingsAct", "remote control off")
        : QCoreApplication::translate("MeetingSettingsAct", "remote control on");
    const QString dialOut = *settings->enableDialOut
        ? QCoreApplication::translate("MeetingSettingsAct", "dial-out on")
        : QCoreApplication::translate("MeetingSettingsAct", "dial-out off");
    return QCoreApplication::translate("MeetingSettingsAct", "%1, %2").arg(remoteControl, dialOut);
}
