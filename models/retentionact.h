#pragma once

#include "core/retentionsettings.h"
#include "models/accountact.h"

#include <optional>

// Sets how long an Enterprise account keeps chat messages (PutRetentionSettings), for rooms and
// for conversations. Its value names both periods, "Rooms=30,Conversations=kept": "kept" is a
// period left out, messages kept for good.
class RetentionAct final : public AccountAct
{
public:
    static QString valueOf(const RetentionSettings &settings);
    // Nullopt for text that is not such a value (empty: not known).
    static std::optional<RetentionSettings> settingsOf(const QString &value);

    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
    QString unavailableFor(const Account &account) const override;

protected:
    QString operationName() const override;
};
