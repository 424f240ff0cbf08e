#include "core/chimerequestbuilder.h"

#include "core/uriencoding.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ChimeRequestBuilder {

namespace {

using namespace Qt::StringLiterals;
using QueryItems = QList<QPair<QByteArray, QString>>;

ChimeError badRequest(const QString &operation, const QString &message)
{
    ChimeError error(ChimeError::Kind::BadRequest, operation, message);
    error.setCode(u"BadRequestException"_s);
    return error;
}

// The API's NonEmptyString pattern .*\S.*: at least one character that is not white space.
bool isBlank(const QString &id)
{
    return id.trimmed().isEmpty();
}

std::optional<ChimeError> checkIds(const QString &operation,
                                   std::initializer_list<std::pair<const char *, QString>> ids)
{
    for (const auto &[name, value] : ids) {
        if (isBlank(value))
            return badRequest(operation, u"%1 must not be blank."_s.arg(QLatin1StringView(name)));
        // HTTP stacks remove dot segments even when escaped, so such an id would address
        // another resource; no Chime id has this form.
        if (value == u"."_s || value == u".."_s)
            return badRequest(operation, u"%1 cannot be \"%2\"."_s.arg(QLatin1StringView(name), value));
    }
    return std::nullopt;
}

std::optional<ChimeError> checkMaxResults(const QString &operation, const std::optional<int> &max)
{
    if (max && (*max < 1 || *max > maxResultsLimit)) {
        return badRequest(operation, u"MaxResults must be between 1 and %1, not %2."_s
                                         .arg(maxResultsLimit)
                                         .arg(*max));
    }
    return std::nullopt;
}

void addOptional(QueryItems &items, const char *name, const std::optional<QString> &value)
{
    if (value)
        items.append({ QByteArray(name), *value });
}

void addOptional(QueryItems &items, const char *name, const std::optional<int> &value)
{
    if (value)
        items.append({ QByteArray(name), QString::number(*value) });
}

QByteArray accountPath(const QString &accountId)
{
    return "/accounts/" + UriEncoding::encodePathSegment(accountId);
}

QByteArray userPath(const QString &accountId, const QString &userId)
{
    return accountPath(accountId) + "/users/" + UriEncoding::encodePathSegment(userId);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Text that QJsonDocument writes as it is: printable ASCII without '"' and '\\'.
bool isPlainJsonText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
}

void appendMember(QByteArray &out, QByteArrayView key, const QString &value)
{
    out.append('"').append(key).append("\":\"").append(value.toLatin1()).append('"');
}

// The body of a BatchUpdateUser that changes licenses and user types, written straight away
// with the bytes QJsonDocument would write (members in its order), without building a
// QJsonObject per user; nullopt for anything else (Alexa for Business metadata, text that
// needs escaping), which is written the general way.
std::optional<QByteArray> plainBatchUpdateBody(const QList<UserUpdate> &updates)
{
    QByteArray out;
    out.reserve(40 + updates.size() * 80);
    out.append("{\"UpdateUserRequestItems\":[");
    for (qsizetype i = 0; i < updates.size(); ++i) {
        const UserUpdate &update = updates.at(i);
        const QString license = update.licenseType.wireName();
        const QString userType = update.userType.wireName();
        if (update.alexaForBusinessMetadata || !isPlainJsonText(update.userId)
            || !isPlainJsonText(license) || !isPlainJsonText(userType))
            return std::nullopt;
        if (i > 0)
            out.append(',');
        out.append('{');
        if (update.licenseType.isSet()) {
            appendMember(out, "LicenseType", license);
            out.append(',');
        }
        appendMember(out, "UserId", update.userId);
        if (update.userType.isSet()) {
            out.append(',');
            appendMember(out, "UserType", userType);
        }
        out.append('}');
    }
    out.append("]}");
    return out;
}

} // namespace

Outcome<PreparedRequest> listAccounts(const ListAccountsRequest &request)
{
    const QString operation = u"ListAccounts"_s;
    if (auto error = checkMaxResults(operation, request.maxResults))
        return *error;
    QueryItems query;
    addOptional(query, "name", request.name);
    addOptional(query, "user-email", request.userEmail);
    addOptional(query, "max-results", request.maxResults);
    addOptional(query, "next-token", request.nextToken);
    return PreparedRequest { operation, "GET", "/accounts", UriEncoding::encodeQuery(query), {}, true,
                             request.priority };
}

