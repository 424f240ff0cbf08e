#pragma once

// What each Chime operation answers, already parsed.

#include "core/account.h"
#include "core/accountsettings.h"
#include "core/retentionsettings.h"
#include "core/invite.h"
#include "core/telephonysettings.h"
#include "core/unreadableitem.h"
#include "core/user.h"
#include "core/usererror.h"

#include <QList>
#include <QString>

struct AccountsPage
{
    QList<Account> accounts;
    QList<UnreadableItem> unreadable; // left out of `accounts`
    QString nextToken; // empty on the last page
};

struct UsersPage
{
    QList<User> users;
    QList<UnreadableItem> unreadable; // left out of `users`
    QString nextToken; // empty on the last page
};

// BatchUpdateUser, BatchSuspendUser and BatchUnsuspendUser: the users it failed for.
struct BatchUpdateResult
{
    QList<UserError> userErrors;
};

// An answer without members (LogoutUser: 204 No Content).
struct EmptyResult
{
};

// GetUserSettings: the user's settings, of which the API has only the telephony ones.
struct UserSettings
{
    TelephonySettings telephony;
};

// InviteUsers: an invite for each address it was sent for.
struct InviteUsersResult
{
    QList<Invite> invites;
};
