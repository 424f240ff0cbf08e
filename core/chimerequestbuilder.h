#pragma once

#include "core/chimerequests.h"
#include "core/outcome.h"
#include "core/preparedrequest.h"

// Turns each operation's input into its HTTP request exactly as the API model says (method,
// path, query names, JSON body), and refuses before anything is sent what the service would
// refuse as a BadRequest: blank ids, max-results outside 1-200, batches above 20 items.
namespace ChimeRequestBuilder {

constexpr int maxResultsLimit = 200;
constexpr int batchUpdateLimit = 20;
constexpr int userIdListLimit = 50; // BatchSuspendUser and BatchUnsuspendUser
constexpr int userEmailListLimit = 50; // InviteUsers

Outcome<PreparedRequest> listAccounts(const ListAccountsRequest &request);
Outcome<PreparedRequest> getAccount(const GetAccountRequest &request);
Outcome<PreparedRequest> listUsers(const ListUsersRequest &request);
Outcome<PreparedRequest> getUser(const GetUserRequest &request);
Outcome<PreparedRequest> updateUser(const UpdateUserRequest &request);
Outcome<PreparedRequest> batchUpdateUser(const BatchUpdateUserRequest &request);
Outcome<PreparedRequest> batchSuspendUser(const BatchSuspendUserRequest &request);
Outcome<PreparedRequest> batchUnsuspendUser(const BatchUnsuspendUserRequest &request);
Outcome<PreparedRequest> logoutUser(const LogoutUserRequest &request);
Outcome<PreparedRequest> resetPersonalPin(const ResetPersonalPinRequest &request);
// Refuses a number that is not E.164 (the model's ^\+?[1-9]\d{1,14}$).
Outcome<PreparedRequest> associatePhoneNumberWithUser(const AssociatePhoneNumberWithUserRequest &request);
Outcome<PreparedRequest> disassociatePhoneNumberFromUser(
    const DisassociatePhoneNumberFromUserRequest &request);
bool isE164(const QString &number);
Outcome<PreparedRequest> getUserSettings(const GetUserSettingsRequest &request);
Outcome<PreparedRequest> updateUserSettings(const UpdateUserSettingsRequest &request);
// Refuses an empty list, more than 50 addresses, and any that is not an email address.
Outcome<PreparedRequest> inviteUsers(const InviteUsersRequest &request);
Outcome<PreparedRequest> createUser(const CreateUserRequest &request);
// UpdateAccount and CreateAccount refuse a name outside 1-100 characters or without a character
// that is not white space (the model's AccountName).
Outcome<PreparedRequest> updateAccount(const UpdateAccountRequest &request);
Outcome<PreparedRequest> getAccountSettings(const GetAccountSettingsRequest &request);
Outcome<PreparedRequest> updateAccountSettings(const UpdateAccountSettingsRequest &request);
Outcome<PreparedRequest> getRetentionSettings(const GetRetentionSettingsRequest &request);
// Refuses a period outside 1-5475 days.
Outcome<PreparedRequest> putRetentionSettings(const PutRetentionSettingsRequest &request);
Outcome<PreparedRequest> associateSigninDelegateGroups(const SigninDelegateGroupsRequest &request);
// Refuses an empty list (the model's NonEmptyStringList).
Outcome<PreparedRequest> disassociateSigninDelegateGroups(const SigninDelegateGroupsRequest &request);
Outcome<PreparedRequest> createAccount(const CreateAccountRequest &request);
Outcome<PreparedRequest> deleteAccount(const DeleteAccountRequest &request);
constexpr int longestAccountName = 100;
constexpr int longestRetentionDays = 5475;
// The model's EmailAddress pattern, .+@.+\..+ (the service checks no more than that).
bool isEmailAddress(const QString &text);

} // namespace ChimeRequestBuilder
