#pragma once

#include "models/newuseract.h"

// Creates one user (CreateUser) with the target's email, its display name as the user name,
// and the user type of its value.
class CreateUserAct final : public NewUserAct
{
public:
    QString id() const override;
    int batchSize() const override { return 1; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
};
