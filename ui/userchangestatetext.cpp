#include "ui/userchangestatetext.h"

#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/displaynames.h"

#include <QCoreApplication>

namespace UserChangeStateText {

QString describe(UserChangeState state, const QString &license)
{
    switch (state) {
    case UserChangeState::None:
        return license;
    case UserChangeState::Queued:
    case UserChangeState::Sending:
        //: A license on its way to the service, not confirmed yet
        return QCoreApplication::translate("UserChangeStateText", "%1…").arg(license);
    case UserChangeState::Checking:
        //: The answer to a license change was lost; the user is being read back
        return QCoreApplication::translate("UserChangeStateText", "%1 — checking…").arg(license);
    case UserChangeState::Failed:
        //: The license the user still has after the service refused a change; "!" marks it
        return QCoreApplication::translate("UserChangeStateText", "! %1").arg(license);
    case UserChangeState::Unconfirmed:
        //: The answer to a license change was lost and reading the user back failed too
        return QCoreApplication::translate("UserChangeStateText", "%1 — could not be confirmed")
            .arg(license);
    }
    // A value outside the enum (a corrupt QVariant) claims nothing about the change.
    return license;
}

QString describeSettled(const ChangeEngine::SettledChange &settled)
{
    const ChangeAct *act = ChangeActs::find(settled.act);
    const auto shown = [act](const QString &value) { return act ? act->displayValue(value) : value; };
    // Where the value before is not known (a member the listing does not carry), the new one alone.
    const QString change = settled.before.isEmpty()
        ? shown(settled.value)
        //: The user panel's last change: the value before and the value it was to get ("Pro → Basic")
        : QCoreApplication::translate("UserChangeStateText", "%1 → %2").arg(shown(settled.before), shown(settled.value));
    const QString time = DisplayNames::dateTime(settled.time);
    if (settled.applied) {
        //: The user panel's last change: what it changed (a license, "suspended", …) and when
        return QCoreApplication::translate("UserChangeStateText", "%1, applied %2").arg(change, time);
    }
    //: The user panel's last change: read back, the user did not take the value it was to get
    return QCoreApplication::translate("UserChangeStateText", "%1, not applied (%2)").arg(change, time);
}

} // namespace UserChangeStateText
