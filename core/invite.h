#pragma once

#include "core/chimeenums.h"

#include <QString>

#include <optional>

// One address of an InviteUsers answer: whether the invitation stands, and whether its email went.
struct Invite
{
    std::optional<QString> inviteId;
    InviteStatusValue status;
    std::optional<QString> emailAddress;
    EmailStatusValue emailStatus;

    friend bool operator==(const Invite &, const Invite &) = default;
};
