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

UserCommand::Plan UserCommand::everyUser(const QList<User> &users, const QString &after)
{
    Plan plan;
    for (const User &user : users)
        plan.targets.append(targetFor(user, QString(), after));
    return plan;
}
