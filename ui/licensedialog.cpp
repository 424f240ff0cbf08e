#include "ui/licensedialog.h"

#include "models/changeacts.h"
#include "models/changerun.h"
#include "models/displaynames.h"
#include "ui/changeresultsview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

LicenseDialog::LicenseDialog(const QList<User> &users, const QList<LicenseValue> &supportedLicenses,
                             const QString &accountId, const QString &accountName, Submit submit,
                             QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_accountId(accountId)
    , m_accountName(accountName)
    , m_submit(std::move(submit))
    , m_pages(new QStackedWidget(this))
    , m_license(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_results(new ChangeResultsView(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("licenseDialog"));
    setWindowTitle(tr("Change license"));
    m_license->setObjectName(QStringLiteral("targetLicense"));
    m_license->setPlaceholderText(tr("Choose a license…"));
    for (const LicenseValue &license : supportedLicenses)
        m_license->addItem(DisplayNames::license(license), license.wireName());
    m_license->setCurrentIndex(-1);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);

    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(new QLabel(
        tr("New license for the %n selected user(s):", nullptr, static_cast<int>(users.size())), choose));
    chooseLayout->addWidget(m_license);
    chooseLayout->addWidget(m_summary);
    chooseLayout->addStretch();
    m_pages->addWidget(choose);
    m_pages->addWidget(m_results);

    createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_license, &QComboBox::currentIndexChanged, this, &LicenseDialog::updateSummary);
    resize(560, 240);
    updateSummary();
}

// Every button is made here and only shown or hidden later: QDialogButtonBox shows its hidden
// buttons again whenever one is added.
void LicenseDialog::createButtons()
{
    m_applyButton = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setAutoDefault(false);
    m_stopButton = m_buttons->addButton(tr("Stop sending"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Send no more users; those already sent still settle"));
    m_retryButton = m_buttons->addButton(tr("Select failed users"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("selectFailedButton"));
    m_retryButton->setToolTip(tr("Select the users whose change failed, was cancelled or could not be "
                                 "confirmed, to try them again"));
    m_undoButton = m_buttons->addButton(tr("Undo…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolTip(tr("Give every user changed here the license it had before, unless it "
                                "was changed again since"));
    m_buttons->addButton(QDialogButtonBox::Close);
    for (QPushButton *later : { m_stopButton, m_retryButton, m_undoButton })
        later->hide();

    connect(m_applyButton, &QPushButton::clicked, this, &LicenseDialog::apply);
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

QList<ChangeTarget> LicenseDialog::plannedTargets() const
{
    QList<ChangeTarget> targets;
    if (m_license->currentIndex() < 0)
        return targets;
    const QString target = m_license->currentData().toString();
    for (const User &user : m_users) {
        if (user.licenseType.wireName() != target) {
            targets.append({ user.userId, user.displayName.value_or(QString()),
                             user.primaryEmail.value_or(QString()), user.licenseType.wireName(), target });
        }
    }
    return targets;
}

void LicenseDialog::setTargetLicense(const LicenseValue &license)
{
    m_license->setCurrentIndex(m_license->findData(license.wireName()));
}

void LicenseDialog::updateSummary()
{
    const QLocale locale;
    const int total = static_cast<int>(m_users.size());
    const int changing = static_cast<int>(plannedTargets().size());
    if (m_license->currentIndex() < 0) {
        m_summary->setText(tr("Choose the license these users are to have."));
        m_applyButton->setText(tr("Apply"));
        m_applyButton->setEnabled(false);
        return;
    }
    const QString license = m_license->currentText();
    m_summary->setText(tr("%1 of %2 users will change to %3; %4 already hold it.")
                           .arg(locale.toString(changing), locale.toString(total), license,
                                locale.toString(total - changing)));
    m_applyButton->setText(changing > 0 ? tr("Change %Ln user(s) to %1", nullptr, changing).arg(license)
                                        : tr("Apply"));
    m_applyButton->setEnabled(changing > 0 && !m_run);
}

void LicenseDialog::apply()
{
    const qsizetype changing = plannedTargets().size();
    if (m_run || changing == 0 || m_confirmation)
        return;
    if (changing <= confirmAbove) {
        send();
        return;
    }
    // Asked without blocking: the window stays alive while the question is open.
    m_confirmation = new QMessageBox(
        QMessageBox::Question, tr("Change licenses"),
        tr("Change the license of %Ln user(s) of %1 to %2?", nullptr, static_cast<int>(changing))
            .arg(m_accountName.isEmpty() ? m_accountId : m_accountName, m_license->currentText()),
        QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("licenseConfirmation"));
    m_confirmation->setTextFormat(Qt::PlainText);
    QPushButton *yes = m_confirmation->addButton(m_applyButton->text(), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button == yes)
            send();
    });
    m_confirmation->open();
}

void LicenseDialog::send()
{
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = m_accountId;
    change.accountName = m_accountName;
    change.targets = plannedTargets();
    m_run = m_submit(std::move(change));
    if (!m_run)
        return;
    m_applyButton->hide();
    m_license->setEnabled(false);
    m_stopButton->show();
    connect(m_stopButton, &QPushButton::clicked, m_run, &ChangeRun::cancel);
    m_results->follow(m_run);
    m_pages->setCurrentWidget(m_results);
    resize(std::max(width(), 720), std::max(height(), 460));
    connect(m_run, &ChangeRun::finished, this, &LicenseDialog::showFinished);
    if (m_run->isFinished())
        showFinished();
}

void LicenseDialog::showFinished()
{
    m_stopButton->hide();
    m_retryButton->setVisible(!m_results->usersToRetry().isEmpty());
    m_undoButton->setVisible(m_run->countIn(ChangeRun::TargetState::Applied) > 0);
    emit runFinished(m_run);
}
