#pragma once

#include "core/user.h"

#include <QString>

#include <optional>

// What the service's answer to a request says about one user of it.
struct TargetAnswer
{
    enum class Kind {
        Applied, // the service confirmed it
        Refused, // the service refused it: the user is as before
        Unknown, // the answer does not tell (timeout, lost connection, unreadable answer)
    };

    Kind kind = Kind::Unknown;
    QString requestId;
    QString code;
    QString message;
    // The user as the answer gives it, where it gives one (ResetPersonalPIN: with the new PIN).
    std::optional<User> user;
};
