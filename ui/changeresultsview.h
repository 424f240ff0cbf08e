#pragma once

#include "models/changerun.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Follows one change as it runs: a progress bar while users are on their way, then a line per
// user with its value before and after and how it settled (applied, failed, checking, not
// applied, could not be confirmed, cancelled) and the service's message.
class ChangeResultsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeResultsView(QWidget *parent = nullptr);

    void follow(ChangeRun *run);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // Users that failed, were cancelled or could not be confirmed: worth another try.
    QStringList usersToRetry() const;
    // The selected lines (every line when none is selected), a tab between columns, with the
    // whole message: for a ticket or a spreadsheet. Ctrl+C and the Copy button put it on the
    // clipboard.
    QString selectedText() const;

    static QString stateText(ChangeRun::TargetState state);

private:
    void updateRow(int index);
    void updateSummary();

    QPointer<ChangeRun> m_run;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_copy;
};
