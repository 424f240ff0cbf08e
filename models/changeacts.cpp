#include "models/changeacts.h"

#include "models/licenseact.h"

#include <array>

namespace ChangeActs {

namespace {

const LicenseAct licenseAct;
const std::array<const ChangeAct *, 1> registered { &licenseAct };

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

} // namespace ChangeActs
