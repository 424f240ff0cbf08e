#include "emulator/emulatorstore.h"

#include "core/chimerequestbuilder.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace {

using namespace Qt::StringLiterals;

constexpr int maxPageSize = 200;
constexpr int maxBatchItems = 20;
constexpr int maxUserIdList = 50;
constexpr int maxUserEmailList = 50;

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Opaque to clients; inside, the offset of the next item and a check of which listing it
// belongs to, so a token from one listing is refused by another.
QString makeToken(qsizetype offset, const QString &listing)
{
    const QByteArray raw = QByteArray::number(offset) + ':' + listing.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> readToken(const QString &token, const QString &listing)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    const qsizetype colon = raw.indexOf(':');
    if (colon < 0 || raw.mid(colon + 1) != listing.toUtf8())
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = raw.left(colon).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

struct PageWindow
{
    qsizetype offset = 0;
    int size = EmulatorStore::defaultPageSize;
};

std::optional<EmulatorReply> readPageWindow(const EmulatorStore::Query &query,
                                            const QString &listing, PageWindow *window)
{
    if (query.contains(u"max-results"_s)) {
        bool ok = false;
        const int max = query.value(u"max-results"_s).toInt(&ok);
        if (!ok || max < 1 || max > maxPageSize) {
            return EmulatorReply::badRequest(
                u"MaxResults must be an integer from 1 to %1."_s.arg(maxPageSize));
        }
        window->size = max;
    }
    if (query.contains(u"next-token"_s)) {
        const std::optional<qsizetype> offset = readToken(query.value(u"next-token"_s), listing);
        if (!offset)
            return EmulatorReply::badRequest(u"The next-token is not valid for this request."_s);
        window->offset = *offset;
    }
    return std::nullopt;
}

// Serves one page of `items` (already filtered) under `key`.
template<typename T, typename Write>
EmulatorReply pageReply(const QList<const T *> &items, const PageWindow &window,
                        const QString &listing, QLatin1StringView key, Write write)
{
    QJsonArray array;
    const qsizetype end = std::min<qsizetype>(items.size(), window.offset + window.size);
    for (qsizetype i = window.offset; i < end; ++i)
        array.append(write(*items[i]));
    QJsonObject body { { key, array } };
    if (end < items.size())
        body.insert("NextToken"_L1, makeToken(end, listing));
    return EmulatorReply::ok(body);
}

QJsonObject userReplyBody(const User &user)
{
    return QJsonObject { { "User"_L1, WireJson::writeUser(user) } };
}

} // namespace

EmulatorStore::EmulatorStore(QList<EmulatorAccount> accounts)
    : m_accounts(std::move(accounts))
{
}

const EmulatorAccount *EmulatorStore::findAccount(const QString &accountId) const
{
    for (const EmulatorAccount &entry : m_accounts) {
        if (entry.account.accountId == accountId)
            return &entry;
    }
    return nullptr;
}

EmulatorAccount *EmulatorStore::findAccount(const QString &accountId)
{
    return const_cast<EmulatorAccount *>(std::as_const(*this).findAccount(accountId));
}

const User *EmulatorStore::findUser(const QString &accountId, const QString &userId) const
{
    const EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return nullptr;
    const auto found = entry->userIndex.constFind(userId);
    return found == entry->userIndex.cend() ? nullptr : &entry->users.at(*found);
}

bool EmulatorStore::removeUser(const QString &accountId, const QString &userId)
{
    EmulatorAccount *entry = findAccount(accountId);
    if (!entry || !entry->userIndex.contains(userId))
        return false;
    entry->users.removeAt(entry->userIndex.value(userId));
    entry->rebuildIndex();
    return true;
}

namespace {

// The API model's constraints on the query members, checked as input validation would be,
// before anything is looked up.
std::optional<EmulatorReply> invalidQuery(const EmulatorStore::Query &query)
{
    static const QRegularExpression emailPattern(u"^.+@.+\\..+$"_s);
    static const QRegularExpression namePattern(u".*\\S.*"_s);
    const auto email = query.constFind(u"user-email"_s);
    if (email != query.cend() && !emailPattern.match(*email).hasMatch()) {
        return EmulatorReply::badRequest(
            u"1 validation error detected: Value at 'userEmail' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: .+@.+\\..+"_s);
    }
    const auto name = query.constFind(u"name"_s);
    if (name != query.cend()
        && (name->isEmpty() || name->size() > 100 || !namePattern.match(*name).hasMatch())) {
        return EmulatorReply::badRequest(
            u"1 validation error detected: Value at 'name' failed to satisfy constraint: Member "
            "must have length between 1 and 100 and satisfy regular expression pattern: .*\\S.*"_s);
    }
    return std::nullopt;
}

} // namespace

