#include "models/assignnumbercommand.h"

#include "core/chimerequestbuilder.h"
#include "models/changeacts.h"

namespace {

// The model lets the "+" be left out; the number is always sent, kept and compared with it, so a
// read-back or an undo finds the same text.
QString withPlus(const QString &number)
{
    return number.startsWith(u'+') || number.isEmpty() ? number : u'+' + number;
}

} // namespace

QString AssignNumberCommand::id() const
{
    return QStringLiteral("assign-number");
}

const ChangeAct &AssignNumberCommand::act() const
{
    return ChangeActs::phoneNumber();
}

QString AssignNumberCommand::menuText() const
{
    return tr("Assign &phone number…");
}

QKeySequence AssignNumberCommand::shortcut() const
{
    return Qt::CTRL | Qt::SHIFT | Qt::Key_N;
}

QString AssignNumberCommand::title() const
{
    return tr("Assign phone number");
}

QString AssignNumberCommand::textPrompt() const
{
    return tr("Phone number, in E.164 form (such as +12065550100):");
}

QString AssignNumberCommand::textProblem(const QString &text) const
{
    if (text.isEmpty())
        return tr("Type the phone number to assign.");
    if (!ChimeRequestBuilder::isE164(withPlus(text)))
        return tr("%1 is not a phone number in E.164 form: a + and 2 to 15 digits, the first not 0.")
            .arg(text);
    return {};
}

UserCommand::Plan AssignNumberCommand::plan(const QList<User> &users, const QSet<QString> &uncertain,
                                            const QString &choice) const
{
    Plan plan;
    // A number belongs to one user: with more selected, nothing is planned.
    if (users.size() != 1 || !textProblem(choice).isEmpty()) {
        plan.leftAlone = int(users.size());
        return plan;
    }
    return planTo(users, uncertain, withPlus(choice));
}

QString AssignNumberCommand::summary(const Plan &plan, const QString &choiceText) const
{
    if (plan.targets.isEmpty() && plan.leftAlone > 1)
        return tr("A phone number goes to one user: select only the user who is to have it.");
    if (const QString problem = textProblem(choiceText); !problem.isEmpty())
        return problem;
    if (plan.targets.isEmpty())
        return tr("The user already has %1.").arg(withPlus(choiceText));
    return tr("%1 becomes the primary phone number of %2.")
        .arg(withPlus(choiceText), plan.targets.first().displayName);
}

QString AssignNumberCommand::applyText(int, const QString &choiceText) const
{
    return tr("Assign %1").arg(withPlus(choiceText));
}

QString AssignNumberCommand::confirmation(int, const CommandContext &context,
                                          const QString &choiceText) const
{
    return tr("Assign %1 to the selected user of %2?").arg(withPlus(choiceText), context.shownName());
}
