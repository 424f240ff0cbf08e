#include "models/displaynames.h"

#include <QCoreApplication>
#include <QLocale>

namespace DisplayNames {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayNames", text);
}

template<typename E>
QString named(const WireEnum<E> &value, std::initializer_list<std::pair<E, const char *>> names)
{
    if (!value.isSet())
        return {};
    for (const auto &[known, text] : names) {
        if (value.value() == known)
            return tr(text);
    }
    return value.wireName();
}

} // namespace

QString license(const LicenseValue &value)
{
    return named(value, { { License::Basic, QT_TRANSLATE_NOOP("DisplayNames", "Basic") },
                          { License::Plus, QT_TRANSLATE_NOOP("DisplayNames", "Plus") },
                          { License::Pro, QT_TRANSLATE_NOOP("DisplayNames", "Pro") },
                          { License::ProTrial, QT_TRANSLATE_NOOP("DisplayNames", "Pro trial") } });
}

QStringList licenses(const QList<LicenseValue> &values)
{
    QStringList names;
    for (const LicenseValue &value : values)
        names.append(license(value));
    return names;
}

QString userType(const UserTypeValue &value)
{
    return named(value,
                 { { UserType::PrivateUser, QT_TRANSLATE_NOOP("DisplayNames", "Private user") },
                   { UserType::SharedDevice, QT_TRANSLATE_NOOP("DisplayNames", "Shared device") } });
}

QString registrationStatus(const RegistrationStatusValue &value)
{
    return named(value,
                 { { RegistrationStatus::Unregistered, QT_TRANSLATE_NOOP("DisplayNames", "Unregistered") },
                   { RegistrationStatus::Registered, QT_TRANSLATE_NOOP("DisplayNames", "Registered") },
                   { RegistrationStatus::Suspended, QT_TRANSLATE_NOOP("DisplayNames", "Suspended") } });
}

QString inviteStatus(const InviteStatusValue &value)
{
    return named(value, { { InviteStatus::Pending, QT_TRANSLATE_NOOP("DisplayNames", "Pending") },
                          { InviteStatus::Accepted, QT_TRANSLATE_NOOP("DisplayNames", "Accepted") },
                          { InviteStatus::Failed, QT_TRANSLATE_NOOP("DisplayNames", "Failed") } });
}

QString emailStatus(const EmailStatusValue &value)
{
    return named(value, { { EmailStatus::NotSent, QT_TRANSLATE_NOOP("DisplayNames", "Not sent") },
                          { EmailStatus::Sent, QT_TRANSLATE_NOOP("DisplayNames", "Sent") },
                          { EmailStatus::Failed, QT_TRANSLATE_NOOP("DisplayNames", "Failed") } });
}

QString accountType(const AccountTypeValue &value)
{
    return named(value,
                 { { AccountType::Team, QT_TRANSLATE_NOOP("DisplayNames", "Team") },
                   { AccountType::EnterpriseDirectory,
                     QT_TRANSLATE_NOOP("DisplayNames", "Enterprise (Active Directory)") },
                   { AccountType::EnterpriseLWA,
                     QT_TRANSLATE_NOOP("DisplayNames", "Enterprise (Login with Amazon)") },
                   { AccountType::EnterpriseOIDC,
                     QT_TRANSLATE_NOOP("DisplayNames", "Enterprise (OpenID Connect)") } });
}

QString accountStatus(const AccountStatusValue &value)
{
    return named(value, { { AccountStatus::Active, QT_TRANSLATE_NOOP("DisplayNames", "Active") },
                          { AccountStatus::Suspended,
                            QT_TRANSLATE_NOOP("DisplayNames", "Suspended") } });
}

QString dateTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return {};
    // The locale's short form, but with the year in full: "03.12.26" reads as a day in 2003 to
    // some, and an archive outlives the century's first digits.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    // Some locales' short form (C among them) has seconds: no value shown here is that precise.
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time->toLocalTime(), format);
}

} // namespace DisplayNames
