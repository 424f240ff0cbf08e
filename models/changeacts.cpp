#include "models/changeacts.h"

#include "models/licenseact.h"
#include "models/logoutact.h"
#include "models/phonenumberact.h"
#include "models/pinresetact.h"
#include "models/suspensionact.h"

#include <array>

namespace ChangeActs {

namespace {

const LicenseAct licenseAct;
const SuspensionAct suspensionAct;
const LogoutAct logoutAct;
const PinResetAct pinResetAct;
const PhoneNumberAct phoneNumberAct;
const std::array<const ChangeAct *, 5> registered { &licenseAct, &suspensionAct, &logoutAct,
                                                    &pinResetAct, &phoneNumberAct };

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

} // namespace ChangeActs