EmulatorReply EmulatorStore::listAccounts(const Query &query) const
{
    if (const std::optional<EmulatorReply> invalid = invalidQuery(query))
        return *invalid;
    const QString name = query.value(u"name"_s);
    const QString email = query.value(u"user-email"_s);
    const QString listing = u"accounts|%1|%2"_s.arg(name, email);
    PageWindow window;
    if (auto error = readPageWindow(query, listing, &window))
        return *error;

    QList<const Account *> matches;
    for (const EmulatorAccount &entry : m_accounts) {
        if (entry.disabled || (!name.isEmpty() && entry.account.name != name))
            continue;
        if (!email.isEmpty()
            && std::none_of(entry.users.cbegin(), entry.users.cend(), [&](const User &user) {
                   return user.primaryEmail
                       && user.primaryEmail->compare(email, Qt::CaseInsensitive) == 0;
               }))
            continue;
        matches.append(&entry.account);
    }
    return pageReply(matches, window, listing, "Accounts"_L1, WireJson::writeAccount);
}

EmulatorReply EmulatorStore::getAccount(const QString &accountId) const
{
    if (isBlank(accountId))
        return EmulatorReply::badRequest(u"AccountId must not be blank."_s);
    const EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    return EmulatorReply::ok(QJsonObject { { "Account"_L1, WireJson::writeAccount(entry->account) } });
}

EmulatorReply EmulatorStore::listUsers(const QString &accountId, const Query &query) const
{
    if (isBlank(accountId))
        return EmulatorReply::badRequest(u"AccountId must not be blank."_s);
    const EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    if (const std::optional<EmulatorReply> invalid = invalidQuery(query))
        return *invalid;
    const QString email = query.value(u"user-email"_s);
    const QString type = query.value(u"user-type"_s);
    if (!type.isEmpty() && !UserTypeValue::fromWire(type).isKnown())
        return EmulatorReply::badRequest(u"UserType %1 is not valid."_s.arg(type));
    const QString listing = u"users|%1|%2|%3"_s.arg(accountId, email, type);
    PageWindow window;
    if (auto error = readPageWindow(query, listing, &window))
        return *error;

    QList<const User *> matches;
    matches.reserve(entry->users.size());
    for (const User &user : entry->users) {
        if (!email.isEmpty()
            && (!user.primaryEmail || user.primaryEmail->compare(email, Qt::CaseInsensitive) != 0))
            continue;
        if (!type.isEmpty() && user.userType.wireName() != type)
            continue;
        matches.append(&user);
    }
    return pageReply(matches, window, listing, "Users"_L1, WireJson::writeUser);
}

EmulatorReply EmulatorStore::getUser(const QString &accountId, const QString &userId) const
{
    if (isBlank(accountId) || isBlank(userId))
        return EmulatorReply::badRequest(u"AccountId and UserId must not be blank."_s);
    if (!findAccount(accountId))
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    const User *user = findUser(accountId, userId);
    if (!user)
        return EmulatorReply::notFound(u"User %1 was not found."_s.arg(userId));
    return EmulatorReply::ok(userReplyBody(*user));
}

std::optional<EmulatorReply> EmulatorStore::applyUpdate(EmulatorAccount &entry,
                                                        const UserUpdate &update)
{
    const auto found = entry.userIndex.constFind(update.userId);
    if (found == entry.userIndex.cend())
        return EmulatorReply::notFound(u"User %1 was not found."_s.arg(update.userId));
    if (update.licenseType.isSet() && !entry.account.supportedLicenses.contains(update.licenseType)) {
        return EmulatorReply::badRequest(
            u"License %1 is not supported by account %2."_s.arg(update.licenseType.wireName(),
                                                                entry.account.accountId));
    }
    if (update.userType.isSet() && !update.userType.isKnown())
        return EmulatorReply::badRequest(u"UserType %1 is not valid."_s.arg(update.userType.wireName()));
    User &user = entry.users[*found];
    if (update.licenseType.isSet())
        user.licenseType = update.licenseType;
    if (update.userType.isSet())
        user.userType = update.userType;
    if (update.alexaForBusinessMetadata)
        user.alexaForBusinessMetadata = update.alexaForBusinessMetadata;
    return std::nullopt;
}

