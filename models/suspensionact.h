#pragma once

#include "models/changeact.h"

// Suspends users (BatchSuspendUser) or lifts their suspension (BatchUnsuspendUser), 50 users a
// request. The member it changes is the registration status: "Suspended", or what the user held
// before (an unsuspended user comes back Registered, whatever it was before it was suspended).
class SuspensionAct final : public ChangeAct
{
public:
    static constexpr int maxUsersPerRequest = 50;
    static const QString suspended; // the wire value a suspension gives

    QString id() const override;
    int batchSize() const override { return maxUsersPerRequest; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
    bool reached(const QString &held, const QString &after) const override;
    QString revertedValue(const QString &before) const override;
    bool mayRemoveUser(const QString &after) const override { return after == suspended; }
    bool undoDependsOnAccount() const override { return true; }
    QString undoRefusedIn(const Account &account) const override;
};
