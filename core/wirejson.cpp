#include "core/wirejson.h"

#include <QJsonArray>

#include <climits>

namespace WireJson {

namespace {

using namespace Qt::StringLiterals;

// Reads the members of one JSON object and remembers the first type error it meets.
class MemberReader
{
public:
    MemberReader(const QJsonObject &object, QString context, QString *error)
        : m_object(object)
        , m_context(std::move(context))
        , m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    std::optional<QString> string(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString())
            return fail<QString>(key, u"a string"_s);
        return value.toString();
    }

    QString requiredString(QLatin1StringView key)
    {
        std::optional<QString> value = string(key);
        if (m_ok && !value) {
            fail<QString>(key, u"present"_s);
            return {};
        }
        return value.value_or(QString());
    }

    std::optional<int> integer(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || number < INT_MIN || number > INT_MAX)
            return fail<int>(key, u"a whole number"_s);
        return int(number);
    }

    bool requiredBoolean(QLatin1StringView key)
    {
        std::optional<bool> value = boolean(key);
        if (m_ok && !value)
            fail<bool>(key, u"present"_s);
        return value.value_or(false);
    }

    std::optional<bool> boolean(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool())
            return fail<bool>(key, u"true or false"_s);
        return value.toBool();
    }

    template<typename E>
    WireEnum<E> enumValue(QLatin1StringView key)
    {
        const std::optional<QString> name = string(key);
        return name ? WireEnum<E>::fromWire(*name) : WireEnum<E>();
    }

    std::optional<QDateTime> timestamp(QLatin1StringView key)
    {
        bool valid = true;
        std::optional<QDateTime> time = readTimestamp(m_object.value(key), &valid);
        if (!valid)
            return fail<QDateTime>(key, u"a timestamp"_s);
        return time;
    }

    std::optional<QJsonArray> array(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray())
            return fail<QJsonArray>(key, u"a list"_s);
        return value.toArray();
    }

    std::optional<QJsonObject> object(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject())
            return fail<QJsonObject>(key, u"an object"_s);
        return value.toObject();
    }

    void failWith(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message;
        m_ok = false;
    }

    const QString &context() const { return m_context; }

private:
    template<typename T>
    std::optional<T> fail(QLatin1StringView key, const QString &expected)
    {
        failWith(u"%1.%2 is not %3"_s.arg(m_context, key, expected));
        return std::nullopt;
    }

    QJsonObject m_object;
    QString m_context;
    QString *m_error;
    bool m_ok = true;
};

std::optional<AlexaForBusinessMetadata> readAlexaMetadata(MemberReader &reader)
{
    const std::optional<QJsonObject> object = reader.object("AlexaForBusinessMetadata"_L1);
    if (!object)
        return std::nullopt;
    QString error;
    MemberReader inner(*object, reader.context() + u".AlexaForBusinessMetadata"_s, &error);
    AlexaForBusinessMetadata metadata;
    metadata.isAlexaForBusinessEnabled = inner.boolean("IsAlexaForBusinessEnabled"_L1);
    metadata.alexaForBusinessRoomArn = inner.string("AlexaForBusinessRoomArn"_L1);
    if (!inner.ok()) {
        reader.failWith(error);
        return std::nullopt;
    }
    return metadata;
}

QJsonObject writeAlexaMetadata(const AlexaForBusinessMetadata &metadata)
{
    QJsonObject object;
    if (metadata.isAlexaForBusinessEnabled)
        object.insert("IsAlexaForBusinessEnabled"_L1, *metadata.isAlexaForBusinessEnabled);
    if (metadata.alexaForBusinessRoomArn)
        object.insert("AlexaForBusinessRoomArn"_L1, *metadata.alexaForBusinessRoomArn);
    return object;
}

