#pragma once

#include "core/chimeenums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What a person reads for each service enum value, translated; a value this program does not
// know is shown as the service sent it.
namespace DisplayNames {

QString license(const LicenseValue &value);
// license() of each, in their order.
QStringList licenses(const QList<LicenseValue> &values);
QString userType(const UserTypeValue &value);
QString registrationStatus(const RegistrationStatusValue &value);
QString inviteStatus(const InviteStatusValue &value);
QString emailStatus(const EmailStatusValue &value);
QString accountType(const AccountTypeValue &value);
QString accountStatus(const AccountStatusValue &value);
// Local time in the user's locale, short form with a four-digit year; empty when not set.
QString dateTime(const std::optional<QDateTime> &time);

} // namespace DisplayNames
