#pragma once

#include "core/chimeenums.h"

#include <QDateTime>
#include <QString>

// What a person reads for each service enum value, translated; a value this program does not
// know is shown as the service sent it.
namespace DisplayNames {

QString license(const LicenseValue &value);
QString userType(const UserTypeValue &value);
QString registrationStatus(const RegistrationStatusValue &value);
QString inviteStatus(const InviteStatusValue &value);
QString emailStatus(const EmailStatusValue &value);
QString accountType(const AccountTypeValue &value);
QString accountStatus(const AccountStatusValue &value);
// Local time in the user's locale, short form; empty when not set.
QString dateTime(const std::optional<QDateTime> &time);

} // namespace DisplayNames