template<typename T>
void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<T> &value)
{
    object.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

void insertTimestamp(QJsonObject &object, QLatin1StringView key,
                     const std::optional<QDateTime> &value)
{
    object.insert(key, value ? QJsonValue(writeTimestamp(*value)) : QJsonValue(QJsonValue::Null));
}

template<typename E>
void insertEnum(QJsonObject &object, QLatin1StringView key, const WireEnum<E> &value)
{
    object.insert(key, value.isSet() ? QJsonValue(value.wireName()) : QJsonValue(QJsonValue::Null));
}

// Epoch seconds, only within the years QDateTime and people can use (1 to 9999): anything
// else is not a time but garbage, and converting it would overflow.
std::optional<QDateTime> fromEpochSeconds(double seconds, bool *ok)
{
    constexpr double earliest = -62135596800.0; // 0001-01-01T00:00:00Z
    constexpr double latest = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!(seconds >= earliest && seconds <= latest)) {
        *ok = false;
        return std::nullopt;
    }
    return QDateTime::fromMSecsSinceEpoch(qRound64(seconds * 1000.0), Qt::UTC);
}

} // namespace

std::optional<QDateTime> readTimestamp(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble())
        return fromEpochSeconds(value.toDouble(), ok);
    if (value.isString()) {
        const QString text = value.toString();
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without an offset the wire's time is UTC, never this computer's local time (in which
        // it could even fall into a daylight-saving gap and be invalid).
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
            const QDateTime asUtc = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
            if (asUtc.isValid())
                time = asUtc;
        }
        if (!time.isValid()) {
            bool isNumber = false;
            const double seconds = text.toDouble(&isNumber);
            if (isNumber)
                return fromEpochSeconds(seconds, ok);
        }
        if (time.isValid())
            return time.toUTC();
    }
    *ok = false;
    return std::nullopt;
}

QString writeTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<Account> readAccount(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"Account"_s, error);
    Account account;
    account.accountId = reader.requiredString("AccountId"_L1);
    account.awsAccountId = reader.string("AwsAccountId"_L1).value_or(QString());
    account.name = reader.string("Name"_L1).value_or(QString());
    account.accountType = reader.enumValue<AccountType>("AccountType"_L1);
    account.accountStatus = reader.enumValue<AccountStatus>("AccountStatus"_L1);
    account.createdTimestamp = reader.timestamp("CreatedTimestamp"_L1);
    account.defaultLicense = reader.enumValue<License>("DefaultLicense"_L1);
    if (const std::optional<QJsonArray> licenses = reader.array("SupportedLicenses"_L1)) {
        for (const QJsonValue &license : *licenses) {
            if (!license.isString()) {
                reader.failWith(u"Account.SupportedLicenses holds a value that is not a string"_s);
                break;
            }
            account.supportedLicenses.append(LicenseValue::fromWire(license.toString()));
        }
    }
    if (const std::optional<QJsonArray> groups = reader.array("SigninDelegateGroups"_L1)) {
        for (const QJsonValue &group : *groups) {
            MemberReader groupReader(group.toObject(), u"Account.SigninDelegateGroups"_s, error);
            if (!group.isObject())
                groupReader.failWith(u"Account.SigninDelegateGroups holds a non-object"_s);
            account.signinDelegateGroups.append(
                { groupReader.string("GroupName"_L1).value_or(QString()) });
            if (!groupReader.ok()) {
                reader.failWith(*error);
                break;
            }
        }
    }
    if (!reader.ok())
        return std::nullopt;
    return account;
}

std::optional<User> readUser(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"User"_s, error);
    User user;
    user.userId = reader.requiredString("UserId"_L1);
    user.accountId = reader.string("AccountId"_L1);
    user.primaryEmail = reader.string("PrimaryEmail"_L1);
    user.primaryProvisionedNumber = reader.string("PrimaryProvisionedNumber"_L1);
    user.displayName = reader.string("DisplayName"_L1);
    user.licenseType = reader.enumValue<License>("LicenseType"_L1);
    user.userType = reader.enumValue<UserType>("UserType"_L1);
    user.userRegistrationStatus = reader.enumValue<RegistrationStatus>("UserRegistrationStatus"_L1);
    user.userInvitationStatus = reader.enumValue<InviteStatus>("UserInvitationStatus"_L1);
    user.registeredOn = reader.timestamp("RegisteredOn"_L1);
    user.invitedOn = reader.timestamp("InvitedOn"_L1);
    user.alexaForBusinessMetadata = readAlexaMetadata(reader);
    user.personalPin = reader.string("PersonalPIN"_L1);
    if (!reader.ok())
        return std::nullopt;
    return user;
}

