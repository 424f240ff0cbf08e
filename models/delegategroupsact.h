#pragma once

#include "models/accountact.h"

#include <QList>
#include <QString>

// Sets which Active Directory groups may sign in to an EnterpriseDirectory account: it reads the
// groups the account has now, then associates the missing ones and disassociates the others
// (Associate/DisassociateSigninDelegateGroupsWithAccount). Its value is the group names, sorted,
// as a JSON array: `["Finance","Sales"]`, `[]` for none.
class DelegateGroupsAct final : public AccountAct
{
public:
    static QString valueOf(QList<QString> groupNames);
    // Nullopt for text that is not such a value (empty: not known).
    static std::optional<QList<QString>> groupsOf(const QString &value);

    QString id() const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    void read(ChimeClient *client, const QString &accountId, const QString &userId,
              QObject *context, ReadDone done) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
    void applyToAccount(Account &account, const QString &value) const override;
    QString unavailableFor(const Account &account) const override;

protected:
    QString operationName() const override;

private:
    static QString valueOfAccount(const Account &account);
    static void disassociate(ChimeClient *client, const QString &accountId, QList<QString> groups,
                             bool associated, QObject *context, Done done);
};
