#pragma once

#include "models/changeact.h"

// Gives users another license: UpdateUser for one user, BatchUpdateUser (20 users a request)
// for more.
class LicenseAct final : public ChangeAct
{
public:
    static constexpr int maxUsersPerRequest = 20;

    QString id() const override;
    int batchSize() const override { return maxUsersPerRequest; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
};
