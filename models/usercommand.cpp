#include "models/usercommand.h"

#include "models/changeact.h"

#include <QCoreApplication>

QString UserCommand::unavailableReason(const CommandContext &) const
{
    return {};
}

QList<UserCommand::Choice> UserCommand::choices(const CommandContext &) const
{
    return {};
}

QString UserCommand::choicePrompt(int) const
{
    return {};
}

QString UserCommand::textPrompt() const
{
    return {};
}

QString UserCommand::textProblem(const QString &) const
{
    return {};
}

QString UserCommand::caution(const CommandContext &) const
{
    return {};
}

bool UserCommand::canUndo(const CommandContext &) const
{
    return act().isUndoable();
}

QString UserCommand::nothingToDoFor(const QList<User> &users, const QSet<QString> &uncertain,
                                   const CommandContext &context) const
{
    if (users.isEmpty() || !choices(context).isEmpty() || !textPrompt().isEmpty())
        return {};
    return plan(users, uncertain, {}).targets.isEmpty() ? nothingToDoText() : QString();
}

QString UserCommand::nothingToDoText() const
{
    return QCoreApplication::translate("UserCommand", "Each selected user already has this: there is nothing to change.");
}

ChangeTarget UserCommand::targetFor(const User &user, const QString &before, const QString &after)
{
    return { user.userId, user.displayName.value_or(QString()), user.primaryEmail.value_or(QString()),
             before, after };
}

UserCommand::Plan UserCommand::planTo(const QList<User> &users, const QSet<QString> &uncertain,
                                      const QString &after) const
{
    Plan plan;
    for (const User &user : users) {
        const QString held = uncertain.contains(user.userId) ? QString() : act().heldValue(user);
        if (!held.isEmpty() && act().reached(held, after))
            ++plan.leftAlone;
        else
            plan.targets.append(targetFor(user, held, after));
    }
    return plan;
}