std::optional<UserError> readUserError(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"UserError"_s, error);
    UserError userError;
    userError.userId = reader.string("UserId"_L1).value_or(QString());
    userError.errorCode = reader.string("ErrorCode"_L1).value_or(QString());
    userError.errorMessage = reader.string("ErrorMessage"_L1).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return userError;
}

std::optional<UserUpdate> readUserUpdate(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"UpdateUserRequestItem"_s, error);
    UserUpdate update;
    update.userId = reader.string("UserId"_L1).value_or(QString());
    update.licenseType = reader.enumValue<License>("LicenseType"_L1);
    update.userType = reader.enumValue<UserType>("UserType"_L1);
    update.alexaForBusinessMetadata = readAlexaMetadata(reader);
    if (!reader.ok())
        return std::nullopt;
    return update;
}

std::optional<TelephonySettings> readUserSettings(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"UserSettings"_s, error);
    const std::optional<QJsonObject> telephony = reader.object("Telephony"_L1);
    if (reader.ok() && !telephony)
        reader.failWith(u"UserSettings.Telephony is not present"_s);
    if (!reader.ok())
        return std::nullopt;
    MemberReader inner(*telephony, u"UserSettings.Telephony"_s, error);
    TelephonySettings settings;
    settings.inboundCalling = inner.requiredBoolean("InboundCalling"_L1);
    settings.outboundCalling = inner.requiredBoolean("OutboundCalling"_L1);
    settings.sms = inner.requiredBoolean("SMS"_L1);
    if (!inner.ok())
        return std::nullopt;
    return settings;
}

std::optional<AccountSettings> readAccountSettings(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"AccountSettings"_s, error);
    AccountSettings settings { reader.boolean("DisableRemoteControl"_L1), reader.boolean("EnableDialOut"_L1) };
    if (!reader.ok())
        return std::nullopt;
    return settings;
}

namespace {

std::optional<int> retentionDays(MemberReader &reader, QLatin1StringView key)
{
    const std::optional<QJsonObject> period = reader.object(key);
    if (!period)
        return std::nullopt;
    QString error;
    MemberReader inner(*period, reader.context() + u'.' + key, &error);
    const std::optional<int> days = inner.integer("RetentionDays"_L1);
    if (!inner.ok())
        reader.failWith(error);
    return days;
}

} // namespace

std::optional<RetentionSettings> readRetentionSettings(const QJsonObject &answer, QString *error)
{
    MemberReader reader(answer, u"RetentionSettings"_s, error);
    RetentionSettings settings;
    if (const std::optional<QJsonObject> retention = reader.object("RetentionSettings"_L1)) {
        MemberReader inner(*retention, u"RetentionSettings"_s, error);
        settings.roomRetentionDays = retentionDays(inner, "RoomRetentionSettings"_L1);
        settings.conversationRetentionDays = retentionDays(inner, "ConversationRetentionSettings"_L1);
        if (!inner.ok())
            return std::nullopt;
    }
    settings.initiateDeletionTimestamp = reader.timestamp("InitiateDeletionTimestamp"_L1);
    if (!reader.ok())
        return std::nullopt;
    return settings;
}

QJsonObject writeAccountSettings(const AccountSettings &settings)
{
    QJsonObject object;
    if (settings.disableRemoteControl)
        object.insert("DisableRemoteControl"_L1, *settings.disableRemoteControl);
    if (settings.enableDialOut)
        object.insert("EnableDialOut"_L1, *settings.enableDialOut);
    return object;
}

QJsonObject writeRetentionSettings(const RetentionSettings &settings)
{
    QJsonObject retention;
    if (settings.roomRetentionDays)
        retention.insert("RoomRetentionSettings"_L1, QJsonObject { { "RetentionDays"_L1, *settings.roomRetentionDays } });
    if (settings.conversationRetentionDays)
        retention.insert("ConversationRetentionSettings"_L1,
                         QJsonObject { { "RetentionDays"_L1, *settings.conversationRetentionDays } });
    return retention;
}

std::optional<Invite> readInvite(const QJsonObject &object, QString *error)
{
    MemberReader reader(object, u"Invite"_s, error);
    Invite invite;
    invite.inviteId = reader.string("InviteId"_L1);
    invite.status = reader.enumValue<InviteStatus>("Status"_L1);
    invite.emailAddress = reader.string("EmailAddress"_L1);
    invite.emailStatus = reader.enumValue<EmailStatus>("EmailStatus"_L1);
    if (!reader.ok())
        return std::nullopt;
    return invite;
}

