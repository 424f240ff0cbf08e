#include "core/chimeresponseparser.h"

#include "core/userpagereader.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChimeResponseParser {

namespace {

using namespace Qt::StringLiterals;

ChimeError unreadable(const QString &operation, const QString &why)
{
    return ChimeError(ChimeError::Kind::UnreadableResponse, operation, why);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"the body is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"the body is not a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

// The id of an item that could not be read, where it has one that reads as text.
QString idOf(const QJsonValue &item, QLatin1StringView idKey)
{
    static constexpr qsizetype longestShownId = 256;
    const QJsonValue id = item.toObject().value(idKey);
    return id.isString() ? id.toString().left(longestShownId) : QString();
}

// Reads member `key` of the answer as a list of objects, each through `read`. An item that does
// not read fails the whole answer, unless `unreadable` is given: a listing keeps every item that
// reads and says which ones did not.
template<typename T, typename Read>
bool readList(const QJsonObject &answer, QLatin1StringView key, Read read, QList<T> *out,
              QString *error, QList<UnreadableItem> *unreadable = nullptr,
              QLatin1StringView idKey = {})
{
    const QJsonValue value = answer.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = u"%1 is not a list"_s.arg(key);
        return false;
    }
    const QJsonArray array = value.toArray();
    out->reserve(array.size());
    for (const QJsonValue &item : array) {
        QString why;
        std::optional<T> parsed;
        if (!item.isObject())
            why = u"%1 holds an item that is not an object"_s.arg(key);
        else
            parsed = read(item.toObject(), &why);
        if (parsed) {
            out->append(std::move(*parsed));
        } else if (unreadable) {
            unreadable->append({ idOf(item, idKey), why });
        } else {
            *error = why;
            return false;
        }
    }
    return true;
}

bool readNextToken(const QJsonObject &answer, QString *nextToken, QString *error)
{
    const QJsonValue value = answer.value("NextToken"_L1);
    if (value.isString())
        *nextToken = value.toString();
    else if (!value.isUndefined() && !value.isNull()) {
        *error = u"NextToken is not a string"_s;
        return false;
    }
    return true;
}

// An answer whose one member `key` is a single object read through `read`.
template<typename T, typename Read>
Outcome<T> readSingle(const QString &operation, const QByteArray &body, QLatin1StringView key,
                      Read read)
{
    QString error;
    const std::optional<QJsonObject> answer = parseObject(body, &error);
    if (!answer)
        return unreadable(operation, error);
    const QJsonValue member = answer->value(key);
    if (!member.isObject())
        return unreadable(operation, u"the answer has no %1 object"_s.arg(key));
    std::optional<T> value = read(member.toObject(), &error);
    if (!value)
        return unreadable(operation, error);
    return std::move(*value);
}

// An answer made of one list (member `key`, read into `list`) that is read whole or not at all:
// a batch's errors with one left out would report a user as changed that was not.
template<typename Result, typename Item, typename Read>
Outcome<Result> readListAnswer(const QString &operation, const QByteArray &body,
                               QLatin1StringView key, Read read, QList<Item> Result::*list)
{
    QString error;
    const std::optional<QJsonObject> answer = parseObject(body, &error);
    Result result;
    if (!answer || !readList<Item>(*answer, key, read, &(result.*list), &error))
        return unreadable(operation, error);
    return result;
}

// A page of a listing: the items of member `key` that read (the others named in
// `unreadable`), and the NextToken.
template<typename Page, typename Item, typename Read>
Outcome<Page> readPage(const QString &operation, const QByteArray &body, QLatin1StringView key,
                       QLatin1StringView idKey, Read read, QList<Item> Page::*list)
{
    QString error;
    const std::optional<QJsonObject> answer = parseObject(body, &error);
    Page page;
    if (!answer || !readList<Item>(*answer, key, read, &(page.*list), &error, &page.unreadable, idKey)
        || !readNextToken(*answer, &page.nextToken, &error))
        return unreadable(operation, error);
    return page;
}

} // namespace

Outcome<AccountsPage> listAccounts(const QByteArray &body)
{
    return readPage(u"ListAccounts"_s, body, "Accounts"_L1, "AccountId"_L1, WireJson::readAccount,
                    &AccountsPage::accounts);
}

Outcome<Account> getAccount(const QByteArray &body)
{
    return readSingle<Account>(u"GetAccount"_s, body, "Account"_L1, WireJson::readAccount);
}

