#include "store/userpagecodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QtEndian>

#include <cstring>

namespace {

// The first byte of every page: a page of another format is refused, not misread.
constexpr quint8 formatVersion = 1;

// Which of a user's optional members a page holds, one bit each.
enum Member : quint16 {
    Email = 1 << 0,
    DisplayName = 1 << 1,
    ProvisionedNumber = 1 << 2,
    RegisteredOn = 1 << 3,
    InvitedOn = 1 << 4,
    Alexa = 1 << 5,
    AlexaEnabled = 1 << 6,
    AlexaEnabledTrue = 1 << 7,
    AlexaRoom = 1 << 8,
    Telephony = 1 << 9,
    InboundCalling = 1 << 10,
    OutboundCalling = 1 << 11,
    Sms = 1 << 12,
};

// An enum is one byte: 0 unset, 1 + its place among the known names, or unknownName followed by
// the name the service sent.
constexpr quint8 unsetEnum = 0;
constexpr quint8 unknownName = 0xff;

// Appends to a page held elsewhere, so that a page can grow a user at a time.
class PageWriter
{
public:
    explicit PageWriter(QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    void number(quint64 value, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            m_bytes.append(char((value >> (8 * i)) & 0xff));
    }

    void text(const QString &value)
    {
        const qsizetype start = m_bytes.size();
        m_bytes.resize(start + 4 + m_encoder.requiredSpace(value.size()));
        char *end = m_encoder.appendToBuffer(m_bytes.data() + start + 4, value);
        const auto length = quint32(end - (m_bytes.data() + start + 4));
        qToLittleEndian(length, m_bytes.data() + start);
        m_bytes.resize(start + 4 + length);
    }

    template<typename E>
    void wireEnum(const WireEnum<E> &value)
    {
        if (!value.isSet()) {
            number(unsetEnum, 1);
            return;
        }
        const auto known = WireEnum<E>::knownValues();
        for (std::size_t i = 0; value.isKnown() && i < known.size(); ++i) {
            if (known[i] == value.value()) {
                number(i + 1, 1);
                return;
            }
        }
        number(unknownName, 1);
        text(value.wireName());
    }

private:
    QByteArray &m_bytes;
    QStringEncoder m_encoder { QStringConverter::Utf8, QStringConverter::Flag::Stateless };
};

class PageReader
{
public:
    explicit PageReader(const QByteArray &bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }

    bool ok() const { return m_ok; }

    quint64 number(int bytes)
    {
        if (!has(bytes))
            return 0;
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= quint64(quint8(m_at[i])) << (8 * i);
        m_at += bytes;
        return value;
    }

    QString text()
    {
        const auto length = qsizetype(number(4));
        if (!has(length))
            return {};
        QString value = QString::fromUtf8(m_at, length);
        m_at += length;
        return value;
    }

    template<typename E>
    WireEnum<E> wireEnum()
    {
        const auto code = quint8(number(1));
        if (code == unsetEnum)
            return {};
        if (code == unknownName)
            return WireEnum<E>::fromWire(text());
        const auto known = WireEnum<E>::knownValues();
        if (code > known.size()) {
            m_ok = false;
            return {};
        }
        return WireEnum<E>(known[code - 1]);
    }

