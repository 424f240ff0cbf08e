#pragma once

#include "core/account.h"

#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// What an account dialog's editor needs to know besides the value now: the account (none for a
// new one), the names already taken, and, for a deletion, the users still active as far as they
// are loaded, with a way to suspend them first.
struct AccountEditorContext
{
    std::optional<Account> account;
    QSet<QString> accountNames;
    int activeUsers = 0;
    bool allUsersLoaded = false;
    std::function<void()> suspendActiveUsers;
};