EmulatorReply EmulatorStore::updateUser(const QString &accountId, const QString &userId,
                                        const QByteArray &body)
{
    if (isBlank(accountId) || isBlank(userId))
        return EmulatorReply::badRequest(u"AccountId and UserId must not be blank."_s);
    EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString error;
    std::optional<UserUpdate> update = document.isObject()
        ? WireJson::readUserUpdate(document.object(), &error)
        : std::nullopt;
    if (!update)
        return EmulatorReply::badRequest(error.isEmpty() ? u"The body is not a JSON object."_s : error);
    update->userId = userId;
    if (auto failure = applyUpdate(*entry, *update))
        return *failure;
    // As the real service answers UpdateUser: only UserId, every other member null.
    User answer;
    answer.userId = userId;
    return EmulatorReply::ok(userReplyBody(answer), true);
}

EmulatorReply EmulatorStore::batchUpdateUser(const QString &accountId, const QByteArray &body)
{
    if (isBlank(accountId))
        return EmulatorReply::badRequest(u"AccountId must not be blank."_s);
    EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue items = document.object().value("UpdateUserRequestItems"_L1);
    if (!items.isArray())
        return EmulatorReply::badRequest(u"UpdateUserRequestItems is required and must be a list."_s);
    const QJsonArray array = items.toArray();
    if (array.size() > maxBatchItems) {
        return EmulatorReply::badRequest(
            u"UpdateUserRequestItems holds %1 items; at most %2 are allowed."_s.arg(array.size())
                .arg(maxBatchItems));
    }
    QList<UserUpdate> updates;
    for (const QJsonValue &item : array) {
        QString error;
        std::optional<UserUpdate> update = WireJson::readUserUpdate(item.toObject(), &error);
        if (!item.isObject() || !update)
            return EmulatorReply::badRequest(error.isEmpty() ? u"An item is not an object."_s : error);
        if (isBlank(update->userId))
            return EmulatorReply::badRequest(u"UserId must not be blank."_s);
        // An enum value the model does not have fails input validation: the whole request.
        if ((update->licenseType.isSet() && !update->licenseType.isKnown())
            || (update->userType.isSet() && !update->userType.isKnown())) {
            return EmulatorReply::badRequest(
                u"1 validation error detected: an UpdateUserRequestItem holds a LicenseType or "
                "UserType that is not one of the enum's values."_s);
        }
        updates.append(std::move(*update));
    }
    QJsonArray userErrors;
    bool changed = false;
    for (const UserUpdate &update : std::as_const(updates)) {
        if (const std::optional<EmulatorReply> failure = applyUpdate(*entry, update)) {
            userErrors.append(WireJson::writeUserError(
                { update.userId, failure->body.value("Code"_L1).toString(),
                  failure->body.value("Message"_L1).toString() }));
        } else {
            changed = true;
        }
    }
    return EmulatorReply::ok(QJsonObject { { "UserErrors"_L1, userErrors } }, changed);
}

EmulatorReply EmulatorStore::forUserIdList(const QString &accountId, const QByteArray &body,
                                          const QString &operation,
                                          const QList<AccountType> &allowedTypes,
                                          const std::function<bool(User &)> &change)
{
    const auto account = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&account))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(account);
    if (!allowedTypes.contains(entry->account.accountType.value())) {
        return EmulatorReply::badRequest(u"%1 is not supported for %2 accounts."_s.arg(
            operation, entry->account.accountType.wireName()));
    }
    const QJsonValue list = QJsonDocument::fromJson(body).object().value("UserIdList"_L1);
    if (!list.isArray() || list.toArray().isEmpty())
        return EmulatorReply::badRequest(u"UserIdList is required and must hold at least one id."_s);
    const QJsonArray ids = list.toArray();
    if (ids.size() > maxUserIdList) {
        return EmulatorReply::badRequest(u"1 validation error detected: UserIdList holds %1 ids; "
                                         "at most %2 are allowed."_s.arg(ids.size()).arg(maxUserIdList));
    }
    for (const QJsonValue &id : ids) {
        if (!id.isString() || isBlank(id.toString()))
            return EmulatorReply::badRequest(u"Every id of UserIdList must be a non-blank string."_s);
    }
    QJsonArray userErrors;
    bool changed = false;
    for (const QJsonValue &id : ids) {
        const auto found = entry->userIndex.constFind(id.toString());
        if (found == entry->userIndex.cend()) {
            userErrors.append(WireJson::writeUserError(
                { id.toString(), u"NotFound"_s, u"User %1 was not found."_s.arg(id.toString()) }));
            continue;
        }
        changed = change(entry->users[*found]) || changed;
    }
    return EmulatorReply::ok(QJsonObject { { "UserErrors"_L1, userErrors } }, changed);
}

