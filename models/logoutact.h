#pragma once

#include "models/untraceableact.h"

// Signs users out of every Amazon Chime client (LogoutUser).
class LogoutAct final : public UntraceableAct
{
public:
    static const QString signedOut; // the value a target is given

    QString id() const override;
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;

protected:
    QString effect() const override { return signedOut; }
    QString effectText() const override;
};
