#include "models/changeacts.h"

#include "models/createuseract.h"
#include "models/inviteact.h"
#include "models/licenseact.h"
#include "models/logoutact.h"
#include "models/phonenumberact.h"
#include "models/pinresetact.h"
#include "models/suspensionact.h"
#include "models/telephonyact.h"

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
const std::array<const ChangeAct *, 8> registered { &licenseAct,   &suspensionAct,  &logoutAct,
                                                    &pinResetAct,  &phoneNumberAct, &telephonyAct,
                                                    &inviteAct,    &createUserAct };

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

} // namespace ChangeActs
