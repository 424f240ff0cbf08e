#pragma once

#include "models/undoplanner.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class ChangeEngine;
class ChangeResultsView;
class ChangeRun;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Undoes a journaled change: reads its users back, previews who gets the previous value back and
// who is skipped and why (changed since by someone else, gone), and sends the undo — itself a
// change of the engine, linked to the one it reverts — only when Apply is pressed.
class UndoDialog final : public QDialog
{
    Q_OBJECT

public:
    // With no id: the newest change that applied to anyone.
    UndoDialog(ChangeEngine *engine, std::optional<QUuid> changeId, QWidget *parent = nullptr);

    void start();
    QPushButton *applyButton() const { return m_applyButton; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *skippedTable() const { return m_skipped; }
    QLabel *summary() const { return m_summary; }
    ChangeRun *run() const { return m_run; }

signals:
    void planned();
    void runFinished(ChangeRun *run);

private:
    void showPlan(const UndoPlanner::Plan &plan);
    void showAccountPlan(const QString &time, const QString &account);
    void send();

    ChangeEngine *m_engine;
    UndoPlanner *m_planner;
    UndoPlanner::Plan m_plan;
    QPointer<ChangeRun> m_run;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QTableWidget *m_skipped;
    ChangeResultsView *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
};
