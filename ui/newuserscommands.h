#pragma once

#include "ui/newuserscommand.h"

#include <QList>

// The one place where the ways of bringing users in are registered.
namespace NewUsersCommands {

const QList<NewUsersCommand> &all();
// The command's text, translated.
QString text(const char *untranslated);

} // namespace NewUsersCommands