EmulatorReply EmulatorStore::batchSuspendUser(const QString &accountId, const QByteArray &body)
{
    return forUserIdList(accountId, body, u"BatchSuspendUser"_s,
                         { AccountType::Team, AccountType::EnterpriseLWA }, [](User &user) {
                             if (user.userRegistrationStatus == RegistrationStatus::Suspended)
                                 return false;
                             user.userRegistrationStatus = RegistrationStatus::Suspended;
                             return true;
                         });
}

EmulatorReply EmulatorStore::batchUnsuspendUser(const QString &accountId, const QByteArray &body)
{
    return forUserIdList(accountId, body, u"BatchUnsuspendUser"_s, { AccountType::EnterpriseLWA },
                         [](User &user) {
                             // Users not suspended are left as they are, as the service does.
                             if (user.userRegistrationStatus != RegistrationStatus::Suspended)
                                 return false;
                             user.userRegistrationStatus = RegistrationStatus::Registered;
                             return true;
                         });
}

std::variant<EmulatorAccount *, EmulatorReply> EmulatorStore::accountFor(const QString &accountId)
{
    if (isBlank(accountId))
        return EmulatorReply::badRequest(u"AccountId must not be blank."_s);
    EmulatorAccount *entry = findAccount(accountId);
    if (!entry)
        return EmulatorReply::notFound(u"Account %1 was not found."_s.arg(accountId));
    return entry;
}

std::variant<EmulatorAccount *, EmulatorReply>
EmulatorStore::accountWhere(const QString &accountId, bool (*allowed)(const Account &),
                            const QString &refusal)
{
    auto found = accountFor(accountId);
    if (const auto *entry = std::get_if<EmulatorAccount *>(&found); entry && !allowed((*entry)->account))
        return EmulatorReply::badRequest(refusal);
    return found;
}

std::variant<User *, EmulatorReply> EmulatorStore::userFor(const QString &accountId,
                                                           const QString &userId)
{
    if (isBlank(userId))
        return EmulatorReply::badRequest(u"AccountId and UserId must not be blank."_s);
    const auto account = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&account))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(account);
    const auto found = entry->userIndex.constFind(userId);
    if (found == entry->userIndex.cend())
        return EmulatorReply::notFound(u"User %1 was not found."_s.arg(userId));
    return &entry->users[*found];
}

EmulatorReply EmulatorStore::logoutUser(const QString &accountId, const QString &userId)
{
    const auto user = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&user))
        return *refused;
    return EmulatorReply::noContent(false);
}

EmulatorReply EmulatorStore::resetPersonalPin(const QString &accountId, const QString &userId)
{
    const auto found = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    User &user = *std::get<User *>(found);
    QString pin;
    do {
        pin = u"%1"_s.arg(QRandomGenerator::global()->bounded(1000000000), 10, 10, QChar(u'0'));
    } while (user.personalPin == pin);
    user.personalPin = pin;
    return EmulatorReply::ok(userReplyBody(user), true);
}

EmulatorReply EmulatorStore::associatePhoneNumberWithUser(const QString &accountId,
                                                         const QString &userId,
                                                         const QByteArray &body)
{
    const auto found = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    const QString number = QJsonDocument::fromJson(body).object().value("E164PhoneNumber"_L1).toString();
    if (!ChimeRequestBuilder::isE164(number)) {
        return EmulatorReply::badRequest(u"1 validation error detected: E164PhoneNumber must "
                                         "satisfy the pattern ^\\+?[1-9]\\d{1,14}$."_s);
    }
    User &user = *std::get<User *>(found);
    for (const EmulatorAccount &entry : std::as_const(m_accounts)) {
        for (const User &other : entry.users) {
            if (other.userId != user.userId && other.primaryProvisionedNumber == number)
                return EmulatorReply::badRequest(u"The phone number is already associated with another user."_s);
        }
    }
    user.primaryProvisionedNumber = number;
    return EmulatorReply::ok({}, true);
}

