#pragma once

#include "core/chimeresults.h"
#include "core/outcome.h"

#include <QByteArray>

// Reads the body of each operation's successful answer. A body that is not JSON, is cut short,
// or holds members of the wrong type is an UnreadableResponse error naming the operation, never
// a partial result.
namespace ChimeResponseParser {

Outcome<AccountsPage> listAccounts(const QByteArray &body);
Outcome<Account> getAccount(const QByteArray &body);
Outcome<UsersPage> listUsers(const QByteArray &body);
// listUsers() without its fast way (UserPageReader): for the tests and the fuzzer that check
// the two agree.
Outcome<UsersPage> listUsersGeneral(const QByteArray &body);
Outcome<User> getUser(const QByteArray &body);
Outcome<User> updateUser(const QByteArray &body);
Outcome<BatchUpdateResult> batchUpdateUser(const QByteArray &body);
Outcome<BatchUpdateResult> batchSuspendUser(const QByteArray &body);
Outcome<BatchUpdateResult> batchUnsuspendUser(const QByteArray &body);
// Any body or none: the answer has no members.
Outcome<EmptyResult> logoutUser(const QByteArray &body);
Outcome<User> resetPersonalPin(const QByteArray &body);
Outcome<EmptyResult> associatePhoneNumberWithUser(const QByteArray &body);
Outcome<EmptyResult> disassociatePhoneNumberFromUser(const QByteArray &body);
Outcome<UserSettings> getUserSettings(const QByteArray &body);
Outcome<EmptyResult> updateUserSettings(const QByteArray &body);
Outcome<InviteUsersResult> inviteUsers(const QByteArray &body);
Outcome<User> createUser(const QByteArray &body);
Outcome<Account> updateAccount(const QByteArray &body);
Outcome<AccountSettings> getAccountSettings(const QByteArray &body);
Outcome<EmptyResult> updateAccountSettings(const QByteArray &body);
Outcome<RetentionSettings> getRetentionSettings(const QByteArray &body);
// 204 without a body, or the settings as GetRetentionSettings answers them.
Outcome<RetentionSettings> putRetentionSettings(const QByteArray &body);
Outcome<EmptyResult> associateSigninDelegateGroups(const QByteArray &body);
Outcome<EmptyResult> disassociateSigninDelegateGroups(const QByteArray &body);
Outcome<Account> createAccount(const QByteArray &body);
Outcome<EmptyResult> deleteAccount(const QByteArray &body);

} // namespace ChimeResponseParser
