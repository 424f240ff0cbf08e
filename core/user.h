#pragma once

#include "core/alexaforbusinessmetadata.h"
#include "core/chimeenums.h"
#include "core/telephonysettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A user of a Chime account. Every member but userId is optional: the service answers null for
// what it does not say (UpdateUser's answer carries only UserId), which never means "cleared".
struct User
{
    QString userId;
    std::optional<QString> accountId;
    std::optional<QString> primaryEmail;
    std::optional<QString> primaryProvisionedNumber;
    std::optional<QString> displayName;
    LicenseValue licenseType;
    UserTypeValue userType;
    RegistrationStatusValue userRegistrationStatus;
    InviteStatusValue userInvitationStatus;
    std::optional<QDateTime> registeredOn;
    std::optional<QDateTime> invitedOn;
    std::optional<AlexaForBusinessMetadata> alexaForBusinessMetadata;
    std::optional<QString> personalPin;
    // Not a member of the wire's User: GetUserSettings answers it, and only that is read into it.
    std::optional<TelephonySettings> telephony;

    // This user with every member that `update` provides taken from it; what `update` leaves
    // out keeps its current value.
    User mergedWith(const User &update) const;

    friend bool operator==(const User &, const User &) = default;
};
// Every member may be moved in memory as it is (QString, QDateTime, std::optional of them), so
// a QList<User> grows by reallocating rather than by moving each user: that was a good part of
// loading a large account.
Q_DECLARE_TYPEINFO(User, Q_RELOCATABLE_TYPE);