    bool atEnd() const { return m_at == m_end; }
    void fail() { m_ok = false; }

private:
    bool has(qsizetype bytes)
    {
        if (m_ok && bytes >= 0 && bytes <= m_end - m_at)
            return true;
        m_ok = false;
        return false;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

quint16 membersOf(const User &user)
{
    quint16 members = 0;
    const auto mark = [&members](bool present, Member member) {
        if (present)
            members |= member;
    };
    mark(user.primaryEmail.has_value(), Email);
    mark(user.displayName.has_value(), DisplayName);
    mark(user.primaryProvisionedNumber.has_value(), ProvisionedNumber);
    mark(user.registeredOn.has_value(), RegisteredOn);
    mark(user.invitedOn.has_value(), InvitedOn);
    if (const auto &alexa = user.alexaForBusinessMetadata) {
        members |= Alexa;
        mark(alexa->isAlexaForBusinessEnabled.has_value(), AlexaEnabled);
        mark(alexa->isAlexaForBusinessEnabled.value_or(false), AlexaEnabledTrue);
        mark(alexa->alexaForBusinessRoomArn.has_value(), AlexaRoom);
    }
    if (const auto &telephony = user.telephony) {
        members |= Telephony;
        mark(telephony->inboundCalling, InboundCalling);
        mark(telephony->outboundCalling, OutboundCalling);
        mark(telephony->sms, Sms);
    }
    return members;
}

void write(PageWriter &page, const User &user)
{
    const quint16 members = membersOf(user);
    page.number(members, 2);
    page.text(user.userId);
    page.wireEnum(user.licenseType);
    page.wireEnum(user.userType);
    page.wireEnum(user.userRegistrationStatus);
    page.wireEnum(user.userInvitationStatus);
    if (members & Email)
        page.text(*user.primaryEmail);
    if (members & DisplayName)
        page.text(*user.displayName);
    if (members & ProvisionedNumber)
        page.text(*user.primaryProvisionedNumber);
    if (members & RegisteredOn)
        page.number(quint64(user.registeredOn->toMSecsSinceEpoch()), 8);
    if (members & InvitedOn)
        page.number(quint64(user.invitedOn->toMSecsSinceEpoch()), 8);
    if (members & AlexaRoom)
        page.text(*user.alexaForBusinessMetadata->alexaForBusinessRoomArn);
}

std::optional<QString> textIf(PageReader &page, quint16 members, Member member)
{
    return members & member ? std::optional(page.text()) : std::nullopt;
}

std::optional<QDateTime> timeIf(PageReader &page, quint16 members, Member member)
{
    if (!(members & member))
        return std::nullopt;
    QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(page.number(8)), Qt::UTC);
    if (!time.isValid())
        page.fail();
    return time;
}

User read(PageReader &page)
{
    User user;
    const auto members = quint16(page.number(2));
    user.userId = page.text();
    user.licenseType = page.wireEnum<License>();
    user.userType = page.wireEnum<UserType>();
    user.userRegistrationStatus = page.wireEnum<RegistrationStatus>();
    user.userInvitationStatus = page.wireEnum<InviteStatus>();
    user.primaryEmail = textIf(page, members, Email);
    user.displayName = textIf(page, members, DisplayName);
    user.primaryProvisionedNumber = textIf(page, members, ProvisionedNumber);
    user.registeredOn = timeIf(page, members, RegisteredOn);
    user.invitedOn = timeIf(page, members, InvitedOn);
    if (members & Alexa) {
        AlexaForBusinessMetadata alexa;
        if (members & AlexaEnabled)
            alexa.isAlexaForBusinessEnabled = (members & AlexaEnabledTrue) != 0;
        alexa.alexaForBusinessRoomArn = textIf(page, members, AlexaRoom);
        user.alexaForBusinessMetadata = alexa;
    }
    if (members & Telephony) {
        user.telephony = TelephonySettings { (members & InboundCalling) != 0, (members & OutboundCalling) != 0,
                                             (members & Sms) != 0 };
    }
    return user;
}

} // namespace

QByteArray UserPageCodec::encode(const QList<User> &users)
{
    QByteArray page = emptyPage(users.size());
    for (const User &user : users)
        appendTo(page, user);
    return page;
}

QByteArray UserPageCodec::emptyPage(qsizetype expectedUsers)
{
    QByteArray page;
    page.reserve(headerSize + expectedUsers * 160);
    PageWriter writer(page);
    writer.number(formatVersion, 1);
    writer.number(0, 4);
    return page;
}

void UserPageCodec::appendTo(QByteArray &page, const User &user)
{
    PageWriter writer(page);
    write(writer, user);
    const auto count = qFromLittleEndian<quint32>(page.constData() + 1);
    qToLittleEndian(count + 1, page.data() + 1);
}

std::optional<QList<User>> UserPageCodec::decode(const QByteArray &bytes, QString *error)
{
    PageReader page(bytes);
    if (page.number(1) != formatVersion) {
        *error = QCoreApplication::translate("UserPageCodec", "A page of users in the snapshot is of an unknown format.");
        return std::nullopt;
    }
    const auto count = qsizetype(page.number(4));
    QList<User> users;
    // Every user takes at least 10 bytes: a damaged count must not reserve gigabytes.
    users.reserve(qMin(count, bytes.size() / 10));
    for (qsizetype i = 0; page.ok() && i < count; ++i)
        users.append(read(page));
    if (!page.ok() || !page.atEnd()) {
        *error = QCoreApplication::translate("UserPageCodec", "A page of users in the snapshot is damaged.");
        return std::nullopt;
    }
    return users;
}
