#include "ui/changedialog.h"

#include "models/changeact.h"
#include "models/changerun.h"
#include "models/plaintooltip.h"
#include "models/userreadback.h"
#include "ui/changeresultsview.h"
#include "ui/confirmationbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChangeDialog::ChangeDialog(const UserCommand &command, CommandContext context,
                           const QList<User> &users, QSet<QString> uncertain, Submit submit,
                           QWidget *parent)
    : QDialog(parent)
    , m_command(command)
    , m_takesText(!command.textPrompt().isEmpty())
    , m_context(std::move(context))
    , m_users(users)
    , m_uncertain(std::move(uncertain))
    , m_submit(std::move(submit))
    , m_pages(new QStackedWidget(this))
    , m_choice(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_caution(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_results(new ChangeResultsView(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(command.id() + u"Dialog"_s);
    setWindowTitle(command.title());
    m_pages->addWidget(createPlanPage());
    m_pages->addWidget(m_results);
    createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ChangeDialog::updatePlan);
    connect(m_text, &QLineEdit::textChanged, this, &ChangeDialog::updatePlan);
    resize(640, 420);
    updatePlan();
}

QWidget *ChangeDialog::createPlanPage()
{
    m_choice->setObjectName(u"choice"_s);
    m_choice->setPlaceholderText(tr("Choose…"));
    const QList<UserCommand::Choice> choices = m_command.choices(m_context);
    for (const UserCommand::Choice &choice : choices)
        m_choice->addItem(choice.text, choice.value);
    m_choice->setCurrentIndex(-1);
    m_summary->setObjectName(u"changeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_caution->setObjectName(u"caution"_s);
    m_caution->setWordWrap(true);
    m_caution->setTextFormat(Qt::PlainText);
    m_caution->setText(m_command.caution(m_context));
    m_caution->setVisible(!m_caution->text().isEmpty());
    QFont bold = m_caution->font();
    bold.setBold(true);
    m_caution->setFont(bold);
    m_preview->setObjectName(u"changePreview"_s);
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({ tr("User"), tr("Now"), tr("After") });
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);

    m_text->setObjectName(u"textChoice"_s);
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_preview->setAccessibleName(tr("Who changes: each user now and after"));
    if (!choices.isEmpty()) {
        auto *prompt = new QLabel(m_command.choicePrompt(int(m_users.size())), page);
        prompt->setBuddy(m_choice);
        m_choice->setAccessibleName(prompt->text());
        layout->addWidget(prompt);
        layout->addWidget(m_choice);
    } else {
        m_choice->hide();
    }
    if (m_takesText) {
        auto *prompt = new QLabel(m_command.textPrompt(), page);
        prompt->setBuddy(m_text);
        m_text->setAccessibleName(prompt->text());
        layout->addWidget(prompt);
        layout->addWidget(m_text);
    } else {
        m_text->hide();
    }
    layout->addWidget(m_summary);
    layout->addWidget(m_caution);
    layout->addWidget(m_preview, 1);
    return page;
}

// Every button is made here and only shown or hidden later: QDialogButtonBox shows its hidden
// buttons again whenever one is added.
void ChangeDialog::createButtons()
{
    // Not AcceptRole: the button box makes its first accept button the default, and Enter would
    // then send the change (a suspension, a sign-out, a PIN reset) the moment the dialog opens.
    m_applyButton = m_buttons->addButton(tr("Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(u"applyButton"_s);
    m_applyButton->setAutoDefault(false);
    m_stopButton = m_buttons->addButton(tr("Stop sending"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_stopButton->setToolTip(tr("Send no more users; those already sent still settle"));
    m_retryButton = m_buttons->addButton(tr("Select failed users"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"selectFailedButton"_s);
    m_retryButton->setToolTip(tr("Select the users whose change failed, was cancelled or could not be "
                                 "confirmed, to try them again"));
    m_undoButton = m_buttons->addButton(tr("Undo…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->setToolTip(tr("Give every user changed here its value from before, unless it "
                                "was changed again since"));
    m_buttons->addButton(QDialogButtonBox::Close);
    for (QPushButton *later : { m_stopButton, m_retryButton, m_undoButton })
        later->hide();

    connect(m_applyButton, &QPushButton::clicked, this, &ChangeDialog::apply);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        emit retryFailedRequested(m_results->usersToRetry());
        accept();
    });
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        emit undoRequested(m_run->change().id);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChangeDialog::choice() const
{
    if (m_takesText)
        return m_text->text().trimmed();
    return m_choice->currentIndex() < 0 ? QString() : m_choice->currentData().toString();
}

QString ChangeDialog::choiceText() const
{
    if (m_takesText)
        return m_text->text().trimmed();
    return m_choice->currentIndex() < 0 ? QString() : m_choice->currentText();
}

void ChangeDialog::setChoice(const QString &value)
{
    if (m_takesText)
        m_text->setText(value);
    else
        m_choice->setCurrentIndex(m_choice->findData(value));
}

void ChangeDialog::readUnknownValues(ChimeClient *client)
{
    const ChangeAct &act = m_command.act();
    QList<QString> unknown;
    for (const User &user : std::as_const(m_users)) {
        if (act.heldValue(user).isEmpty() && !m_uncertain.contains(user.userId))
            unknown.append(user.userId);
    }
    if (act.listsValue() || unknown.isEmpty())
        return;
    m_reading = true;
    m_toRead = int(unknown.size());
    // One round: a user that cannot be read now is planned as not known rather than waited for.
    auto *reader = new UserReadBack(client, act, m_context.accountId, unknown, { 6, 1, {} }, this);
    connect(reader, &UserReadBack::userRead, this, &ChangeDialog::onUserRead);
    connect(reader, &UserReadBack::finished, this, [this, reader] {
        reader->deleteLater();
        m_reading = false;
        updatePlan();
    });
    updatePlan();
    reader->start();
}

void ChangeDialog::onUserRead(const QString &userId, const Outcome<HeldValue> &answer)
{
    --m_toRead;
    if (!answer.isOk()) {
        m_unreadable.append(answer.error().userMessage());
        updatePlan();
        return;
    }
    const std::optional<User> &read = answer.value().user;
    if (!read)
        return;
    for (User &user : m_users) {
        if (user.userId == userId)
            user = user.mergedWith(*read);
    }
    emit usersRead({ *read });
    updatePlan();
}

void ChangeDialog::updatePlan()
{
    const bool waitsForChoice = m_choice->count() > 0 && m_choice->currentIndex() < 0;
    m_plan = waitsForChoice || m_reading ? UserCommand::Plan {}
                                         : m_command.plan(m_users, m_uncertain, choice());
    QString summary = m_reading ? tr("Reading what %Ln user(s) hold now…", nullptr, m_toRead)
                                : m_command.summary(m_plan, choiceText());
    if (!m_unreadable.isEmpty()) {
        summary += u' '
            + tr("%Ln user(s) could not be read (%1): what they hold now is not known.", nullptr,
                 int(m_unreadable.size()))
                  .arg(m_unreadable.constFirst());
    }
    m_summary->setText(summary);
    const int changing = static_cast<int>(m_plan.targets.size());
    m_applyButton->setText(changing > 0 ? m_command.applyText(changing, choiceText()) : tr("Apply"));
    m_applyButton->setEnabled(changing > 0 && !m_run);
    fillPreview();
}

void ChangeDialog::fillPreview()
{
    const ChangeAct &act = m_command.act();
    m_preview->setRowCount(static_cast<int>(m_plan.targets.size()));
    for (int row = 0; row < m_plan.targets.size(); ++row) {
        const ChangeTarget &target = m_plan.targets.at(row);
        const QString who = target.email.isEmpty()
            ? target.displayName
            : tr("%1 <%2>").arg(target.displayName.isEmpty() ? target.userId : target.displayName,
                                target.email);
        const QString before = target.before.isEmpty() && act.readBackTells()
            ? tr("not known")
            : act.displayValue(target.before);
        int column = 0;
        for (const QString &text : { who, before, act.displayValue(target.after) }) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(plainToolTip(text));
            m_preview->setItem(row, column++, item);
        }
    }
    m_preview->resizeColumnToContents(1);
    m_preview->resizeColumnToContents(2);
}

void ChangeDialog::apply()
{
    const int changing = static_cast<int>(m_plan.targets.size());
    if (m_run || changing == 0 || m_confirmation)
        return;
    if (m_command.confirmAbove() > 0 && changing <= m_command.confirmAbove()) {
        send();
        return;
    }
    // Asked without blocking: the window stays alive while the question is open.
    QString question = m_command.confirmation(changing, m_context, choiceText());
    if (!m_caution->text().isEmpty())
        question += u"\n\n"_s + m_caution->text();
    m_confirmation = openConfirmation(this, m_command.title(), question, m_applyButton->text(),
                                      [this] { send(); });
}

void ChangeDialog::send()
{
    Change change;
    change.act = m_command.act().id();
    change.accountId = m_context.accountId;
    change.accountName = m_context.accountName;
    change.targets = m_plan.targets;
    m_run = m_submit(std::move(change));
    if (!m_run)
        return;
    m_applyButton->hide();
    m_choice->setEnabled(false);
    m_text->setEnabled(false);
    m_stopButton->show();
    connect(m_stopButton, &QPushButton::clicked, m_run, &ChangeRun::cancel);
    m_results->follow(m_run);
    m_pages->setCurrentWidget(m_results);
    resize(std::max(width(), 720), std::max(height(), 460));
    connect(m_run, &ChangeRun::finished, this, &ChangeDialog::showFinished);
    if (m_run->isFinished())
        showFinished();
}

void ChangeDialog::showFinished()
{
    m_stopButton->hide();
    m_retryButton->setVisible(!m_results->usersToRetry().isEmpty());
    m_undoButton->setVisible(m_command.canUndo(m_context)
                             && m_run->countIn(ChangeRun::TargetState::Applied) > 0);
    emit runFinished(m_run);
}
