#include "models/telephonycommand.h"

#include "models/changeacts.h"
#include "models/telephonyact.h"

#include <QLocale>

QString TelephonyCommand::id() const
{
    return QStringLiteral("telephony");
}

const ChangeAct &TelephonyCommand::act() const
{
    return ChangeActs::telephony();
}

QString TelephonyCommand::menuText() const
{
    return tr("&Telephony settings of selected users…");
}

QKeySequence TelephonyCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_T;
}

QString TelephonyCommand::title() const
{
    return tr("Telephony settings");
}

QList<UserCommand::Choice> TelephonyCommand::choices(const CommandContext &) const
{
    QList<Choice> choices;
    // All allowed first, nothing allowed last: bit i of `denied` denies one permission.
    for (int denied = 0; denied < 8; ++denied) {
        const TelephonySettings settings { (denied & 4) == 0, (denied & 2) == 0, (denied & 1) == 0 };
        const QString value = TelephonyAct::valueOf(settings);
        choices.append({ value, act().displayValue(value) });
    }
    return choices;
}

QString TelephonyCommand::choicePrompt(int users) const
{
    return tr("Telephony settings for the %Ln selected user(s):", nullptr, users);
}

UserCommand::Plan TelephonyCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                         const QString &choice) const
{
    return choice.isEmpty() ? Plan {} : planTo(users, uncertain, choice);
}

QString TelephonyCommand::summary(const Plan &plan, const QString &choiceText) const
{
    if (choiceText.isEmpty())
        return tr("Choose the telephony settings these users are to have.");
    const QLocale locale;
    const qsizetype total = plan.targets.size() + plan.leftAlone;
    return tr("%1 of %2 users will change to: %3. %4 have these settings already.")
        .arg(locale.toString(plan.targets.size()), locale.toString(total), choiceText,
             locale.toString(plan.leftAlone));
}

QString TelephonyCommand::applyText(int users, const QString &) const
{
    return tr("Change telephony of %Ln user(s)", nullptr, users);
}

QString TelephonyCommand::confirmation(int users, const CommandContext &context,
                                       const QString &choiceText) const
{
    return tr("Change the telephony settings of %Ln user(s) of %1 to: %2?", nullptr, users)
        .arg(context.shownName(), choiceText);
}
