#pragma once

#include <optional>

// An account's meeting policy (the API model's AccountSettings); a member left out is not changed
// by an update, and not said by an answer.
struct AccountSettings
{
    std::optional<bool> disableRemoteControl;
    std::optional<bool> enableDialOut;

    friend bool operator==(const AccountSettings &, const AccountSettings &) = default;
};
