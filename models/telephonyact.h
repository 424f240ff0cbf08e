#pragma once

#include "core/telephonysettings.h"
#include "models/changeact.h"

#include <optional>

// Sets what a user may do on the telephone (UpdateUserSettings), one user a request. The member
// is not in the user's record: the act reads it with GetUserSettings, and a listing never
// carries it. Its value names each permission, "InboundCalling=true,OutboundCalling=false,SMS=true".
class TelephonyAct final : public ChangeAct
{
public:
    static QString valueOf(const TelephonySettings &settings);
    // Nullopt for text that is not such a value (empty: not known).
    static std::optional<TelephonySettings> settingsOf(const QString &value);

    QString id() const override;
    int batchSize() const override { return 1; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    // GetUser, then GetUserSettings: the user with its telephony settings.
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    bool listsValue() const override { return false; }
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
};
