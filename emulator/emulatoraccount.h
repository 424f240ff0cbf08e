#pragma once

#include "core/account.h"
#include "core/accountsettings.h"
#include "core/retentionsettings.h"
#include "core/user.h"

#include <QHash>
#include <QList>
#include <QString>

// One emulated account with its users in the stable order pages are served in.
struct EmulatorAccount
{
    Account account;
    QList<User> users;
    QHash<QString, qsizetype> userIndex; // user id -> position in users
    AccountSettings settings { false, false };
    RetentionSettings retention; // none: messages are kept
    // Deleted: left out of listings, and kept (as the service does for 90 days) as Suspended.
    bool disabled = false;

    void rebuildIndex()
    {
        userIndex.clear();
        userIndex.reserve(users.size());
        for (qsizetype i = 0; i < users.size(); ++i)
            userIndex.insert(users[i].userId, i);
    }
};
