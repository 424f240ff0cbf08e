#pragma once

#include "ui/accounteditorcontext.h"

#include <QKeySequence>
#include <QString>

#include <functional>

class AccountAct;
class AccountValueEditor;
class QWidget;

// One thing an administrator does to an account (rename it, set its meeting policy, …) or with
// accounts (make a new one): how it is offered, what its dialog says, and the editor it opens.
// The change itself is the act's, run by the change engine. Registered in AccountCommands; the
// window builds its Account menu and the account list's context menu from these.
struct AccountCommand
{
    using CreateEditor = std::function<AccountValueEditor *(const AccountEditorContext &context, QWidget *parent)>;

    QString id;
    const char *menuText; // untranslated, in the context "AccountCommands"
    const char *title;
    const char *applyText;
    QKeySequence shortcut;
    const AccountAct &act;
    bool forAnAccount; // false: it makes an account (no account need be selected)
    CreateEditor createEditor;
};
