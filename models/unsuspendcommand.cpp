#include "models/unsuspendcommand.h"

#include "models/changeacts.h"
#include "models/displaynames.h"
#include "models/suspensionact.h"

using namespace Qt::StringLiterals;

QString UnsuspendCommand::id() const
{
    return u"unsuspend"_s;
}

const ChangeAct &UnsuspendCommand::act() const
{
    return ChangeActs::suspension();
}

QString UnsuspendCommand::menuText() const
{
    return tr("&Unsuspend selected users…");
}

QKeySequence UnsuspendCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_U;
}

QString UnsuspendCommand::title() const
{
    return tr("Unsuspend users");
}

QString UnsuspendCommand::unavailableReason(const CommandContext &context) const
{
    if (context.accountType.value() == AccountType::EnterpriseLWA)
        return {};
    if (context.accountType.value() == AccountType::Team)
        return tr("A Team account cannot lift a suspension: invite the users again instead.");
    return tr("Only %1 accounts can lift a suspension; %2 is an account of type %3.")
        .arg(DisplayNames::accountType(AccountTypeValue(AccountType::EnterpriseLWA)), context.shownName(),
             DisplayNames::accountType(context.accountType));
}

UserCommand::Plan UnsuspendCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                         const QString &) const
{
    // Users that are not suspended are left as they are (reached() of an unsuspension).
    return planTo(users, uncertain, u"Registered"_s);
}

QString UnsuspendCommand::summary(const Plan &plan, const QString &) const
{
    const QString changing = tr("Lift the suspension of %Ln user(s).", nullptr, int(plan.targets.size()));
    if (plan.leftAlone == 0)
        return changing;
    return changing + u' '
        + tr("%Ln of the selected users are not suspended and are left as they are.", nullptr,
             plan.leftAlone);
}

QString UnsuspendCommand::applyText(int users, const QString &) const
{
    return tr("Unsuspend %Ln user(s)", nullptr, users);
}

QString UnsuspendCommand::confirmation(int users, const CommandContext &context,
                                       const QString &) const
{
    return tr("Lift the suspension of %Ln user(s) of %1? They can sign in again at once.", nullptr,
              users)
        .arg(context.shownName());
}