Outcome<PreparedRequest> getAccount(const GetAccountRequest &request)
{
    const QString operation = u"GetAccount"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    return PreparedRequest { operation, "GET", accountPath(request.accountId), {}, {} };
}

Outcome<PreparedRequest> listUsers(const ListUsersRequest &request)
{
    const QString operation = u"ListUsers"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    if (auto error = checkMaxResults(operation, request.maxResults))
        return *error;
    QueryItems query;
    addOptional(query, "user-email", request.userEmail);
    if (request.userType.isSet())
        query.append({ "user-type", request.userType.wireName() });
    addOptional(query, "max-results", request.maxResults);
    addOptional(query, "next-token", request.nextToken);
    return PreparedRequest { operation, "GET", accountPath(request.accountId) + "/users",
                             UriEncoding::encodeQuery(query), {}, true, request.priority };
}

Outcome<PreparedRequest> getUser(const GetUserRequest &request)
{
    const QString operation = u"GetUser"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId },
                                           { "UserId", request.userId } }))
        return *error;
    return PreparedRequest { operation, "GET", userPath(request.accountId, request.userId), {},
                             {} };
}

Outcome<PreparedRequest> updateUser(const UpdateUserRequest &request)
{
    const QString operation = u"UpdateUser"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId },
                                           { "UserId", request.update.userId } }))
        return *error;
    return PreparedRequest { operation, "POST", userPath(request.accountId, request.update.userId),
                             {}, compactJson(WireJson::writeUserUpdate(request.update, false)) };
}

Outcome<PreparedRequest> batchUpdateUser(const BatchUpdateUserRequest &request)
{
    const QString operation = u"BatchUpdateUser"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    if (request.updates.isEmpty() || request.updates.size() > batchUpdateLimit) {
        return badRequest(operation, u"UpdateUserRequestItems must hold 1 to %1 items, not %2."_s
                                         .arg(batchUpdateLimit)
                                         .arg(request.updates.size()));
    }
    for (const UserUpdate &update : request.updates) {
        if (auto error = checkIds(operation, { { "UserId", update.userId } }))
            return *error;
    }
    QByteArray body;
    if (std::optional<QByteArray> plain = plainBatchUpdateBody(request.updates)) {
        body = std::move(*plain);
    } else {
        QJsonArray items;
        for (const UserUpdate &update : request.updates)
            items.append(WireJson::writeUserUpdate(update, true));
        body = compactJson(QJsonObject { { "UpdateUserRequestItems"_L1, items } });
    }
    return PreparedRequest { operation, "POST", accountPath(request.accountId) + "/users", {},
                             std::move(body) };
}

namespace {

// The static query of a requestUri such as "/accounts/{accountId}/users?operation=suspend":
// sent, and signed, as the query; these operations have no other query members to merge in.
QByteArray staticQuery(const char *operationName)
{
    return UriEncoding::encodeQuery({ { "operation", QString::fromLatin1(operationName) } });
}

Outcome<PreparedRequest> userIdListRequest(const QString &operation, const char *queryOperation,
                                           const BatchSuspendUserRequest &request)
{
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    if (request.userIdList.isEmpty() || request.userIdList.size() > userIdListLimit) {
        return badRequest(operation, u"UserIdList must hold 1 to %1 ids, not %2."_s
                                         .arg(userIdListLimit)
                                         .arg(request.userIdList.size()));
    }
    QJsonArray ids;
    for (const QString &userId : request.userIdList) {
        if (auto error = checkIds(operation, { { "UserId", userId } }))
            return *error;
        ids.append(userId);
    }
    return PreparedRequest { operation, "POST", accountPath(request.accountId) + "/users",
                             staticQuery(queryOperation),
                             compactJson(QJsonObject { { "UserIdList"_L1, ids } }) };
}

Outcome<PreparedRequest> userOperation(const QString &operation, const char *queryOperation,
                                       const GetUserRequest &request)
{
    if (auto error = checkIds(operation, { { "AccountId", request.accountId },
                                           { "UserId", request.userId } }))
        return *error;
    return PreparedRequest { operation, "POST", userPath(request.accountId, request.userId),
                             staticQuery(queryOperation), {} };
}

} // namespace

Outcome<PreparedRequest> batchSuspendUser(const BatchSuspendUserRequest &request)
{
    return userIdListRequest(u"BatchSuspendUser"_s, "suspend", request);
}

Outcome<PreparedRequest> batchUnsuspendUser(const BatchUnsuspendUserRequest &request)
{
    return userIdListRequest(u"BatchUnsuspendUser"_s, "unsuspend", request);
}

