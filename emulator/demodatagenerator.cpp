#include "emulator/demodatagenerator.h"

#include <array>

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<const char16_t *, 48> firstNames { {
    u"Ada", u"Aiko", u"Alejandro", u"Amara", u"Anders", u"Aylin", u"Bjørn", u"Camille",
    u"Chen", u"Dmitri", u"Elena", u"Emeka", u"Fatima", u"Finn", u"Grace", u"Hamid",
    u"Ingrid", u"Isabela", u"Jamal", u"Jonas", u"Kai", u"Kavya", u"Lars", u"Leila",
    u"Liam", u"Lucía", u"Malik", u"Mei", u"Mateo", u"Nadia", u"Noah", u"Olga",
    u"Omar", u"Priya", u"Quentin", u"Rafael", u"Rania", u"Sakura", u"Sebastian", u"Sofia",
    u"Tariq", u"Thandiwe", u"Ursula", u"Valentina", u"Wei", u"Yara", u"Yusuf", u"Zoë",
} };

constexpr std::array<const char16_t *, 48> lastNames { {
    u"Abara", u"Andersson", u"Bauer", u"Becker", u"Castillo", u"Chen", u"Costa", u"Dubois",
    u"Eriksen", u"Fernández", u"Fischer", u"García", u"Haddad", u"Hansen", u"Ivanova", u"Jansen",
    u"Kim", u"Kowalski", u"Larsen", u"Lee", u"Lopez", u"Martin", u"Meyer", u"Müller",
    u"Nakamura", u"Nguyen", u"Novak", u"Okafor", u"Olsen", u"Patel", u"Petrov", u"Quinn",
    u"Rossi", u"Santos", u"Schmidt", u"Silva", u"Singh", u"Sato", u"Tanaka", u"Torres",
    u"Usman", u"Varga", u"Wagner", u"Wang", u"Weber", u"Xu", u"Yilmaz", u"Zhang",
} };

struct AccountTemplate
{
    const char16_t *name;
    const char16_t *domain;
    AccountType type;
    std::array<License, 4> licenses;
    int licenseCount;
};

constexpr std::array<AccountTemplate, 6> accountTemplates { {
    { u"Northwind Traders", u"northwind.example", AccountType::Team,
      { License::Basic, License::Plus, License::Pro, License::ProTrial }, 4 },
    { u"Contoso Ltd", u"contoso.example", AccountType::EnterpriseDirectory,
      { License::Basic, License::Pro }, 2 },
    { u"Fabrikam Inc", u"fabrikam.example", AccountType::EnterpriseLWA,
      { License::Basic, License::Pro, License::ProTrial }, 3 },
    { u"Tailspin Toys", u"tailspin.example", AccountType::EnterpriseOIDC,
      { License::Basic, License::Plus, License::Pro }, 3 },
    { u"Adventure Works", u"adventure-works.example", AccountType::EnterpriseDirectory,
      { License::Basic, License::Pro }, 2 },
    { u"Wide World Importers", u"wideworld.example", AccountType::Team,
      { License::Basic, License::Pro, License::ProTrial }, 3 },
} };

// Lower-case ASCII for an email's local part ("Bjørn Müller" -> "bjrn.mller" is ugly, so the
// few non-ASCII letters used above are folded by hand).
QString emailPart(const QString &name)
{
    QString folded = name.toLower();
    folded.replace(u'ø', u'o').replace(u'ü', u'u').replace(u'á', u'a').replace(u'í', u'i');
    folded.replace(u'ë', u'e').replace(u'ú', u'u');
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed)
    : m_random(seed)
    , m_now(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC))
{
}

QList<EmulatorAccount> DemoDataGenerator::generate(int accountCount,
                                                   const QList<int> &usersPerAccount)
{
    QList<EmulatorAccount> accounts;
    accounts.reserve(accountCount);
    for (int i = 0; i < accountCount; ++i) {
        const int users = usersPerAccount.isEmpty()
            ? 0
            : usersPerAccount.at(i % usersPerAccount.size());
        accounts.append(makeAccount(i, users));
    }
    return accounts;
}

QString DemoDataGenerator::uuid()
{
    const auto part = [this](int digits) {
        QString text;
        for (int i = 0; i < digits; ++i)
            text.append(QChar(u"0123456789abcdef"[m_random.bounded(16)]));
        return text;
    };
    return part(8) + u'-' + part(4) + u'-' + part(4) + u'-' + part(4) + u'-' + part(12);
}

