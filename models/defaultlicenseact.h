#pragma once

#include "models/accountact.h"

// Sets the license an account gives the users who join it (UpdateAccount DefaultLicense). Its
// value is the license's wire name.
class DefaultLicenseAct final : public AccountAct
{
public:
    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
    void applyToAccount(Account &account, const QString &value) const override;

protected:
    QString operationName() const override;
};