Outcome<PreparedRequest> logoutUser(const LogoutUserRequest &request)
{
    return userOperation(u"LogoutUser"_s, "logout", request);
}

Outcome<PreparedRequest> resetPersonalPin(const ResetPersonalPinRequest &request)
{
    return userOperation(u"ResetPersonalPIN"_s, "reset-personal-pin", request);
}

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(u"^\\+?[1-9]\\d{1,14}$"_s);
    return pattern.match(number).hasMatch();
}

Outcome<PreparedRequest> associatePhoneNumberWithUser(const AssociatePhoneNumberWithUserRequest &request)
{
    const QString operation = u"AssociatePhoneNumberWithUser"_s;
    if (!isE164(request.e164PhoneNumber))
        return badRequest(operation, u"E164PhoneNumber must be a phone number in E.164 format, such as +12065550100."_s);
    Outcome<PreparedRequest> prepared = userOperation(operation, "associate-phone-number",
                                                      { request.accountId, request.userId });
    if (prepared.isOk())
        prepared.value().body = compactJson(QJsonObject { { "E164PhoneNumber"_L1, request.e164PhoneNumber } });
    return prepared;
}

Outcome<PreparedRequest> disassociatePhoneNumberFromUser(
    const DisassociatePhoneNumberFromUserRequest &request)
{
    return userOperation(u"DisassociatePhoneNumberFromUser"_s, "disassociate-phone-number", request);
}

Outcome<PreparedRequest> getUserSettings(const GetUserSettingsRequest &request)
{
    const QString operation = u"GetUserSettings"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId },
                                           { "UserId", request.userId } }))
        return *error;
    return PreparedRequest { operation, "GET", userPath(request.accountId, request.userId) + "/settings",
                             {}, {} };
}

Outcome<PreparedRequest> updateUserSettings(const UpdateUserSettingsRequest &request)
{
    const QString operation = u"UpdateUserSettings"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId },
                                           { "UserId", request.userId } }))
        return *error;
    if (!request.telephony)
        return badRequest(operation, u"UserSettings.Telephony is required."_s);
    return PreparedRequest {
        operation, "PUT", userPath(request.accountId, request.userId) + "/settings", {},
        compactJson(QJsonObject { { "UserSettings"_L1, WireJson::writeUserSettings(*request.telephony) } })
    };
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(u"^.+@.+\\..+$"_s);
    return pattern.match(text).hasMatch();
}

Outcome<PreparedRequest> inviteUsers(const InviteUsersRequest &request)
{
    const QString operation = u"InviteUsers"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    if (request.userEmailList.isEmpty() || request.userEmailList.size() > userEmailListLimit) {
        return badRequest(operation, u"UserEmailList must hold 1 to %1 addresses, not %2."_s
                                         .arg(userEmailListLimit)
                                         .arg(request.userEmailList.size()));
    }
    QJsonArray emails;
    for (const QString &email : request.userEmailList) {
        // The address is a sensitive member: the message does not quote it.
        if (!isEmailAddress(email))
            return badRequest(operation, u"UserEmailList holds an item that is not an email address."_s);
        emails.append(email);
    }
    QJsonObject body { { "UserEmailList"_L1, emails } };
    if (request.userType.isSet())
        body.insert("UserType"_L1, request.userType.wireName());
    return PreparedRequest { operation, "POST", accountPath(request.accountId) + "/users",
                             staticQuery("add"), compactJson(body), false };
}

Outcome<PreparedRequest> createUser(const CreateUserRequest &request)
{
    const QString operation = u"CreateUser"_s;
    if (auto error = checkIds(operation, { { "AccountId", request.accountId } }))
        return *error;
    if (request.email && !isEmailAddress(*request.email))
        return badRequest(operation, u"Email is not an email address."_s);
    QJsonObject body;
    if (request.username)
        body.insert("Username"_L1, *request.username);
    if (request.email)
        body.insert("Email"_L1, *request.email);
    if (request.userType.isSet())
        body.insert("UserType"_L1, request.userType.wireName());
    return PreparedRequest { operation, "POST", accountPath(request.accountId) + "/users",
                             staticQuery("create"), compactJson(body), false };
}

