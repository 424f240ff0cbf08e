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

// Reads member `key` of the answer as a list of objects, each through `read`.
template<typename T, typename Read>
bool readList(const QJsonObject &answer, QLatin1StringView key, Read read, QList<T> *out,
              QString *error)
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
        if (!item.isObject()) {
            *error = u"%1 holds an item that is not an object"_s.arg(key);
            return false;
        }
        std::optional<T> parsed = read(item.toObject(), error);
        if (!parsed)
            return false;
        out->append(std::move(*parsed));
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

// An answer made of one list (member `key`, read into `list`) and, for a paged listing, a
// NextToken (read into `nextToken`).
template<typename Result, typename Item, typename Read>
Outcome<Result> readListAnswer(const QString &operation, const QByteArray &body,
                               QLatin1StringView key, Read read, QList<Item> Result::*list,
                               QString Result::*nextToken = nullptr)
{
    QString error;
    const std::optional<QJsonObject> answer = parseObject(body, &error);
    Result result;
    if (!answer || !readList<Item>(*answer, key, read, &(result.*list), &error)
        || (nextToken && !readNextToken(*answer, &(result.*nextToken), &error)))
        return unreadable(operation, error);
    return result;
}

} // namespace

Outcome<AccountsPage> listAccounts(const QByteArray &body)
{
    return readListAnswer(u"ListAccounts"_s, body, "Accounts"_L1, WireJson::readAccount,
                          &AccountsPage::accounts, &AccountsPage::nextToken);
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
    return readListAnswer(u"ListUsers"_s, body, "Users"_L1, WireJson::readUser, &UsersPage::users,
                          &UsersPage::nextToken);
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

} // namespace ChimeResponseParser
