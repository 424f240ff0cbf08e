#pragma once

#include "core/user.h"
#include "models/change.h"
#include "models/commandcontext.h"
#include "models/importplan.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class ChangeRun;
class ChimeClient;
class ImportPlanModel;
class ImportPlanner;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// File → Import changes…: reads a CSV file, shows its dry run (ImportPlanner) row by row —
// before → after, rows that change nothing, rows that cannot apply and why — and sends nothing
// until Apply, which runs the plan as changes of the change engine (journaled, undoable).
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submitter = std::function<ChangeRun *(Change)>;
    // The users of the account the window can vouch for when a file is planned (asked each time:
    // an applied plan changes them).
    using ListedUsers = std::function<QList<User>()>;

    ImportDialog(ChimeClient *client, CommandContext context, ListedUsers listed, Submitter submit,
                 QWidget *parent = nullptr);

    // Asks for a file (as the Choose button does).
    void chooseFile();
    // Plans the file's contents (a chosen file is read and given here).
    void planFile(const QByteArray &contents, const QString &name);
    void apply();
    QPushButton *applyButton() const { return m_applyButton; }
    const ImportPlan &plan() const { return m_plan; }

signals:
    void planned();
    // Every change of the plan has settled.
    void applied();

private:
    void readFile(const QString &path);
    void showPlan(const ImportPlan &plan);
    void showRuns();

    ChimeClient *m_client;
    CommandContext m_context;
    ListedUsers m_listed;
    Submitter m_submit;
    ImportPlan m_plan;
    ImportPlanModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLabel *m_file;
    QLabel *m_summary;
    QLabel *m_outcome;
    QPushButton *m_chooseButton;
    QPushButton *m_applyButton;
    QPointer<ImportPlanner> m_planner;
    QList<QPointer<ChangeRun>> m_runs;
};