namespace {

std::optional<ChimeError> checkAccountName(const QString &operation, const QString &name)
{
    if (name.isEmpty() || name.size() > longestAccountName || isBlank(name)) {
        return badRequest(operation, u"Name must be 1 to %1 characters, not all white space."_s
                                         .arg(longestAccountName));
    }
    return std::nullopt;
}

Outcome<PreparedRequest> accountRequest(const QString &operation, const QByteArray &method,
                                        const QString &accountId, const QByteArray &suffix,
                                        const QByteArray &query, QByteArray body)
{
    if (auto error = checkIds(operation, { { "AccountId", accountId } }))
        return *error;
    return PreparedRequest { operation, method, accountPath(accountId) + suffix, query, std::move(body) };
}

} // namespace

Outcome<PreparedRequest> updateAccount(const UpdateAccountRequest &request)
{
    const QString operation = u"UpdateAccount"_s;
    if (request.name) {
        if (auto error = checkAccountName(operation, *request.name))
            return *error;
    }
    QJsonObject body;
    if (request.name)
        body.insert("Name"_L1, *request.name);
    if (request.defaultLicense.isSet())
        body.insert("DefaultLicense"_L1, request.defaultLicense.wireName());
    return accountRequest(operation, "POST", request.accountId, {}, {}, compactJson(body));
}

Outcome<PreparedRequest> getAccountSettings(const GetAccountSettingsRequest &request)
{
    return accountRequest(u"GetAccountSettings"_s, "GET", request.accountId, "/settings", {}, {});
}

Outcome<PreparedRequest> updateAccountSettings(const UpdateAccountSettingsRequest &request)
{
    return accountRequest(u"UpdateAccountSettings"_s, "PUT", request.accountId, "/settings", {},
                          compactJson(QJsonObject { { "AccountSettings"_L1,
                                                      WireJson::writeAccountSettings(request.settings) } }));
}

Outcome<PreparedRequest> getRetentionSettings(const GetRetentionSettingsRequest &request)
{
    return accountRequest(u"GetRetentionSettings"_s, "GET", request.accountId, "/retention-settings",
                          {}, {});
}

Outcome<PreparedRequest> putRetentionSettings(const PutRetentionSettingsRequest &request)
{
    const QString operation = u"PutRetentionSettings"_s;
    for (const std::optional<int> &days : { request.settings.roomRetentionDays,
                                            request.settings.conversationRetentionDays }) {
        if (days && (*days < 1 || *days > longestRetentionDays)) {
            return badRequest(operation, u"RetentionDays must be between 1 and %1, not %2."_s
                                             .arg(longestRetentionDays)
                                             .arg(*days));
        }
    }
    return accountRequest(operation, "PUT", request.accountId, "/retention-settings", {},
                          compactJson(QJsonObject { { "RetentionSettings"_L1,
                                                      WireJson::writeRetentionSettings(request.settings) } }));
}

Outcome<PreparedRequest> associateSigninDelegateGroups(const SigninDelegateGroupsRequest &request)
{
    const QString operation = u"AssociateSigninDelegateGroupsWithAccount"_s;
    QJsonArray groups;
    for (const QString &name : request.groupNames) {
        if (auto error = checkIds(operation, { { "GroupName", name } }))
            return *error;
        groups.append(QJsonObject { { "GroupName"_L1, name } });
    }
    return accountRequest(operation, "POST", request.accountId, {},
                          staticQuery("associate-signin-delegate-groups"),
                          compactJson(QJsonObject { { "SigninDelegateGroups"_L1, groups } }));
}

Outcome<PreparedRequest> disassociateSigninDelegateGroups(const SigninDelegateGroupsRequest &request)
{
    const QString operation = u"DisassociateSigninDelegateGroupsFromAccount"_s;
    if (request.groupNames.isEmpty())
        return badRequest(operation, u"GroupNames must hold at least one name."_s);
    return accountRequest(operation, "POST", request.accountId, {},
                          staticQuery("disassociate-signin-delegate-groups"),
                          compactJson(QJsonObject { { "GroupNames"_L1, QJsonArray::fromStringList(request.groupNames) } }));
}

Outcome<PreparedRequest> createAccount(const CreateAccountRequest &request)
{
    const QString operation = u"CreateAccount"_s;
    if (auto error = checkAccountName(operation, request.name))
        return *error;
    // Not sent twice: a second attempt would make a second account.
    return PreparedRequest { operation, "POST", "/accounts", {},
                             compactJson(QJsonObject { { "Name"_L1, request.name } }), false };
}

Outcome<PreparedRequest> deleteAccount(const DeleteAccountRequest &request)
{
    return accountRequest(u"DeleteAccount"_s, "DELETE", request.accountId, {}, {}, {});
}

} // namespace ChimeRequestBuilder
