#pragma once

#include <QList>
#include <QString>

struct AccountCommand;

// The one place where every command on accounts is registered, in menu order.
namespace AccountCommands {

const QList<AccountCommand> &all();
const AccountCommand *find(const QString &id);
// A command's text (menuText, title, applyText), translated.
QString text(const char *untranslated);

} // namespace AccountCommands
