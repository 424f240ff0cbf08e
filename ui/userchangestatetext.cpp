#include "ui/userchangestatetext.h"

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

} // namespace UserChangeStateText
