#pragma once

#include "core/account.h"

#include <QDialog>
#include <QList>

class LicenseTotalsModel;
class QLabel;
class QTableView;

// View → License overview: every account listed, its users counted by license, and the totals,
// counted page by page without blocking; counts that are not yet whole say so.
class LicenseOverviewDialog final : public QDialog
{
    Q_OBJECT

public:
    LicenseOverviewDialog(LicenseTotalsModel *totals, QList<Account> accounts, QWidget *parent = nullptr);

    // Counts every account afresh.
    void recount();
    QTableView *table() const { return m_table; }

private:
    void updateSummary();

    LicenseTotalsModel *m_totals;
    QList<Account> m_accounts;
    QTableView *m_table;
    QLabel *m_summary;
};
