#pragma once

#include "models/commandcontext.h"
#include "ui/newusersdialog.h"

#include <QKeySequence>
#include <QSet>
#include <QString>

#include <functional>

class NewUserAct;

// One way of bringing users into the account (an invitation, a new user): how it is offered and
// which dialog it opens. Registered in NewUsersCommands; the window builds its actions from these.
struct NewUsersCommand
{
    using OpenDialog = std::function<NewUsersDialog *(const CommandContext &context,
                                                      QSet<QString> inAccount,
                                                      NewUsersDialog::Submit submit, QWidget *parent)>;

    QString id;
    const char *menuText; // untranslated, in the context "NewUsersCommands"
    const char *iconText;
    const char *toolTip;
    QKeySequence shortcut;
    const NewUserAct &act;
    OpenDialog open;
};
