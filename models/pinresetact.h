#pragma once

#include "models/untraceableact.h"

// Gives users a new personal meeting PIN (ResetPersonalPIN). The answer carries the new PIN,
// which reaches the window (masked) and never the journal: the change's own values only say
// that the PIN was reset.
class PinResetAct final : public UntraceableAct
{
public:
    static const QString reset; // the value a target is given

    QString id() const override;
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;

protected:
    QString effect() const override { return reset; }
    QString effectText() const override;
};
