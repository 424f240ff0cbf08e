#pragma once

#include "core/account.h"
#include "core/chimerequests.h"
#include "core/invite.h"
#include "core/telephonysettings.h"
#include "core/user.h"
#include "core/usererror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Mapping between the Chime JSON members and the wire types, both ways: the client reads what
// the service answers, the emulator writes it. Readers are strict about types (a number where a
// string belongs is an error naming the member) and lenient about presence (absent and null
// both mean "not provided"; unknown members are ignored).
namespace WireJson {

std::optional<Account> readAccount(const QJsonObject &object, QString *error);
std::optional<User> readUser(const QJsonObject &object, QString *error);
std::optional<UserError> readUserError(const QJsonObject &object, QString *error);
std::optional<UserUpdate> readUserUpdate(const QJsonObject &object, QString *error);
// A UserSettings object; its Telephony and each of its members are required.
std::optional<TelephonySettings> readUserSettings(const QJsonObject &object, QString *error);
std::optional<Invite> readInvite(const QJsonObject &object, QString *error);
std::optional<AccountSettings> readAccountSettings(const QJsonObject &object, QString *error);
// A GetRetentionSettings answer: its RetentionSettings and InitiateDeletionTimestamp.
std::optional<RetentionSettings> readRetentionSettings(const QJsonObject &answer, QString *error);

QJsonObject writeAccount(const Account &account);
QJsonObject writeUser(const User &user);
QJsonObject writeUserError(const UserError &userError);
QJsonObject writeUserUpdate(const UserUpdate &update, bool withUserId);
QJsonObject writeUserSettings(const TelephonySettings &telephony);
QJsonObject writeInvite(const Invite &invite);
QJsonObject writeAccountSettings(const AccountSettings &settings);
// The RetentionSettings object (without InitiateDeletionTimestamp).
QJsonObject writeRetentionSettings(const RetentionSettings &settings);

// ISO-8601 strings (with or without fractions and offset) and epoch seconds (the service's
// documentation shows both). A null value is "not provided"; anything else is an error.
std::optional<QDateTime> readTimestamp(const QJsonValue &value, bool *ok);
QString writeTimestamp(const QDateTime &time);

} // namespace WireJson
