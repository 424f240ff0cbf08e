#pragma once

#include "core/user.h"

#include <QString>

#include <optional>

// What reading a change's target back found: the value the act's member holds there now (a wire
// value, as ChangeAct::heldValue() gives it), and the user read along with it, where the target is
// a user that exists (an account act reads no user; an address without a user has none).
struct HeldValue
{
    QString value;
    std::optional<User> user;
};
