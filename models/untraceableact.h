#pragma once

#include "models/changeact.h"

// An act on one user a request that leaves nothing in the user's record (a log-out, a new PIN):
// its target values only name what it does, it cannot be read back, and it cannot be undone.
class UntraceableAct : public ChangeAct
{
public:
    int batchSize() const override { return 1; }
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return false; }
    bool readBackTells() const override { return false; }

protected:
    // The value a target of this act is given, and how a person reads it.
    virtual QString effect() const = 0;
    virtual QString effectText() const = 0;
};
