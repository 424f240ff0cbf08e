#include "models/usercommand.h"

#include "models/changeact.h"

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
