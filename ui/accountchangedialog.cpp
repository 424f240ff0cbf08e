#include "ui/accountchangedialog.h"

#include "models/accountact.h"
#include "models/changerun.h"
#include "models/displaynames.h"
#include "models/newaccountact.h"
#include "ui/accountcommand.h"
#include "ui/accountcommands.h"
#include "ui/accountvalueeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using State = ChangeRun::TargetState;

AccountChangeDialog::AccountChangeDialog(const AccountCommand &command, AccountEditorContext context,
                                         Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_command(command)
    , m_context(std::move(context))
    , m_submit(std::move(submit))
    , m_editor(command.createEditor(m_context, this))
    , m_now(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("accountChangeDialog"));
    setWindowTitle(AccountCommands::text(command.title));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), new QLabel(accountText(), this));
    m_now->setObjectName(QStringLiteral("accountValueNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::PlainText);
    if (command.forAnAccount)
        form->addRow(tr("Now:"), m_now);
    layout->addLayout(form);
    layout->addWidget(m_editor);
    for (QLabel *label : { m_problem, m_summary, m_outcome }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_problem->setObjectName(QStringLiteral("accountValueProblem"));
    m_summary->setObjectName(QStringLiteral("accountChangeSummary"));
    m_outcome->setObjectName(QStringLiteral("accountChangeOutcome"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(AccountCommands::text(command.applyText), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyAccountChange"));
    m_undoButton = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoAccountChange"));
    m_undoButton->hide();
    // Enter in a field must not send a change: Apply is pressed, never defaulted to.
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &AccountChangeDialog::apply);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            emit undoRequested(m_run->change().id);
        accept();
    });
    connect(m_editor, &AccountValueEditor::edited, this, &AccountChangeDialog::updatePlan);
    if (!command.forAnAccount)
        m_before = NewAccountAct::none;
    updatePlan();
}

QString AccountChangeDialog::accountText() const
{
    if (!m_context.account)
        return tr("A new account");
    return tr("%1 (%2)", "account name (type)")
        .arg(m_context.account->name, DisplayNames::accountType(m_context.account->accountType));
}

void AccountChangeDialog::start(ChimeClient *client)
{
    if (!m_command.forAnAccount || !m_context.account) {
        m_editor->startFrom({});
        return;
    }
    m_reading = true;
    m_now->setText(tr("Reading…"));
    m_editor->setEnabled(false);
    const QString accountId = m_context.account->accountId;
    m_command.act.read(client, accountId, accountId, this,
                       [this](const Outcome<HeldValue> &answer) { onRead(answer); });
    updatePlan();
}

void AccountChangeDialog::onRead(const Outcome<HeldValue> &answer)
{
    m_reading = false;
    m_editor->setEnabled(true);
    if (answer.isOk()) {
        m_before = answer.value().value;
        m_now->setText(m_command.act.displayValue(m_before));
    } else {
        m_now->setText(tr("Could not be read (%1); the change is recorded with its value before "
                          "not known, and cannot be undone.")
                           .arg(answer.error().userMessage()));
    }
    m_editor->startFrom(m_before);
    updatePlan();
}

void AccountChangeDialog::updatePlan()
{
    if (m_run)
        return;
    const QString after = m_editor->value();
    const QString problem = m_reading ? QString() : m_editor->problem();
    const bool unchanged = !m_before.isEmpty() && m_command.act.reached(m_before, after);
    m_problem->setText(problem);
    if (m_reading || !problem.isEmpty()) {
        m_summary->clear();
    } else if (unchanged) {
        m_summary->setText(tr("The account holds this already: nothing to change."));
    } else {
        const QString undo = m_command.act.isUndoable() && !m_before.isEmpty()
            ? tr("Undo (Ctrl+Z) gives back what it holds now.")
            : tr("This cannot be undone.");
        m_summary->setText(m_command.forAnAccount
                               ? tr("%1 → %2. %3").arg(m_command.act.displayValue(m_before),
                                                       m_command.act.displayValue(after), undo)
                               : undo);
    }
    m_applyButton->setEnabled(!m_reading && problem.isEmpty() && !unchanged);
    growToText();
}

void AccountChangeDialog::growToText()
{
    // Wrapped labels need more height as they fill: grow rather than clip what the dialog says.
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
}

void AccountChangeDialog::apply()
{
    if (!m_applyButton->isEnabled() || m_run)
        return;
    Change change;
    change.act = m_command.act.id();
    const QString key = m_editor->targetKey();
    if (m_context.account) {
        change.accountId = m_context.account->accountId;
        change.accountName = m_context.account->name;
    } else {
        change.accountName = key;
    }
    const QString targetId = key.isEmpty() ? change.accountId : key;
    change.targets = { { targetId, key.isEmpty() ? change.accountName : key, {}, m_before, m_editor->value() } };
    m_run = m_submit(std::move(change));
    if (!m_run) {
        m_outcome->setText(tr("Not sent: the change could not be started (see the window's message)."));
        return;
    }
    m_applyButton->setEnabled(false);
    m_editor->setEnabled(false);
    connect(m_run, &ChangeRun::targetChanged, this, &AccountChangeDialog::showRun);
    connect(m_run, &ChangeRun::finished, this, &AccountChangeDialog::showRun);
    showRun();
}

void AccountChangeDialog::showRun()
{
    if (!m_run)
        return;
    const ChangeRun::Target &target = m_run->targets().first();
    QString text;
    switch (target.state) {
    case State::Queued:
        text = tr("Waiting for an earlier change of this account…");
        break;
    case State::Sending:
        text = tr("Sending…");
        break;
    case State::Checking:
        text = tr("The answer was lost; reading the account back… (%1)").arg(target.message);
        break;
    case State::Applied:
        text = tr("Done. %1").arg(m_command.act.doneText(target.change));
        break;
    case State::NotApplied:
        text = tr("Not applied: %1").arg(target.message);
        break;
    case State::Failed:
        text = tr("The service refused it: %1").arg(target.message);
        break;
    case State::Unconfirmed:
        text = tr("Not confirmed: %1").arg(target.message);
        break;
    case State::Cancelled:
        text = tr("Not sent.");
        break;
    }
    m_outcome->setText(text);
    const bool undoable = target.state == State::Applied && m_command.act.isUndoable()
        && !target.change.before.isEmpty();
    m_undoButton->setVisible(undoable && m_run->isFinished());
    growToText();
}
