#pragma once

#include "models/accountact.h"

// Renames an account (UpdateAccount Name). Its value is the name.
class AccountNameAct final : public AccountAct
{
public:
    static constexpr int longestName = 100;
    // What is wrong with `name` as an account name (the API model: 1-100 characters, not only
    // blanks); empty when it is one.
    static QString problemWith(const QString &name);

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
