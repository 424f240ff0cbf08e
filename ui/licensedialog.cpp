#include "ui/licensedialog.h"

#include "models/displaynames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString stateText(BulkLicenseJob::ItemState state)
{
    switch (state) {
    case BulkLicenseJob::ItemState::Applied:
        return LicenseDialog::tr("Applied");
    case BulkLicenseJob::ItemState::Unchanged:
        return LicenseDialog::tr("Unchanged");
    case BulkLicenseJob::ItemState::Failed:
        return LicenseDialog::tr("Failed");
    case BulkLicenseJob::ItemState::Cancelled:
        return LicenseDialog::tr("Cancelled");
    case BulkLicenseJob::ItemState::Waiting:
        return LicenseDialog::tr("Waiting");
    }
    return {};
}

} // namespace

LicenseDialog::LicenseDialog(const QList<User> &users, const QList<LicenseValue> &supportedLicenses,
                             JobFactory makeJob, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_makeJob(std::move(makeJob))
{
    setWindowTitle(tr("Change license"));
    buildPages(tr("New license for the %n selected user(s):", nullptr, static_cast<int>(users.size())));
    for (const LicenseValue &license : supportedLicenses)
        m_license->addItem(DisplayNames::license(license), license.wireName());
    updateSummary();
}

LicenseDialog::LicenseDialog(const Changes &undo, JobFactory makeJob, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_makeJob(std::move(makeJob))
{
    setWindowTitle(tr("Undo license change"));
    for (const BulkLicenseJob::Change &change : undo)
        m_users.append(change.user);
    buildPages(tr("Give the %n user(s) changed before their previous license back:", nullptr,
                  static_cast<int>(undo.size())));
    m_license->hide();
    updateSummary();
}

void LicenseDialog::buildPages(const QString &prompt)
{
    setObjectName(QStringLiteral("licenseDialog"));
    m_pages = new QStackedWidget(this);
    m_license = new QComboBox(this);
    m_summary = new QLabel(this);
    m_resultSummary = new QLabel(this);
    m_results = new QTableWidget(this);
    m_buttons = new QDialogButtonBox(this);
    m_license->setObjectName(QStringLiteral("targetLicense"));
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);

    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(new QLabel(prompt, choose));
    chooseLayout->addWidget(m_license);
    chooseLayout->addWidget(m_summary);
    chooseLayout->addStretch();
    m_pages->addWidget(choose);

    auto *resultsPage = new QWidget(m_pages);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    m_resultSummary->setObjectName(QStringLiteral("resultSummary"));
    m_resultSummary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setColumnCount(5);
    m_results->setHorizontalHeaderLabels(
        { tr("User"), tr("Before"), tr("After"), tr("Result"), tr("Message") });
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultsLayout->addWidget(m_resultSummary);
    resultsLayout->addWidget(m_results, 1);
    m_pages->addWidget(resultsPage);

    m_applyButton = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_license, &QComboBox::currentIndexChanged, this, &LicenseDialog::updateSummary);
    connect(m_applyButton, &QPushButton::clicked, this, &LicenseDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 240);
}

LicenseDialog::Changes LicenseDialog::plannedChanges() const
{
    if (m_undo)
        return *m_undo;
    return BulkLicenseJob::sameLicenseFor(
        m_users, LicenseValue::fromWire(m_license->currentData().toString()));
}

void LicenseDialog::setTargetLicense(const LicenseValue &license)
{
    const int index = m_license->findData(license.wireName());
    if (index >= 0)
        m_license->setCurrentIndex(index);
}

void LicenseDialog::updateSummary()
{
    const Changes changes = plannedChanges();
    const auto changing = std::count_if(changes.cbegin(), changes.cend(), [](const auto &change) {
        return change.user.licenseType != change.target;
    });
    const int total = static_cast<int>(changes.size());
    const int staying = total - static_cast<int>(changing);
    if (m_undo) {
        m_summary->setText(tr("%1 of %2 users will go back; %3 already hold their previous license.")
                               .arg(QLocale().toString(static_cast<int>(changing)),
                                    QLocale().toString(total), QLocale().toString(staying)));
    } else {
        const LicenseValue target = LicenseValue::fromWire(m_license->currentData().toString());
        m_summary->setText(tr("%1 of %2 users will change to %3; %4 already hold it.")
                               .arg(QLocale().toString(static_cast<int>(changing)),
                                    QLocale().toString(total), DisplayNames::license(target),
                                    QLocale().toString(staying)));
    }
    m_applyButton->setEnabled(changing > 0 && !m_job);
}

