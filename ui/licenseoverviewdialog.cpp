#include "ui/licenseoverviewdialog.h"

#include "models/licensetotalsmodel.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LicenseOverviewDialog::LicenseOverviewDialog(LicenseTotalsModel *totals, QList<Account> accounts,
                                             QWidget *parent)
    : QDialog(parent)
    , m_totals(totals)
    , m_accounts(std::move(accounts))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("licenseOverview"));
    setWindowTitle(tr("License overview"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("licenseTotals"));
    m_table->setAccessibleName(tr("Users by license, account by account"));
    m_table->setModel(totals);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(LicenseTotalsModel::StateColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("Count again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("countAgain"));
    connect(again, &QPushButton::clicked, this, &LicenseOverviewDialog::recount);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(totals, &QAbstractItemModel::dataChanged, this, &LicenseOverviewDialog::updateSummary);
    connect(totals, &LicenseTotalsModel::finished, this, [this] {
        updateSummary();
        m_table->resizeColumnsToContents();
    });
    // Closed, it stops counting: nothing runs for a window no one sees.
    connect(this, &QDialog::finished, totals, &LicenseTotalsModel::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, { 820, 360 });
}

void LicenseOverviewDialog::recount()
{
    m_totals->count(m_accounts);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void LicenseOverviewDialog::updateSummary()
{
    m_summary->setText(m_totals->isCounting()
                           ? tr("Counting the users of %Ln account(s), page by page…", nullptr,
                                int(m_accounts.size()))
                           : tr("The users of the %Ln account(s) listed, by license.", nullptr,
                                int(m_accounts.size())));
}
