#pragma once

// What each Chime operation answers, already parsed.

#include "core/account.h"
#include "core/user.h"
#include "core/usererror.h"

#include <QList>
#include <QString>

struct AccountsPage
{
    QList<Account> accounts;
    QString nextToken; // empty on the last page
};

struct UsersPage
{
    QList<User> users;
    QString nextToken; // empty on the last page
};

struct BatchUpdateResult
{
    QList<UserError> userErrors;
};