void LicenseDialog::apply()
{
    if (m_job || (!m_undo && m_license->currentIndex() < 0))
        return;
    m_applyButton->setEnabled(false);
    m_license->setEnabled(false);
    m_job = m_makeJob(plannedChanges());
    m_job->setParent(this);

    m_progress = new QProgressDialog(tr("Changing licenses…"), tr("Cancel"), 0, m_job->total(), this);
    m_progress->setObjectName(QStringLiteral("licenseProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BulkLicenseJob::cancel);
    connect(m_job, &BulkLicenseJob::progressChanged, m_progress, [this](int settled, int total) {
        m_progress->setValue(settled);
        m_progress->setLabelText(tr("Changing licenses… %1 of %2 done")
                                     .arg(QLocale().toString(settled), QLocale().toString(total)));
    });
    connect(m_job, &BulkLicenseJob::finished, this, &LicenseDialog::showResults);
    m_job->start();
}

void LicenseDialog::addRetryButton()
{
    auto *retry = m_buttons->addButton(tr("Select failed users"), QDialogButtonBox::ActionRole);
    retry->setObjectName(QStringLiteral("selectFailedButton"));
    retry->setToolTip(tr("Select the users whose change failed or was cancelled, to try them again"));
    connect(retry, &QPushButton::clicked, this, [this] {
        QStringList failed;
        for (const BulkLicenseJob::Item &item : m_job->items()) {
            if (item.state == BulkLicenseJob::ItemState::Failed
                || item.state == BulkLicenseJob::ItemState::Cancelled)
                failed.append(item.userId);
        }
        emit retryFailedRequested(failed);
        accept();
    });
}

void LicenseDialog::addUndoButton()
{
    auto *undo = m_buttons->addButton(tr("Undo…"), QDialogButtonBox::ActionRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    undo->setToolTip(tr("Give every user changed here the license it had before"));
    connect(undo, &QPushButton::clicked, this, [this] {
        Changes back;
        for (const BulkLicenseJob::Item &item : m_job->items()) {
            if (item.state != BulkLicenseJob::ItemState::Applied)
                continue;
            User changed;
            changed.userId = item.userId;
            changed.displayName = item.displayName;
            changed.licenseType = item.target;
            back.append({ changed, item.before });
        }
        emit undoRequested(back);
        accept();
    });
}

void LicenseDialog::showResults()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QList<BulkLicenseJob::Item> &items = m_job->items();
    m_results->setRowCount(static_cast<int>(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const BulkLicenseJob::Item &item = items.at(row);
        const bool applied = item.state == BulkLicenseJob::ItemState::Applied;
        const QStringList cells { item.displayName, DisplayNames::license(item.before),
                                  DisplayNames::license(applied ? item.target : item.before),
                                  stateText(item.state), item.message };
        for (int column = 0; column < cells.size(); ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_results->item(row, 0)->setData(Qt::UserRole, item.userId);
    }
    m_results->resizeColumnsToContents();
    using State = BulkLicenseJob::ItemState;
    const int failed = m_job->countIn(State::Failed) + m_job->countIn(State::Cancelled);
    m_resultSummary->setText(tr("Applied: %1. Unchanged: %2. Failed: %3. Cancelled: %4.")
                                 .arg(m_job->countIn(State::Applied))
                                 .arg(m_job->countIn(State::Unchanged))
                                 .arg(m_job->countIn(State::Failed))
                                 .arg(m_job->countIn(State::Cancelled)));
    if (failed > 0)
        addRetryButton();
    if (!m_undo && m_job->countIn(State::Applied) > 0)
        addUndoButton();
    m_applyButton->hide();
    m_pages->setCurrentIndex(1);
    resize(std::max(width(), 680), std::max(height(), 440));
    emit jobFinished(m_job);
}
