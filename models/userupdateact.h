#pragma once

#include "core/chimerequests.h"
#include "models/changeact.h"

// An act on a member UpdateUser sets (a license, a user type): UpdateUser for one user,
// BatchUpdateUser (20 users a request) for more.
class UserUpdateAct : public ChangeAct
{
public:
    static constexpr int maxUsersPerRequest = 20;

    int batchSize() const override { return maxUsersPerRequest; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;

protected:
    // Puts `value` of the act's member into the update of one user.
    virtual void setIn(UserUpdate &update, const QString &value) const = 0;
};
