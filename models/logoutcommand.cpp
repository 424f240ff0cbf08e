#include "models/logoutcommand.h"

#include "models/changeacts.h"
#include "models/logoutact.h"

QString LogoutCommand::id() const
{
    return QStringLiteral("logout");
}

const ChangeAct &LogoutCommand::act() const
{
    return ChangeActs::logout();
}

QString LogoutCommand::menuText() const
{
    return tr("Sign &out selected users everywhere…");
}

QKeySequence LogoutCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_O;
}

QString LogoutCommand::title() const
{
    return tr("Sign users out");
}

UserCommand::Plan LogoutCommand::plan(const QList<User> &users, const QSet<QString> &,
                                      const QString &) const
{
    // Nothing of the user's record shows it: every user changes, from a value not known.
    return planTo(users, {}, LogoutAct::signedOut);
}

QString LogoutCommand::summary(const Plan &plan, const QString &) const
{
    return tr("Sign %Ln user(s) out of every Amazon Chime client.", nullptr, int(plan.targets.size()));
}

QString LogoutCommand::applyText(int users, const QString &) const
{
    return tr("Sign out %Ln user(s)", nullptr, users);
}

QString LogoutCommand::confirmation(int users, const CommandContext &context, const QString &) const
{
    return tr("Sign %Ln user(s) of %1 out of every Amazon Chime client?", nullptr, users)
        .arg(context.shownName());
}

QString LogoutCommand::caution(const CommandContext &) const
{
    return tr("Signing out cannot be undone. The users can sign in again at once; to keep them "
              "out, suspend them instead.");
}
