#pragma once

// The inputs of each Chime operation, member for member as in the API model. Optional query
// members are left out of the request when unset.

#include "core/accountsettings.h"
#include "core/alexaforbusinessmetadata.h"
#include "core/chimeenums.h"
#include "core/requestpriority.h"
#include "core/retentionsettings.h"
#include "core/telephonysettings.h"

#include <QList>
#include <QString>

#include <optional>

struct ListAccountsRequest
{
    std::optional<QString> name;
    std::optional<QString> userEmail;
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
    RequestPriority priority = RequestPriority::Interactive;
};

struct GetAccountRequest
{
    QString accountId;
};

struct ListUsersRequest
{
    QString accountId;
    std::optional<QString> userEmail;
    UserTypeValue userType;
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
    RequestPriority priority = RequestPriority::Interactive;
};

struct GetUserRequest
{
    QString accountId;
    QString userId;
};

// The changes one user gets; shared by UpdateUser and each item of BatchUpdateUser.
struct UserUpdate
{
    QString userId;
    LicenseValue licenseType;
    UserTypeValue userType;
    std::optional<AlexaForBusinessMetadata> alexaForBusinessMetadata;
};

struct UpdateUserRequest
{
    QString accountId;
    UserUpdate update;
};

struct BatchUpdateUserRequest
{
    QString accountId;
    QList<UserUpdate> updates;
};

// BatchSuspendUser and BatchUnsuspendUser take the same members.
struct BatchSuspendUserRequest
{
    QString accountId;
    QList<QString> userIdList;
};
using BatchUnsuspendUserRequest = BatchSuspendUserRequest;

struct AssociatePhoneNumberWithUserRequest
{
    QString accountId;
    QString userId;
    QString e164PhoneNumber;
};

// LogoutUser, ResetPersonalPIN and DisassociatePhoneNumberFromUser name one user, as GetUser does.
using DisassociatePhoneNumberFromUserRequest = GetUserRequest;
using LogoutUserRequest = GetUserRequest;
using ResetPersonalPinRequest = GetUserRequest;
using GetUserSettingsRequest = GetUserRequest;

struct UpdateUserSettingsRequest
{
    QString accountId;
    QString userId;
    std::optional<TelephonySettings> telephony; // required: a request without it is refused
};

struct InviteUsersRequest
{
    QString accountId;
    QList<QString> userEmailList;
    UserTypeValue userType;
};

struct CreateUserRequest
{
    QString accountId;
    std::optional<QString> username;
    std::optional<QString> email;
    UserTypeValue userType;
};

// UpdateAccount changes only the name and the default license, each when given.
struct UpdateAccountRequest
{
    QString accountId;
    std::optional<QString> name;
    LicenseValue defaultLicense;
};

using GetAccountSettingsRequest = GetAccountRequest;

struct UpdateAccountSettingsRequest
{
    QString accountId;
    AccountSettings settings;
};

using GetRetentionSettingsRequest = GetAccountRequest;

struct PutRetentionSettingsRequest
{
    QString accountId;
    RetentionSettings settings;
};

// AssociateSigninDelegateGroupsWithAccount and DisassociateSigninDelegateGroupsFromAccount.
struct SigninDelegateGroupsRequest
{
    QString accountId;
    QList<QString> groupNames;
};

struct CreateAccountRequest
{
    QString name;
};

using DeleteAccountRequest = GetAccountRequest;
