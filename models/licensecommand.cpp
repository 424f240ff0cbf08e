#include "models/licensecommand.h"

#include "models/changeacts.h"
#include "models/displaynames.h"

#include <QLocale>

QString LicenseCommand::id() const
{
    return QStringLiteral("license");
}

const ChangeAct &LicenseCommand::act() const
{
    return ChangeActs::license();
}

QString LicenseCommand::menuText() const
{
    return tr("Change &license of selected users…");
}

QKeySequence LicenseCommand::shortcut() const
{
    return Qt::CTRL | Qt::Key_L;
}

QString LicenseCommand::title() const
{
    return tr("Change license");
}

QList<UserCommand::Choice> LicenseCommand::choices(const CommandContext &context) const
{
    QList<Choice> choices;
    for (const LicenseValue &license : context.supportedLicenses)
        choices.append({ license.wireName(), DisplayNames::license(license) });
    return choices;
}

QString LicenseCommand::choicePrompt(int users) const
{
    return tr("New license for the %Ln selected user(s):", nullptr, users);
}

UserCommand::Plan LicenseCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                       const QString &choice) const
{
    return choice.isEmpty() ? Plan {} : planTo(users, uncertain, choice);
}

QString LicenseCommand::summary(const Plan &plan, const QString &choiceText) const
{
    if (choiceText.isEmpty())
        return tr("Choose the license these users are to have.");
    const QLocale locale;
    const qsizetype total = plan.targets.size() + plan.leftAlone;
    return tr("%1 of %2 users will change to %3; %Ln already hold(s) it.", nullptr, int(plan.leftAlone))
        .arg(locale.toString(plan.targets.size()), locale.toString(total), choiceText);
}

QString LicenseCommand::applyText(int users, const QString &choiceText) const
{
    return tr("Change %Ln user(s) to %1", nullptr, users).arg(choiceText);
}

QString LicenseCommand::confirmation(int users, const CommandContext &context,
                                     const QString &choiceText) const
{
    return tr("Change the license of %Ln user(s) of %1 to %2?", nullptr, users)
        .arg(context.shownName(), choiceText);
}