Outcome<UsersPage> listUsers(const QByteArray &body)
{
    // The fast way takes every ordinary page; anything else is read the general way.
    if (std::optional<UsersPage> page = UserPageReader::read(body))
        return std::move(*page);
    return listUsersGeneral(body);
}

Outcome<UsersPage> listUsersGeneral(const QByteArray &body)
{
    return readPage(u"ListUsers"_s, body, "Users"_L1, "UserId"_L1, WireJson::readUser,
                    &UsersPage::users);
}

Outcome<User> getUser(const QByteArray &body)
{
    return readSingle<User>(u"GetUser"_s, body, "User"_L1, WireJson::readUser);
}

Outcome<User> updateUser(const QByteArray &body)
{
    return readSingle<User>(u"UpdateUser"_s, body, "User"_L1, WireJson::readUser);
}

Outcome<BatchUpdateResult> batchUpdateUser(const QByteArray &body)
{
    return readListAnswer(u"BatchUpdateUser"_s, body, "UserErrors"_L1, WireJson::readUserError,
                          &BatchUpdateResult::userErrors);
}

Outcome<BatchUpdateResult> batchSuspendUser(const QByteArray &body)
{
    return readListAnswer(u"BatchSuspendUser"_s, body, "UserErrors"_L1, WireJson::readUserError,
                          &BatchUpdateResult::userErrors);
}

Outcome<BatchUpdateResult> batchUnsuspendUser(const QByteArray &body)
{
    return readListAnswer(u"BatchUnsuspendUser"_s, body, "UserErrors"_L1,
                          WireJson::readUserError, &BatchUpdateResult::userErrors);
}

Outcome<EmptyResult> logoutUser(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<EmptyResult> associatePhoneNumberWithUser(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<EmptyResult> disassociatePhoneNumberFromUser(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<User> resetPersonalPin(const QByteArray &body)
{
    return readSingle<User>(u"ResetPersonalPIN"_s, body, "User"_L1, WireJson::readUser);
}

Outcome<UserSettings> getUserSettings(const QByteArray &body)
{
    return readSingle<UserSettings>(u"GetUserSettings"_s, body, "UserSettings"_L1,
                                    [](const QJsonObject &object, QString *error) -> std::optional<UserSettings> {
                                        std::optional<TelephonySettings> telephony =
                                            WireJson::readUserSettings(object, error);
                                        if (!telephony)
                                            return std::nullopt;
                                        return UserSettings { *telephony };
                                    });
}

Outcome<EmptyResult> updateUserSettings(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<InviteUsersResult> inviteUsers(const QByteArray &body)
{
    return readListAnswer(u"InviteUsers"_s, body, "Invites"_L1, WireJson::readInvite,
                          &InviteUsersResult::invites);
}

Outcome<User> createUser(const QByteArray &body)
{
    return readSingle<User>(u"CreateUser"_s, body, "User"_L1, WireJson::readUser);
}

namespace {

Outcome<RetentionSettings> readRetention(const QString &operation, const QByteArray &body)
{
    QString error;
    const std::optional<QJsonObject> answer = parseObject(body, &error);
    if (!answer)
        return unreadable(operation, error);
    std::optional<RetentionSettings> settings = WireJson::readRetentionSettings(*answer, &error);
    if (!settings)
        return unreadable(operation, error);
    return std::move(*settings);
}

} // namespace

Outcome<Account> updateAccount(const QByteArray &body)
{
    return readSingle<Account>(u"UpdateAccount"_s, body, "Account"_L1, WireJson::readAccount);
}

Outcome<AccountSettings> getAccountSettings(const QByteArray &body)
{
    return readSingle<AccountSettings>(u"GetAccountSettings"_s, body, "AccountSettings"_L1,
                                       WireJson::readAccountSettings);
}

Outcome<EmptyResult> updateAccountSettings(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<RetentionSettings> getRetentionSettings(const QByteArray &body)
{
    return readRetention(u"GetRetentionSettings"_s, body);
}

Outcome<RetentionSettings> putRetentionSettings(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return RetentionSettings {};
    return readRetention(u"PutRetentionSettings"_s, body);
}

Outcome<EmptyResult> associateSigninDelegateGroups(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<EmptyResult> disassociateSigninDelegateGroups(const QByteArray &)
{
    return EmptyResult {};
}

Outcome<Account> createAccount(const QByteArray &body)
{
    return readSingle<Account>(u"CreateAccount"_s, body, "Account"_L1, WireJson::readAccount);
}

Outcome<EmptyResult> deleteAccount(const QByteArray &)
{
    return EmptyResult {};
}

} // namespace ChimeResponseParser
