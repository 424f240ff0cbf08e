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
    , m_pages(new QStackedWidget(this))
    , m_license(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_resultSummary(new QLabel(this))
    , m_results(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("licenseDialog"));
    setWindowTitle(tr("Change license"));
    m_license->setObjectName(QStringLiteral("targetLicense"));
    for (const LicenseValue &license : supportedLicenses)
        m_license->addItem(DisplayNames::license(license), license.wireName());
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);

    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(new QLabel(tr("New license for the %n selected user(s):", nullptr,
                                          static_cast<int>(users.size())),
                                       choose));
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
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSortingEnabled(false);
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
    updateSummary();
    resize(560, 240);
}

LicenseValue LicenseDialog::chosenLicense() const
{
    return LicenseValue::fromWire(m_license->currentData().toString());
}

void LicenseDialog::setTargetLicense(const LicenseValue &license)
{
    const int index = m_license->findData(license.wireName());
    if (index >= 0)
        m_license->setCurrentIndex(index);
}

void LicenseDialog::updateSummary()
{
    const LicenseValue target = chosenLicense();
    const auto changing = std::count_if(m_users.cbegin(), m_users.cend(),
                                        [&](const User &user) { return user.licenseType != target; });
    const int total = static_cast<int>(m_users.size());
    m_summary->setText(tr("%1 of %2 users will change to %3; %4 already hold it.")
                           .arg(QLocale().toString(static_cast<int>(changing)),
                                QLocale().toString(total), DisplayNames::license(target),
                                QLocale().toString(total - static_cast<int>(changing))));
    m_applyButton->setEnabled(changing > 0 && !m_job);
}

void LicenseDialog::apply()
{
    if (m_job || m_license->currentIndex() < 0)
        return;
    m_applyButton->setEnabled(false);
    m_license->setEnabled(false);
    m_job = m_makeJob(m_users, chosenLicense());
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
    m_applyButton->hide();
    m_pages->setCurrentIndex(1);
    resize(std::max(width(), 680), std::max(height(), 440));
    emit jobFinished(m_job);
}
