#include "models/changeacts.h"

#include "models/accountdeletionact.h"
#include "models/accountnameact.h"
#include "models/createuseract.h"
#include "models/defaultlicenseact.h"
#include "models/delegategroupsact.h"
#include "models/meetingsettingsact.h"
#include "models/newaccountact.h"
#include "models/retentionact.h"
#include "models/inviteact.h"
#include "models/licenseact.h"
#include "models/logoutact.h"
#include "models/phonenumberact.h"
#include "models/pinresetact.h"
#include "models/suspensionact.h"
#include "models/telephonyact.h"
#include "models/usertypeact.h"

#include <array>

namespace ChangeActs {

namespace {

const LicenseAct licenseAct;
const SuspensionAct suspensionAct;
const LogoutAct logoutAct;
const PinResetAct pinResetAct;
const PhoneNumberAct phoneNumberAct;
const TelephonyAct telephonyAct;
const InviteAct inviteAct;
const CreateUserAct createUserAct;
const AccountNameAct accountNameAct;
const DefaultLicenseAct defaultLicenseAct;
const MeetingSettingsAct meetingSettingsAct;
const RetentionAct retentionAct;
const DelegateGroupsAct delegateGroupsAct;
const AccountDeletionAct accountDeletionAct;
const NewAccountAct newAccountAct;
const UserTypeAct userTypeAct;
const std::array<const ChangeAct *, 16> registered {
    &licenseAct,        &suspensionAct,      &logoutAct,         &pinResetAct,
    &phoneNumberAct,    &telephonyAct,       &inviteAct,         &createUserAct,
    &accountNameAct,    &defaultLicenseAct,  &meetingSettingsAct, &retentionAct,
    &delegateGroupsAct, &accountDeletionAct, &newAccountAct,      &userTypeAct,
};

} // namespace

const ChangeAct *find(const QString &id)
{
    for (const ChangeAct *act : registered) {
        if (act->id() == id)
            return act;
    }
    return nullptr;
}

const ChangeAct &license()
{
    return licenseAct;
}

const ChangeAct &userType()
{
    return userTypeAct;
}

const ChangeAct &suspension()
{
    return suspensionAct;
}

const ChangeAct &logout()
{
    return logoutAct;
}

const ChangeAct &pinReset()
{
    return pinResetAct;
}

const ChangeAct &phoneNumber()
{
    return phoneNumberAct;
}

const ChangeAct &telephony()
{
    return telephonyAct;
}

const NewUserAct &invite()
{
    return inviteAct;
}

const NewUserAct &createUser()
{
    return createUserAct;
}

const AccountAct &accountName()
{
    return accountNameAct;
}

const AccountAct &defaultLicense()
{
    return defaultLicenseAct;
}

const AccountAct &meetingSettings()
{
    return meetingSettingsAct;
}

const AccountAct &retention()
{
    return retentionAct;
}

const AccountAct &delegateGroups()
{
    return delegateGroupsAct;
}

const AccountAct &accountDeletion()
{
    return accountDeletionAct;
}

const AccountAct &newAccount()
{
    return newAccountAct;
}

} // namespace ChangeActs