QDateTime DemoDataGenerator::pastTime(int maxDaysAgo)
{
    const qint64 seconds = static_cast<qint64>(m_random.bounded(maxDaysAgo * 86400));
    return m_now.addSecs(-seconds).addMSecs(m_random.bounded(1000));
}

EmulatorAccount DemoDataGenerator::makeAccount(int index, int userCount)
{
    const AccountTemplate &shape = accountTemplates[index % accountTemplates.size()];
    const int round = index / static_cast<int>(accountTemplates.size());
    const QString suffix = round == 0 ? QString() : u" %1"_s.arg(round + 1);
    const QString domain = round == 0 ? QString::fromUtf16(shape.domain)
                                      : u"%1%2"_s.arg(round + 1).arg(QString::fromUtf16(shape.domain));

    EmulatorAccount entry;
    Account &account = entry.account;
    account.accountId = uuid();
    account.awsAccountId = u"%1"_s.arg(100000000000ULL + m_random.bounded(899999999) * 1000ULL);
    account.name = QString::fromUtf16(shape.name) + suffix;
    account.accountType = shape.type;
    account.accountStatus = AccountStatus::Active;
    account.createdTimestamp = pastTime(1500);
    for (int i = 0; i < shape.licenseCount; ++i)
        account.supportedLicenses.append(shape.licenses[i]);
    account.defaultLicense = License::Pro;
    if (shape.type == AccountType::EnterpriseDirectory)
        account.signinDelegateGroups = { { u"chime-pro-users"_s }, { u"chime-basic-users"_s } };

    entry.users.reserve(userCount);
    for (int i = 0; i < userCount; ++i)
        entry.users.append(makeUser(account, domain, i));
    entry.rebuildIndex();
    return entry;
}

User DemoDataGenerator::makeUser(const Account &account, const QString &domain, int index)
{
    User user;
    user.userId = uuid();
    user.accountId = account.accountId;
    const QString first = QString::fromUtf16(pick(firstNames));
    const QString last = QString::fromUtf16(pick(lastNames));
    user.displayName = first + u' ' + last;
    // The index keeps every email of an account unique however often a name repeats.
    user.primaryEmail = u"%1.%2%3@%4"_s.arg(emailPart(first), emailPart(last))
                            .arg(index == 0 ? QString() : QString::number(index))
                            .arg(domain);

    const quint32 licenseRoll = m_random.bounded(100);
    const auto &licenses = account.supportedLicenses;
    user.licenseType = licenseRoll < 55 ? LicenseValue(License::Pro)
                                        : licenses.at(m_random.bounded(static_cast<quint32>(licenses.size())));
    user.userType = m_random.bounded(100) < 94 ? UserType::PrivateUser : UserType::SharedDevice;

    const quint32 stateRoll = m_random.bounded(100);
    user.invitedOn = pastTime(900);
    if (stateRoll < 72) {
        user.userRegistrationStatus = RegistrationStatus::Registered;
        user.userInvitationStatus = InviteStatus::Accepted;
        user.registeredOn = user.invitedOn->addSecs(m_random.bounded(3 * 86400));
    } else if (stateRoll < 92) {
        user.userRegistrationStatus = RegistrationStatus::Unregistered;
        user.userInvitationStatus = stateRoll < 88 ? InviteStatus::Pending : InviteStatus::Failed;
    } else {
        user.userRegistrationStatus = RegistrationStatus::Suspended;
        user.userInvitationStatus = InviteStatus::Accepted;
        user.registeredOn = user.invitedOn->addSecs(m_random.bounded(86400));
    }
    if (m_random.bounded(100) < 30)
        user.primaryProvisionedNumber = u"+1206555%1"_s.arg(m_random.bounded(10000), 4, 10, QChar(u'0'));
    if (m_random.bounded(100) < 12) {
        user.alexaForBusinessMetadata = AlexaForBusinessMetadata {
            true, u"arn:aws:a4b:us-east-1:%1:room/%2"_s.arg(account.awsAccountId, uuid().remove(u'-'))
        };
    }
    user.personalPin = u"%1"_s.arg(m_random.bounded(1000000000), 10, 10, QChar(u'0'));
    // From what is drawn already, so that adding it left every other member of the demo as it was.
    if (user.primaryProvisionedNumber) {
        const bool even = user.primaryProvisionedNumber->back().digitValue() % 2 == 0;
        user.telephony = TelephonySettings { true, !even || user.userType != UserType::SharedDevice, even };
    }
    return user;
}
