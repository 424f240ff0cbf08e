#pragma once

#include <QList>
#include <QString>

class UserCommand;

// The one place where every command on the selected users is registered, in menu order.
namespace UserCommands {

const QList<const UserCommand *> &all();
const UserCommand *find(const QString &id);

} // namespace UserCommands
