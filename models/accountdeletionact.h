#pragma once

#include "models/accountact.h"

// Deletes an account (DeleteAccount). The service keeps a deleted account disabled for 90 days,
// out of the listings, before it is gone: GetAccount then answers it Suspended, and later not at
// all. Its value is "Active" or "Deleted"; it cannot be undone.
class AccountDeletionAct final : public AccountAct
{
public:
    static const QString active;
    static const QString deleted;

    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return false; }
    bool leavesListing(const QString &value) const override { return value == deleted; }
    QString doneText(const ChangeTarget &target) const override;

protected:
    QString operationName() const override;
};
