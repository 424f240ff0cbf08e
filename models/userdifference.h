#pragma once

#include <QString>

// One way a user differs between two snapshots of an account: there only in the newer, only in
// the older, or one member changed (one difference a changed member).
struct UserDifference
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString userId;
    QString displayName; // as the newer snapshot has it (the older for a removed user)
    QString email;
    QString member; // for a person: "License", "Registration", …; empty unless changed
    QString before;
    QString after;

    friend bool operator==(const UserDifference &, const UserDifference &) = default;
};
