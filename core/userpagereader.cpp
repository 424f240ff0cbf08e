#include "core/userpagereader.h"

#include "core/wirejson.h"

#include <QJsonValue>

#include <cstring>

namespace UserPageReader {

namespace {

// Nesting this deep in a member the reader does not know is left to the general way.
constexpr int maxSkipDepth = 64;

// A forward-only reader of the few JSON forms the fast way takes. Every read returns false for
// anything else, and the whole page is then read the general way.
class Reader
{
public:
    explicit Reader(QByteArrayView body)
        : m_at(body.data())
        , m_end(body.data() + body.size())
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    char peek()
    {
        skipSpace();
        return m_at < m_end ? *m_at : '\0';
    }

    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    bool takeWord(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_at < word.size() || QByteArrayView(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    // A string without escapes or control characters, as its UTF-8 bytes; `ascii` says whether
    // they are all ASCII.
    bool rawString(QByteArrayView *text, bool *ascii)
    {
        if (!take('"'))
            return false;
        const char *start = m_at;
        unsigned char high = 0;
        while (m_at < m_end) {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                *text = QByteArrayView(start, m_at - start);
                *ascii = high < 0x80;
                ++m_at;
                return true;
            }
            if (c == '\\' || c < 0x20)
                return false;
            high |= c;
            ++m_at;
        }
        return false;
    }

    // A string member's value: a string (set) or null (not provided).
    bool optionalString(std::optional<QString> *value)
    {
        if (takeWord("null")) {
            value->reset();
            return true;
        }
        QByteArrayView bytes;
        bool ascii = false;
        if (!rawString(&bytes, &ascii))
            return false;
        QString text = ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
        // Invalid UTF-8 is an error the general way; a real U+FFFD goes that way too.
        if (!ascii && text.contains(QChar::ReplacementCharacter))
            return false;
        *value = std::move(text);
        return true;
    }

    bool optionalBool(std::optional<bool> *value)
    {
        if (takeWord("null"))
            value->reset();
        else if (takeWord("true"))
            *value = true;
        else if (takeWord("false"))
            *value = false;
        else
            return false;
        return true;
    }

    // Any value the fast way takes, read and dropped (a member this client does not know).
    bool skipValue(int depth = 0)
    {
        if (depth > maxSkipDepth)
            return false;
        switch (peek()) {
        case '"': {
            QByteArrayView text;
            bool ascii = false;
            if (!rawString(&text, &ascii))
                return false;
            // Validity of UTF-8 matters even for an unknown member: the general way refuses it.
            return ascii || !QString::fromUtf8(text).contains(QChar::ReplacementCharacter);
        }
        case 'n':
            return takeWord("null");
        case 't':
            return takeWord("true");
        case 'f':
            return takeWord("false");
        case '[':
            ++m_at;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case '{':
            ++m_at;
            if (take('}'))
                return true;
            do {
                QByteArrayView key;
                bool ascii = false;
                if (!rawString(&key, &ascii) || !ascii || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        default:
            return false; // numbers and anything invalid
        }
    }

private:
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    const char *m_at;
    const char *m_end;
};

// The value of a known wire name without making a QString of it; any other name as
// WireEnum::fromWire keeps it.
template<typename E>
WireEnum<E> enumFromWire(QByteArrayView name, bool ascii)
{
    if (ascii) {
        for (const auto &[value, wireName] : WireEnumNames<E>::names) {
            if (QLatin1StringView(name) == QStringView(wireName))
                return WireEnum<E>(value);
        }
    }
    return WireEnum<E>::fromWire(ascii ? QString::fromLatin1(name) : QString::fromUtf8(name));
}

template<typename E>
bool optionalEnum(Reader &reader, WireEnum<E> *value)
{
    if (reader.takeWord("null")) {
        *value = WireEnum<E>();
        return true;
    }
    QByteArrayView name;
    bool ascii = false;
    if (!reader.rawString(&name, &ascii))
        return false;
    if (!ascii && QString::fromUtf8(name).contains(QChar::ReplacementCharacter))
        return false;
    *value = enumFromWire<E>(name, ascii);
    return true;
}

bool optionalTimestamp(Reader &reader, std::optional<QDateTime> *value)
{
    if (reader.takeWord("null")) {
        value->reset();
        return true;
    }
    QByteArrayView text;
    bool ascii = false;
    if (!reader.rawString(&text, &ascii) || !ascii)
        return false;
    if (std::optional<QDateTime> time = isoUtcTimestamp(text)) {
        *value = std::move(time);
        return true;
    }
    bool valid = true;
    *value = WireJson::readTimestamp(QJsonValue(QString::fromLatin1(text)), &valid);
    return valid;
}

bool alexaMetadata(Reader &reader, std::optional<AlexaForBusinessMetadata> *value)
{
    if (reader.takeWord("null")) {
        value->reset();
        return true;
    }
    if (!reader.take('{'))
        return false;
    AlexaForBusinessMetadata metadata;
    bool seenEnabled = false;
    bool seenArn = false;
    if (!reader.take('}')) {
        do {
            QByteArrayView key;
            bool ascii = false;
            if (!reader.rawString(&key, &ascii) || !ascii || !reader.take(':'))
                return false;
            if (key == "IsAlexaForBusinessEnabled") {
                if (std::exchange(seenEnabled, true)
                    || !reader.optionalBool(&metadata.isAlexaForBusinessEnabled))
                    return false;
            } else if (key == "AlexaForBusinessRoomArn") {
                if (std::exchange(seenArn, true)
                    || !reader.optionalString(&metadata.alexaForBusinessRoomArn))
                    return false;
            } else if (!reader.skipValue()) {
                return false;
            }
        } while (reader.take(','));
        if (!reader.take('}'))
            return false;
    }
    *value = std::move(metadata);
    return true;
}

enum Member : unsigned {
    UserIdMember = 1u << 0,
    AccountIdMember = 1u << 1,
    PrimaryEmailMember = 1u << 2,
    PrimaryProvisionedNumberMember = 1u << 3,
    DisplayNameMember = 1u << 4,
    LicenseTypeMember = 1u << 5,
    UserTypeMember = 1u << 6,
    UserRegistrationStatusMember = 1u << 7,
    UserInvitationStatusMember = 1u << 8,
    RegisteredOnMember = 1u << 9,
    InvitedOnMember = 1u << 10,
    AlexaForBusinessMetadataMember = 1u << 11,
    PersonalPinMember = 1u << 12,
};

Member memberOf(QByteArrayView key)
{
    static constexpr std::pair<QByteArrayView, Member> members[] = {
        { "UserId", UserIdMember },
        { "AccountId", AccountIdMember },
        { "PrimaryEmail", PrimaryEmailMember },
        { "PrimaryProvisionedNumber", PrimaryProvisionedNumberMember },
        { "DisplayName", DisplayNameMember },
        { "LicenseType", LicenseTypeMember },
        { "UserType", UserTypeMember },
        { "UserRegistrationStatus", UserRegistrationStatusMember },
        { "UserInvitationStatus", UserInvitationStatusMember },
        { "RegisteredOn", RegisteredOnMember },
        { "InvitedOn", InvitedOnMember },
        { "AlexaForBusinessMetadata", AlexaForBusinessMetadataMember },
        { "PersonalPIN", PersonalPinMember },
    };
    for (const auto &[name, member] : members) {
        if (key.size() == name.size() && std::memcmp(key.data(), name.data(), size_t(key.size())) == 0)
            return member;
    }
    return Member(0);
}

// One user object, as WireJson::readUser reads it.
bool readUser(Reader &reader, User *user, QString *sharedAccountId)
{
    if (!reader.take('{'))
        return false;
    unsigned seen = 0;
    std::optional<QString> userId;
    if (!reader.take('}')) {
        do {
            QByteArrayView key;
            bool ascii = false;
            if (!reader.rawString(&key, &ascii) || !ascii || !reader.take(':'))
                return false;
            const Member member = memberOf(key);
            if (member != 0 && (seen & member) != 0)
                return false; // a repeated member: the general way decides which counts
            seen |= member;
            bool ok = true;
            switch (member) {
            case UserIdMember:
                ok = reader.optionalString(&userId);
                break;
            case AccountIdMember:
                ok = reader.optionalString(&user->accountId);
                // Every user of a page names the same account: share one copy of its id.
                if (ok && user->accountId && *sharedAccountId == *user->accountId)
                    user->accountId = *sharedAccountId;
                else if (ok && user->accountId)
                    *sharedAccountId = *user->accountId;
                break;
            case PrimaryEmailMember:
                ok = reader.optionalString(&user->primaryEmail);
                break;
            case PrimaryProvisionedNumberMember:
                ok = reader.optionalString(&user->primaryProvisionedNumber);
                break;
            case DisplayNameMember:
                ok = reader.optionalString(&user->displayName);
                break;
            case LicenseTypeMember:
                ok = optionalEnum(reader, &user->licenseType);
                break;
            case UserTypeMember:
                ok = optionalEnum(reader, &user->userType);
                break;
            case UserRegistrationStatusMember:
                ok = optionalEnum(reader, &user->userRegistrationStatus);
                break;
            case UserInvitationStatusMember:
                ok = optionalEnum(reader, &user->userInvitationStatus);
                break;
            case RegisteredOnMember:
                ok = optionalTimestamp(reader, &user->registeredOn);
                break;
            case InvitedOnMember:
                ok = optionalTimestamp(reader, &user->invitedOn);
                break;
            case AlexaForBusinessMetadataMember:
                ok = alexaMetadata(reader, &user->alexaForBusinessMetadata);
                break;
            case PersonalPinMember:
                ok = reader.optionalString(&user->personalPin);
                break;
            default:
                ok = reader.skipValue();
                break;
            }
            if (!ok)
                return false;
        } while (reader.take(','));
        if (!reader.take('}'))
            return false;
    }
    // UserId is required: without it the general way gives the error.
    if (!userId)
        return false;
    user->userId = std::move(*userId);
    return true;
}

int digits(QByteArrayView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> isoUtcTimestamp(QByteArrayView text)
{
    // 0123456789012345678901234
    // YYYY-MM-DDTHH:MM:SS.mmmZ
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text[4] != '-' || text[7] != '-' || text[10] != 'T'
        || text[13] != ':' || text[16] != ':' || text[size - 1] != 'Z'
        || (size == 24 && text[19] != '.'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int ms = size == 24 ? digits(text, 20, 3) : 0;
    if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0
        || !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second, ms))
        return std::nullopt;
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

std::optional<UsersPage> read(QByteArrayView body)
{
    Reader reader(body);
    if (!reader.take('{'))
        return std::nullopt;
    UsersPage page;
    bool seenUsers = false;
    bool seenToken = false;
    if (!reader.take('}')) {
        do {
            QByteArrayView key;
            bool ascii = false;
            if (!reader.rawString(&key, &ascii) || !ascii || !reader.take(':'))
                return std::nullopt;
            if (key == "Users") {
                if (std::exchange(seenUsers, true))
                    return std::nullopt;
                if (reader.takeWord("null"))
                    continue;
                if (!reader.take('['))
                    return std::nullopt;
                if (reader.take(']'))
                    continue;
                QString sharedAccountId;
                do {
                    User user;
                    if (!readUser(reader, &user, &sharedAccountId))
                        return std::nullopt;
                    page.users.append(std::move(user));
                } while (reader.take(','));
                if (!reader.take(']'))
                    return std::nullopt;
            } else if (key == "NextToken") {
                std::optional<QString> token;
                if (std::exchange(seenToken, true) || !reader.optionalString(&token))
                    return std::nullopt;
                page.nextToken = token.value_or(QString());
            } else if (!reader.skipValue()) {
                return std::nullopt;
            }
        } while (reader.take(','));
        if (!reader.take('}'))
            return std::nullopt;
    }
    if (!reader.atEnd())
        return std::nullopt;
    return page;
}

} // namespace UserPageReader
