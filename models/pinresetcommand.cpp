#include "models/pinresetcommand.h"

#include "models/changeacts.h"
#include "models/pinresetact.h"

QString PinResetCommand::id() const
{
    return QStringLiteral("pin-reset");
}

const ChangeAct &PinResetCommand::act() const
{
    return ChangeActs::pinReset();
}

QString PinResetCommand::menuText() const
{
    return tr("Reset &meeting PIN of selected users…");
}

QKeySequence PinResetCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_P;
}

QString PinResetCommand::title() const
{
    return tr("Reset meeting PIN");
}

UserCommand::Plan PinResetCommand::plan(const QList<User> &users, const QSet<QString> &,
                                        const QString &) const
{
    // Nothing of the user's record shows it: every user changes, from a value not known.
    return planTo(users, {}, PinResetAct::reset);
}

QString PinResetCommand::summary(const Plan &plan, const QString &) const
{
    return tr("Give %Ln user(s) a new personal meeting PIN.", nullptr, int(plan.targets.size()));
}

QString PinResetCommand::applyText(int users, const QString &) const
{
    return tr("Reset the PIN of %Ln user(s)", nullptr, users);
}

QString PinResetCommand::confirmation(int users, const CommandContext &context, const QString &) const
{
    return tr("Give %Ln user(s) of %1 a new personal meeting PIN?", nullptr, users)
        .arg(context.shownName());
}

QString PinResetCommand::caution(const CommandContext &) const
{
    return tr("A PIN reset cannot be undone. Meetings the users scheduled with their old PIN must "
              "be updated with the new one, which the user panel shows (masked) once it is reset.");
}
