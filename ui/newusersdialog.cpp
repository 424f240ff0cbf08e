#include "ui/newusersdialog.h"

#include "models/changerun.h"
#include "models/displaynames.h"
#include "ui/changeresultsview.h"
#include "ui/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

NewUsersDialog::NewUsersDialog(CommandContext context, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_submit(std::move(submit))
    , m_pages(new QStackedWidget(this))
    , m_results(new ChangeResultsView(this))
    , m_buttons(new QDialogButtonBox(this))
{
    // Every button is made here: QDialogButtonBox shows hidden buttons again when one is added.
    m_applyButton = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_stopButton = m_buttons->addButton(tr("Stop sending"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Send no more addresses; those already sent still settle"));
    m_retryButton = m_buttons->addButton(tr("Try failed ones again…"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Back to the input with those that failed, were cancelled or "
                                 "could not be confirmed"));
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const QStringList keys = m_results->usersToRetry();
        m_run = nullptr;
        m_retryButton->hide();
        m_applyButton->show();
        m_pages->setCurrentIndex(0);
        editAgain(keys);
    });
    // Enter in a field applies what it checked (when it can), never closes the dialog unasked.
    m_applyButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);
    m_stopButton->hide();
    m_retryButton->hide();
    connect(m_applyButton, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_pages->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(680, 460);
}

ChangeRun *NewUsersDialog::run() const
{
    return m_run;
}

void NewUsersDialog::fillUserTypes(QComboBox *box)
{
    for (const UserType type : { UserType::PrivateUser, UserType::SharedDevice })
        box->addItem(DisplayNames::userType(type), UserTypeValue(type).wireName());
}

void NewUsersDialog::setInputPage(QWidget *page)
{
    m_pages->insertWidget(0, page);
    m_pages->setCurrentIndex(0);
}

void NewUsersDialog::send(const QString &act, const QList<ChangeTarget> &targets)
{
    if (m_run || targets.isEmpty())
        return;
    Change change;
    change.act = act;
    change.accountId = m_context.accountId;
    change.accountName = m_context.accountName;
    change.targets = targets;
    m_run = m_submit(std::move(change));
    if (!m_run)
        return;
    m_applyButton->hide();
    m_stopButton->show();
    connect(m_stopButton, &QPushButton::clicked, m_run, &ChangeRun::cancel);
    m_results->follow(m_run);
    m_pages->setCurrentWidget(m_results);
    // Wide enough for each address's whole status.
    resizeWithinScreen(this, { std::max(width(), 960), height() });
    connect(m_run, &ChangeRun::finished, this, &NewUsersDialog::showFinished);
    if (m_run->isFinished())
        showFinished();
}

void NewUsersDialog::showFinished()
{
    m_stopButton->hide();
    m_retryButton->setVisible(!m_results->usersToRetry().isEmpty());
    if (m_run->countIn(ChangeRun::TargetState::Applied) > 0)
        emit usersAdded(m_context.accountId);
}
