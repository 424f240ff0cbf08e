#pragma once

#include "core/accountsettings.h"
#include "models/accountact.h"

#include <optional>

// Sets an account's meeting policy (UpdateAccountSettings): whether remote control of a shared
// screen is turned off and whether meetings may dial out. Its value names both,
// "DisableRemoteControl=false,EnableDialOut=true"; a member the service leaves out of its answer
// holds the service's default, off.
class MeetingSettingsAct final : public AccountAct
{
public:
    static QString valueOf(const AccountSettings &settings);
    // Nullopt for text that is not such a value (empty: not known).
    static std::optional<AccountSettings> settingsOf(const QString &value);

    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }

protected:
    QString operationName() const override;
};
