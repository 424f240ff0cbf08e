#pragma once

#include "models/changeact.h"

// Gives a user a primary provisioned phone number (AssociatePhoneNumberWithUser) or takes it
// away (DisassociatePhoneNumberFromUser), one user a request. The member it changes is the
// user's number, "none" when it has none (an empty value means "not known" to the journal).
class PhoneNumberAct final : public ChangeAct
{
public:
    static const QString none;

    QString id() const override;
    int batchSize() const override { return 1; }
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }
};
