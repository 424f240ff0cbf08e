#include "core/user.h"

namespace {

template<typename T>
void takeIfProvided(std::optional<T> &target, const std::optional<T> &source)
{
    if (source)
        target = source;
}

template<typename E>
void takeIfProvided(WireEnum<E> &target, const WireEnum<E> &source)
{
    if (source.isSet())
        target = source;
}

} // namespace

User User::mergedWith(const User &update) const
{
    User merged = *this;
    takeIfProvided(merged.accountId, update.accountId);
    takeIfProvided(merged.primaryEmail, update.primaryEmail);
    takeIfProvided(merged.primaryProvisionedNumber, update.primaryProvisionedNumber);
    takeIfProvided(merged.displayName, update.displayName);
    takeIfProvided(merged.licenseType, update.licenseType);
    takeIfProvided(merged.userType, update.userType);
    takeIfProvided(merged.userRegistrationStatus, update.userRegistrationStatus);
    takeIfProvided(merged.userInvitationStatus, update.userInvitationStatus);
    takeIfProvided(merged.registeredOn, update.registeredOn);
    takeIfProvided(merged.invitedOn, update.invitedOn);
    takeIfProvided(merged.alexaForBusinessMetadata, update.alexaForBusinessMetadata);
    takeIfProvided(merged.personalPin, update.personalPin);
    takeIfProvided(merged.telephony, update.telephony);
    return merged;
}