QJsonObject writeUserSettings(const TelephonySettings &telephony)
{
    return QJsonObject { { "Telephony"_L1, QJsonObject { { "InboundCalling"_L1, telephony.inboundCalling },
                                                         { "OutboundCalling"_L1, telephony.outboundCalling },
                                                         { "SMS"_L1, telephony.sms } } } };
}

QJsonObject writeInvite(const Invite &invite)
{
    QJsonObject object;
    if (invite.inviteId)
        object.insert("InviteId"_L1, *invite.inviteId);
    if (invite.status.isSet())
        object.insert("Status"_L1, invite.status.wireName());
    if (invite.emailAddress)
        object.insert("EmailAddress"_L1, *invite.emailAddress);
    if (invite.emailStatus.isSet())
        object.insert("EmailStatus"_L1, invite.emailStatus.wireName());
    return object;
}

QJsonObject writeAccount(const Account &account)
{
    QJsonObject object;
    object.insert("AccountId"_L1, account.accountId);
    object.insert("AwsAccountId"_L1, account.awsAccountId);
    object.insert("Name"_L1, account.name);
    insertEnum(object, "AccountType"_L1, account.accountType);
    insertEnum(object, "AccountStatus"_L1, account.accountStatus);
    insertTimestamp(object, "CreatedTimestamp"_L1, account.createdTimestamp);
    insertEnum(object, "DefaultLicense"_L1, account.defaultLicense);
    QJsonArray licenses;
    for (const LicenseValue &license : account.supportedLicenses)
        licenses.append(license.wireName());
    object.insert("SupportedLicenses"_L1, licenses);
    QJsonArray groups;
    for (const SigninDelegateGroup &group : account.signinDelegateGroups)
        groups.append(QJsonObject { { "GroupName"_L1, group.groupName } });
    object.insert("SigninDelegateGroups"_L1, groups);
    return object;
}

QJsonObject writeUser(const User &user)
{
    QJsonObject object;
    object.insert("UserId"_L1, user.userId);
    insertOptional(object, "AccountId"_L1, user.accountId);
    insertOptional(object, "PrimaryEmail"_L1, user.primaryEmail);
    insertOptional(object, "PrimaryProvisionedNumber"_L1, user.primaryProvisionedNumber);
    insertOptional(object, "DisplayName"_L1, user.displayName);
    insertEnum(object, "LicenseType"_L1, user.licenseType);
    insertEnum(object, "UserType"_L1, user.userType);
    insertEnum(object, "UserRegistrationStatus"_L1, user.userRegistrationStatus);
    insertEnum(object, "UserInvitationStatus"_L1, user.userInvitationStatus);
    insertTimestamp(object, "RegisteredOn"_L1, user.registeredOn);
    insertTimestamp(object, "InvitedOn"_L1, user.invitedOn);
    if (user.alexaForBusinessMetadata)
        object.insert("AlexaForBusinessMetadata"_L1, writeAlexaMetadata(*user.alexaForBusinessMetadata));
    else
        object.insert("AlexaForBusinessMetadata"_L1, QJsonValue::Null);
    insertOptional(object, "PersonalPIN"_L1, user.personalPin);
    return object;
}

QJsonObject writeUserError(const UserError &userError)
{
    return QJsonObject { { "UserId"_L1, userError.userId },
                         { "ErrorCode"_L1, userError.errorCode },
                         { "ErrorMessage"_L1, userError.errorMessage } };
}

QJsonObject writeUserUpdate(const UserUpdate &update, bool withUserId)
{
    QJsonObject object;
    if (withUserId)
        object.insert("UserId"_L1, update.userId);
    if (update.licenseType.isSet())
        object.insert("LicenseType"_L1, update.licenseType.wireName());
    if (update.userType.isSet())
        object.insert("UserType"_L1, update.userType.wireName());
    if (update.alexaForBusinessMetadata)
        object.insert("AlexaForBusinessMetadata"_L1, writeAlexaMetadata(*update.alexaForBusinessMetadata));
    return object;
}

} // namespace WireJson
