#include "models/removenumbercommand.h"

#include "models/changeacts.h"
#include "models/phonenumberact.h"

QString RemoveNumberCommand::id() const
{
    return QStringLiteral("remove-number");
}

const ChangeAct &RemoveNumberCommand::act() const
{
    return ChangeActs::phoneNumber();
}

QString RemoveNumberCommand::menuText() const
{
    return tr("Remove phone &number of selected users…");
}

QKeySequence RemoveNumberCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_R;
}

QString RemoveNumberCommand::title() const
{
    return tr("Remove phone number");
}

UserCommand::Plan RemoveNumberCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                            const QString &) const
{
    return planTo(users, uncertain, PhoneNumberAct::none);
}

QString RemoveNumberCommand::summary(const Plan &plan, const QString &) const
{
    const QString changing = tr("Take the phone number away from %Ln user(s).", nullptr,
                                int(plan.targets.size()));
    if (plan.leftAlone == 0)
        return changing;
    return changing + u' '
        + tr("%Ln of the selected users have no number and are left as they are.", nullptr,
             plan.leftAlone);
}

QString RemoveNumberCommand::applyText(int users, const QString &) const
{
    return tr("Remove the number of %Ln user(s)", nullptr, users);
}

QString RemoveNumberCommand::confirmation(int users, const CommandContext &context, const QString &) const
{
    return tr("Take the phone number away from %Ln user(s) of %1? Calls to it no longer reach them.",
              nullptr, users)
        .arg(context.shownName());
}

QString RemoveNumberCommand::nothingToDoText() const
{
    return tr("None of the selected users has a phone number.");
}
