#include "ui/newuserscommands.h"

#include "models/changeacts.h"
#include "ui/createuserdialog.h"
#include "ui/invitedialog.h"

#include <QCoreApplication>

namespace NewUsersCommands {

namespace {

template<typename Dialog>
NewUsersDialog *openDialog(const CommandContext &context, QSet<QString> inAccount,
                           NewUsersDialog::Submit submit, QWidget *parent)
{
    return new Dialog(context, std::move(inAccount), std::move(submit), parent);
}

} // namespace

const QList<NewUsersCommand> &all()
{
    static const QList<NewUsersCommand> commands {
        { QStringLiteral("invite"), QT_TRANSLATE_NOOP("NewUsersCommands", "&Invite users…"),
          QT_TRANSLATE_NOOP("NewUsersCommands", "Invite"),
          QT_TRANSLATE_NOOP("NewUsersCommands", "Invite people to this team by email"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), ChangeActs::invite(), openDialog<InviteDialog> },
        { QStringLiteral("create-user"), QT_TRANSLATE_NOOP("NewUsersCommands", "&Create user…"),
          QT_TRANSLATE_NOOP("NewUsersCommands", "Create user"),
          QT_TRANSLATE_NOOP("NewUsersCommands", "Create a user in this account"), QKeySequence(Qt::CTRL | Qt::Key_N),
          ChangeActs::createUser(), openDialog<CreateUserDialog> },
    };
    return commands;
}

QString text(const char *untranslated)
{
    return QCoreApplication::translate("NewUsersCommands", untranslated);
}

} // namespace NewUsersCommands
