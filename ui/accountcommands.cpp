#include "ui/accountcommands.h"

#include "models/changeacts.h"
#include "ui/accountcommand.h"
#include "ui/accountdeletioneditor.h"
#include "ui/accountnameeditor.h"
#include "ui/defaultlicenseeditor.h"
#include "ui/delegategroupseditor.h"
#include "ui/meetingsettingseditor.h"
#include "ui/newaccounteditor.h"
#include "ui/retentioneditor.h"

#include <QCoreApplication>

namespace AccountCommands {

namespace {

template<typename Editor>
AccountValueEditor *plainEditor(const AccountEditorContext &, QWidget *parent)
{
    return new Editor(parent);
}

AccountValueEditor *licenseEditor(const AccountEditorContext &context, QWidget *parent)
{
    return new DefaultLicenseEditor(context.account.value_or(Account {}), parent);
}

AccountValueEditor *deletionEditor(const AccountEditorContext &context, QWidget *parent)
{
    return new AccountDeletionEditor(context, parent);
}

AccountValueEditor *newAccountEditor(const AccountEditorContext &context, QWidget *parent)
{
    return new NewAccountEditor(context.accountNames, parent);
}

} // namespace

const QList<AccountCommand> &all()
{
    static const QList<AccountCommand> commands {
        { QStringLiteral("renameAccount"), QT_TRANSLATE_NOOP("AccountCommands", "&Rename…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Rename account"),
          QT_TRANSLATE_NOOP("AccountCommands", "Rename"), QKeySequence(Qt::SHIFT | Qt::Key_F2),
          ChangeActs::accountName(), true, plainEditor<AccountNameEditor> },
        { QStringLiteral("defaultLicense"), QT_TRANSLATE_NOOP("AccountCommands", "Default &license…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Default license"),
          QT_TRANSLATE_NOOP("AccountCommands", "Set default license"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
          ChangeActs::defaultLicense(), true, licenseEditor },
        { QStringLiteral("meetingSettings"), QT_TRANSLATE_NOOP("AccountCommands", "&Meeting settings…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Meeting settings"),
          QT_TRANSLATE_NOOP("AccountCommands", "Save meeting settings"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
          ChangeActs::meetingSettings(), true, plainEditor<MeetingSettingsEditor> },
        { QStringLiteral("delegateGroups"), QT_TRANSLATE_NOOP("AccountCommands", "Sign-in &delegate groups…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Sign-in delegate groups"),
          QT_TRANSLATE_NOOP("AccountCommands", "Save groups"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), ChangeActs::delegateGroups(),
          true, plainEditor<DelegateGroupsEditor> },
        { QStringLiteral("retention"), QT_TRANSLATE_NOOP("AccountCommands", "Chat re&tention…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Chat retention"),
          QT_TRANSLATE_NOOP("AccountCommands", "Save retention"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), ChangeActs::retention(),
          true, plainEditor<RetentionEditor> },
        { QStringLiteral("newAccount"), QT_TRANSLATE_NOOP("AccountCommands", "&New account…"),
          QT_TRANSLATE_NOOP("AccountCommands", "New account"),
          QT_TRANSLATE_NOOP("AccountCommands", "Create account"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), ChangeActs::newAccount(),
          false, newAccountEditor },
        { QStringLiteral("deleteAccount"), QT_TRANSLATE_NOOP("AccountCommands", "Delete &account…"),
          QT_TRANSLATE_NOOP("AccountCommands", "Delete account"),
          QT_TRANSLATE_NOOP("AccountCommands", "Delete account"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), ChangeActs::accountDeletion(),
          true, deletionEditor },
    };
    return commands;
}

const AccountCommand *find(const QString &id)
{
    for (const AccountCommand &command : all()) {
        if (command.id == id)
            return &command;
    }
    return nullptr;
}

QString text(const char *untranslated)
{
    return QCoreApplication::translate("AccountCommands", untranslated);
}

} // namespace AccountCommands