EmulatorReply EmulatorStore::disassociatePhoneNumberFromUser(const QString &accountId,
                                                            const QString &userId)
{
    const auto found = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    std::get<User *>(found)->primaryProvisionedNumber.reset();
    return EmulatorReply::ok({}, true);
}

TelephonySettings EmulatorStore::telephonyOf(const User &user)
{
    return user.telephony.value_or(TelephonySettings { true, true, true });
}

EmulatorReply EmulatorStore::getUserSettings(const QString &accountId, const QString &userId)
{
    const auto found = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    return EmulatorReply::ok(QJsonObject {
        { "UserSettings"_L1, WireJson::writeUserSettings(telephonyOf(*std::get<User *>(found))) } });
}

EmulatorReply EmulatorStore::updateUserSettings(const QString &accountId, const QString &userId,
                                                const QByteArray &body)
{
    const auto found = userFor(accountId, userId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    const QJsonValue settings = QJsonDocument::fromJson(body).object().value("UserSettings"_L1);
    QString error;
    const std::optional<TelephonySettings> telephony
        = settings.isObject() ? WireJson::readUserSettings(settings.toObject(), &error) : std::nullopt;
    if (!telephony) {
        return EmulatorReply::badRequest(u"1 validation error detected: %1."_s.arg(
            error.isEmpty() ? u"UserSettings is required"_s : error));
    }
    std::get<User *>(found)->telephony = *telephony;
    return EmulatorReply::noContent(true);
}

namespace {

// The user type of an InviteUsers or CreateUser body: PrivateUser when left out, nullopt when
// it is not one the model knows.
std::optional<UserTypeValue> userTypeIn(const QJsonObject &body)
{
    const QJsonValue type = body.value("UserType"_L1);
    if (type.isUndefined() || type.isNull())
        return UserTypeValue(UserType::PrivateUser);
    const UserTypeValue value = UserTypeValue::fromWire(type.toString());
    if (!type.isString() || !value.isKnown())
        return std::nullopt;
    return value;
}

User newUser(const EmulatorAccount &entry, const QString &email, UserTypeValue userType)
{
    User user;
    user.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.accountId = entry.account.accountId;
    user.primaryEmail = email;
    user.licenseType = entry.account.defaultLicense.isSet() ? entry.account.defaultLicense
                                                            : LicenseValue(License::Pro);
    user.userType = userType;
    user.userRegistrationStatus = RegistrationStatus::Unregistered;
    return user;
}

bool hasEmail(const EmulatorAccount &entry, const QString &email)
{
    return std::any_of(entry.users.cbegin(), entry.users.cend(), [&email](const User &user) {
        return user.primaryEmail && user.primaryEmail->compare(email, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

EmulatorReply EmulatorStore::inviteUsers(const QString &accountId, const QByteArray &body)
{
    const auto account = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&account))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(account);
    if (entry->account.accountType != AccountType::Team) {
        return EmulatorReply::badRequest(u"InviteUsers is supported for Team accounts only, not %1."_s
                                             .arg(entry->account.accountType.wireName()));
    }
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonValue list = request.value("UserEmailList"_L1);
    if (!list.isArray() || list.toArray().isEmpty())
        return EmulatorReply::badRequest(u"UserEmailList is required and must hold at least one address."_s);
    const QJsonArray emails = list.toArray();
    if (emails.size() > maxUserEmailList) {
        return EmulatorReply::badRequest(u"1 validation error detected: UserEmailList holds %1 "
                                         "addresses; at most %2 are allowed."_s.arg(emails.size()).arg(maxUserEmailList));
    }
    for (const QJsonValue &email : emails) {
        if (!email.isString() || !ChimeRequestBuilder::isEmailAddress(email.toString()))
            return EmulatorReply::badRequest(u"1 validation error detected: every item of "
                                             "UserEmailList must satisfy the pattern .+@.+\\..+."_s);
    }
    const std::optional<UserTypeValue> userType = userTypeIn(request);
    if (!userType)
        return EmulatorReply::badRequest(u"UserType is not valid."_s);
    QJsonArray invites;
    for (const QJsonValue &value : emails) {
        const QString email = value.toString();
        Invite invite { QUuid::createUuid().toString(QUuid::WithoutBraces), InviteStatus::Failed,
                        email, EmailStatus::NotSent };
        if (!hasEmail(*entry, email)) {
            User user = newUser(*entry, email, *userType);
            user.userInvitationStatus = InviteStatus::Pending;
            user.invitedOn = QDateTime::currentDateTimeUtc();
            entry->users.append(std::move(user));
            entry->userIndex.insert(entry->users.constLast().userId, entry->users.size() - 1);
            invite.status = InviteStatus::Pending;
            invite.emailStatus = EmailStatus::Sent;
        }
        invites.append(WireJson::writeInvite(invite));
    }
    return EmulatorReply::created(QJsonObject { { "Invites"_L1, invites } });
}

EmulatorReply EmulatorStore::createUser(const QString &accountId, const QByteArray &body)
{
    const auto account = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&account))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(account);
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonValue email = request.value("Email"_L1);
    const QJsonValue username = request.value("Username"_L1);
    // The model does not require an address; one that is given must look like one.
    if (!email.isUndefined() && (!email.isString() || !ChimeRequestBuilder::isEmailAddress(email.toString())))
        return EmulatorReply::badRequest(u"1 validation error detected: Email must satisfy the pattern .+@.+\\..+."_s);
    if (!username.isUndefined() && !username.isString())
        return EmulatorReply::badRequest(u"Username must be a string."_s);
    const std::optional<UserTypeValue> userType = userTypeIn(request);
    if (!userType)
        return EmulatorReply::badRequest(u"UserType is not valid."_s);
    if (email.isString() && hasEmail(*entry, email.toString()))
        return EmulatorReply::error(409, "ConflictException", u"Conflict"_s,
                                    u"A user with this email address already exists in the account."_s);
    User user = newUser(*entry, email.toString(), *userType);
    if (!email.isString())
        user.primaryEmail.reset();
    if (username.isString() && !username.toString().isEmpty())
        user.displayName = username.toString();
    entry->users.append(user);
    entry->userIndex.insert(user.userId, entry->users.size() - 1);
    return EmulatorReply::created(userReplyBody(user));
}

namespace {

bool isAccountName(const QJsonValue &name)
{
    static const QRegularExpression pattern(u".*\\S.*"_s);
    return name.isString() && !name.toString().isEmpty() && name.toString().size() <= 100
        && pattern.match(name.toString()).hasMatch();
}

const QString badAccountName = u"1 validation error detected: Name must have length between 1 and 100 "
                               "and satisfy regular expression pattern: .*\\S.*"_s;

const QString retentionRefusal = u"Retention settings are for Enterprise accounts only."_s;
const QString delegateGroupsRefusal = u"Sign-in delegate groups are for Active Directory accounts only."_s;

bool isActiveDirectory(const Account &account)
{
    return account.accountType == AccountType::EnterpriseDirectory;
}

bool isEnterprise(const Account &account)
{
    return account.accountType == AccountType::EnterpriseDirectory
        || account.accountType == AccountType::EnterpriseLWA
        || account.accountType == AccountType::EnterpriseOIDC;
}

QJsonObject retentionAnswer(const RetentionSettings &retention)
{
    QJsonObject answer { { "RetentionSettings"_L1, WireJson::writeRetentionSettings(retention) } };
    if (retention.initiateDeletionTimestamp)
        answer.insert("InitiateDeletionTimestamp"_L1, WireJson::writeTimestamp(*retention.initiateDeletionTimestamp));
    return answer;
}

} // namespace

EmulatorReply EmulatorStore::updateAccount(const QString &accountId, const QByteArray &body)
{
    const auto found = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonValue name = request.value("Name"_L1);
    const QJsonValue license = request.value("DefaultLicense"_L1);
    if (!name.isUndefined() && !isAccountName(name))
        return EmulatorReply::badRequest(badAccountName);
    if (!license.isUndefined()
        && !entry->account.supportedLicenses.contains(LicenseValue::fromWire(license.toString()))) {
        return EmulatorReply::badRequest(u"DefaultLicense %1 is not a license this account supports."_s
                                             .arg(license.toString()));
    }
    if (name.isString())
        entry->account.name = name.toString();
    if (license.isString())
        entry->account.defaultLicense = LicenseValue::fromWire(license.toString());
    return EmulatorReply::ok(QJsonObject { { "Account"_L1, WireJson::writeAccount(entry->account) } }, true);
}

EmulatorReply EmulatorStore::getAccountSettings(const QString &accountId)
{
    const auto found = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    return EmulatorReply::ok(QJsonObject {
        { "AccountSettings"_L1, WireJson::writeAccountSettings(std::get<EmulatorAccount *>(found)->settings) } });
}

EmulatorReply EmulatorStore::updateAccountSettings(const QString &accountId, const QByteArray &body)
{
    const auto found = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    const QJsonValue settings = QJsonDocument::fromJson(body).object().value("AccountSettings"_L1);
    QString error;
    const std::optional<AccountSettings> update
        = settings.isObject() ? WireJson::readAccountSettings(settings.toObject(), &error) : std::nullopt;
    if (!update)
        return EmulatorReply::badRequest(error.isEmpty() ? u"AccountSettings is required."_s : error);
    AccountSettings &held = std::get<EmulatorAccount *>(found)->settings;
    if (update->disableRemoteControl)
        held.disableRemoteControl = update->disableRemoteControl;
    if (update->enableDialOut)
        held.enableDialOut = update->enableDialOut;
    return EmulatorReply::noContent(true);
}

EmulatorReply EmulatorStore::getRetentionSettings(const QString &accountId)
{
    const auto found = accountWhere(accountId, isEnterprise, retentionRefusal);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    const EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    return EmulatorReply::ok(retentionAnswer(entry->retention));
}

EmulatorReply EmulatorStore::putRetentionSettings(const QString &accountId, const QByteArray &body)
{
    const auto found = accountWhere(accountId, isEnterprise, retentionRefusal);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    QString error;
    const std::optional<RetentionSettings> retention
        = WireJson::readRetentionSettings(QJsonDocument::fromJson(body).object(), &error);
    if (!retention || !QJsonDocument::fromJson(body).object().value("RetentionSettings"_L1).isObject())
        return EmulatorReply::badRequest(error.isEmpty() ? u"RetentionSettings is required."_s : error);
    for (const std::optional<int> &days : { retention->roomRetentionDays, retention->conversationRetentionDays }) {
        if (days && (*days < 1 || *days > ChimeRequestBuilder::longestRetentionDays))
            return EmulatorReply::badRequest(u"1 validation error detected: RetentionDays must be between 1 and 5475."_s);
    }
    entry->retention = *retention;
    const bool keepsAll = !retention->roomRetentionDays && !retention->conversationRetentionDays;
    entry->retention.initiateDeletionTimestamp = keepsAll
        ? std::nullopt
        : std::optional(QDateTime::currentDateTimeUtc().addDays(1));
    return EmulatorReply::noContent(true);
}

EmulatorReply EmulatorStore::associateSigninDelegateGroups(const QString &accountId, const QByteArray &body)
{
    const auto found = accountWhere(accountId, isActiveDirectory, delegateGroupsRefusal);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    const QJsonValue groups = QJsonDocument::fromJson(body).object().value("SigninDelegateGroups"_L1);
    if (!groups.isArray())
        return EmulatorReply::badRequest(u"SigninDelegateGroups is required."_s);
    QList<QString> names;
    for (const QJsonValue &group : groups.toArray()) {
        const QJsonValue name = group.toObject().value("GroupName"_L1);
        if (!name.isString() || isBlank(name.toString()))
            return EmulatorReply::badRequest(u"Every GroupName must be a non-blank string."_s);
        names.append(name.toString());
    }
    for (const QString &name : std::as_const(names)) {
        if (!entry->account.signinDelegateGroups.contains(SigninDelegateGroup { name }))
            entry->account.signinDelegateGroups.append({ name });
    }
    return EmulatorReply::ok({}, true);
}

EmulatorReply EmulatorStore::disassociateSigninDelegateGroups(const QString &accountId, const QByteArray &body)
{
    const auto found = accountWhere(accountId, isActiveDirectory, delegateGroupsRefusal);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    const QJsonValue names = QJsonDocument::fromJson(body).object().value("GroupNames"_L1);
    if (!names.isArray() || names.toArray().isEmpty())
        return EmulatorReply::badRequest(u"1 validation error detected: GroupNames must hold at least one name."_s);
    for (const QJsonValue &name : names.toArray())
        entry->account.signinDelegateGroups.removeAll(SigninDelegateGroup { name.toString() });
    return EmulatorReply::ok({}, true);
}

EmulatorReply EmulatorStore::createAccount(const QByteArray &body)
{
    const QJsonValue name = QJsonDocument::fromJson(body).object().value("Name"_L1);
    if (!isAccountName(name))
        return EmulatorReply::badRequest(badAccountName);
    EmulatorAccount entry;
    entry.account.accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.account.awsAccountId = m_accounts.isEmpty() ? u"111122223333"_s : m_accounts.first().account.awsAccountId;
    entry.account.name = name.toString();
    entry.account.accountType = AccountType::Team;
    entry.account.accountStatus = AccountStatus::Active;
    entry.account.createdTimestamp = QDateTime::currentDateTimeUtc();
    entry.account.defaultLicense = License::Pro;
    entry.account.supportedLicenses = { License::Basic, License::Pro };
    m_accounts.append(entry);
    return EmulatorReply::created(QJsonObject { { "Account"_L1, WireJson::writeAccount(entry.account) } });
}

EmulatorReply EmulatorStore::deleteAccount(const QString &accountId)
{
    const auto found = accountFor(accountId);
    if (const auto *refused = std::get_if<EmulatorReply>(&found))
        return *refused;
    EmulatorAccount *entry = std::get<EmulatorAccount *>(found);
    const bool allSuspended = std::all_of(entry->users.cbegin(), entry->users.cend(), [](const User &user) {
        return user.userRegistrationStatus == RegistrationStatus::Suspended;
    });
    if (!allSuspended) {
        return EmulatorReply::error(
            422, "UnprocessableEntityException", u"UnprocessableEntity"_s,
            entry->account.accountType == AccountType::Team
                ? u"Suspend every user of the Team account before deleting it."_s
                : u"Release the account's claimed domains before deleting it; that suspends its users."_s);
    }
    entry->disabled = true;
    entry->account.accountStatus = AccountStatus::Suspended;
    return EmulatorReply::noContent(true);
}

QByteArray EmulatorStore::toJson() const
{
    QJsonArray accounts;
    for (const EmulatorAccount &entry : m_accounts) {
        QJsonArray users;
        for (const User &user : entry.users) {
            QJsonObject written = WireJson::writeUser(user);
            // Not a member of the wire's User; kept beside it.
            if (user.telephony)
                written.insert("UserSettings"_L1, WireJson::writeUserSettings(*user.telephony));
            users.append(written);
        }
        accounts.append(QJsonObject { { "Account"_L1, WireJson::writeAccount(entry.account) },
                                      { "Users"_L1, users },
                                      { "AccountSettings"_L1, WireJson::writeAccountSettings(entry.settings) },
                                      { "Retention"_L1, retentionAnswer(entry.retention) },
                                      { "Disabled"_L1, entry.disabled } });
    }
    return QJsonDocument(QJsonObject { { "Version"_L1, 1 }, { "Accounts"_L1, accounts } }).toJson();
}

std::optional<EmulatorStore> EmulatorStore::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (document.object().value("Version"_L1).toInt() != 1) {
        *error = u"unsupported state file version"_s;
        return std::nullopt;
    }
    QList<EmulatorAccount> accounts;
    for (const QJsonValue &value : document.object().value("Accounts"_L1).toArray()) {
        EmulatorAccount entry;
        std::optional<Account> account = WireJson::readAccount(value["Account"_L1].toObject(), error);
        if (!account)
            return std::nullopt;
        entry.account = std::move(*account);
        for (const QJsonValue &userValue : value["Users"_L1].toArray()) {
            std::optional<User> user = WireJson::readUser(userValue.toObject(), error);
            if (!user)
                return std::nullopt;
            if (const QJsonValue settings = userValue["UserSettings"_L1]; settings.isObject()) {
                user->telephony = WireJson::readUserSettings(settings.toObject(), error);
                if (!user->telephony)
                    return std::nullopt;
            }
            entry.users.append(std::move(*user));
        }
        if (const QJsonValue settings = value["AccountSettings"_L1]; settings.isObject()) {
            std::optional<AccountSettings> read = WireJson::readAccountSettings(settings.toObject(), error);
            if (!read)
                return std::nullopt;
            entry.settings = *read;
        }
        if (const QJsonValue retention = value["Retention"_L1]; retention.isObject()) {
            std::optional<RetentionSettings> read = WireJson::readRetentionSettings(retention.toObject(), error);
            if (!read)
                return std::nullopt;
            entry.retention = *read;
        }
        entry.disabled = value["Disabled"_L1].toBool();
        entry.rebuildIndex();
        accounts.append(std::move(entry));
    }
    return EmulatorStore(std::move(accounts));
}
