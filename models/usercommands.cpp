#include "models/usercommands.h"

#include "models/assignnumbercommand.h"
#include "models/licensecommand.h"
#include "models/logoutcommand.h"
#include "models/pinresetcommand.h"
#include "models/removenumbercommand.h"
#include "models/suspendcommand.h"
#include "models/telephonycommand.h"
#include "models/unsuspendcommand.h"

namespace UserCommands {

namespace {

const LicenseCommand licenseCommand;
const SuspendCommand suspendCommand;
const UnsuspendCommand unsuspendCommand;
const LogoutCommand logoutCommand;
const PinResetCommand pinResetCommand;
const AssignNumberCommand assignNumberCommand;
const RemoveNumberCommand removeNumberCommand;
const TelephonyCommand telephonyCommand;

} // namespace

const QList<const UserCommand *> &all()
{
    static const QList<const UserCommand *> commands { &licenseCommand, &suspendCommand,
                                                       &unsuspendCommand, &logoutCommand,
                                                       &pinResetCommand, &assignNumberCommand,
                                                       &removeNumberCommand, &telephonyCommand };
    return commands;
}

const UserCommand *find(const QString &id)
{
    for (const UserCommand *command : all()) {
        if (command->id() == id)
            return command;
    }
    return nullptr;
}

} // namespace UserCommands
