#include "models/suspendcommand.h"

#include "models/changeacts.h"
#include "models/displaynames.h"
#include "models/suspensionact.h"

QString SuspendCommand::id() const
{
    return QStringLiteral("suspend");
}

const ChangeAct &SuspendCommand::act() const
{
    return ChangeActs::suspension();
}

QString SuspendCommand::menuText() const
{
    return tr("&Suspend selected users…");
}

QKeySequence SuspendCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_S;
}

QString SuspendCommand::title() const
{
    return tr("Suspend users");
}

QString SuspendCommand::unavailableReason(const CommandContext &context) const
{
    const AccountType type = context.accountType.value();
    if (type == AccountType::Team || type == AccountType::EnterpriseLWA)
        return {};
    return tr("Only %1 and %2 accounts can suspend users; %3 is an account of type %4.")
        .arg(DisplayNames::accountType(AccountTypeValue(AccountType::Team)),
             DisplayNames::accountType(AccountTypeValue(AccountType::EnterpriseLWA)), context.shownName(),
             DisplayNames::accountType(context.accountType));
}

UserCommand::Plan SuspendCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                       const QString &) const
{
    return planTo(users, uncertain, SuspensionAct::suspended);
}

QString SuspendCommand::summary(const Plan &plan, const QString &) const
{
    const QString changing = tr("Suspend %Ln user(s).", nullptr, int(plan.targets.size()));
    if (plan.leftAlone == 0)
        return changing;
    return changing + u' '
        + tr("%Ln of the selected users are already suspended and are left as they are.", nullptr,
             plan.leftAlone);
}

QString SuspendCommand::applyText(int users, const QString &) const
{
    return tr("Suspend %Ln user(s)", nullptr, users);
}

QString SuspendCommand::confirmation(int users, const CommandContext &context, const QString &) const
{
    return tr("Suspend %Ln user(s) of %1?", nullptr, users).arg(context.shownName());
}

bool SuspendCommand::canUndo(const CommandContext &context) const
{
    // Only an EnterpriseLWA account can lift a suspension (a Team account invites again).
    return context.accountType.value() == AccountType::EnterpriseLWA;
}

QString SuspendCommand::caution(const CommandContext &context) const
{
    if (context.accountType.value() == AccountType::Team) {
        return tr("On a Team account, suspended users leave the team and go on as free users; "
                  "only inviting them again brings them back. Undo cannot lift this suspension.");
    }
    return tr("Suspended users are signed out at once and cannot sign in until their suspension "
              "is lifted (Unsuspend, or Undo).");
}
