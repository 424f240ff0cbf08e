#pragma once

#include "models/userupdateact.h"

// Gives users another license.
class LicenseAct final : public UserUpdateAct
{
public:
    QString id() const override;
    QString heldValue(const User &user) const override;
    void applyTo(User &user, const QString &value) const override;
    QString displayValue(const QString &value) const override;
    bool isUndoable() const override { return true; }

protected:
    void setIn(UserUpdate &update, const QString &value) const override;
};
