#pragma once

#include "core/account.h"
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

    void rebuildIndex()
    {
        userIndex.clear();
        userIndex.reserve(users.size());
        for (qsizetype i = 0; i < users.size(); ++i)
            userIndex.insert(users[i].userId, i);
    }
};
