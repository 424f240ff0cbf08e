#include "ui/undodialog.h"

#include "core/chimeclient.h"
#include "models/accountact.h"
#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "ui/changeresultsview.h"
#include "ui/readonlytable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    ReadOnlyTable::setUp(table);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString shownName(const QString &displayName, const QString &userId)
{
    return displayName.isEmpty() ? userId : displayName;
}

} // namespace

UndoDialog::UndoDialog(ChangeEngine *engine, std::optional<QUuid> changeId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_planner(new UndoPlanner(engine, std::move(changeId), this))
    , m_pages(new QStackedWidget(this))
    , m_summary(new QLabel(tr("Reading the users of the change back…"), this))
    , m_preview(newTable({ tr("User"), tr("Now"), tr("Back to") }, this))
    , m_skipped(newTable({ tr("User"), tr("Skipped because") }, this))
    , m_results(new ChangeResultsView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("undoDialog"));
    setWindowTitle(tr("Undo change"));
    m_summary->setObjectName(QStringLiteral("undoSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("undoPreview"));
    m_preview->setAccessibleName(tr("Users the undo changes back"));
    m_skipped->setObjectName(QStringLiteral("undoSkipped"));
    m_skipped->setAccessibleName(tr("Users the undo leaves alone"));

    auto *previewPage = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_preview, 2);
    previewLayout->addWidget(new QLabel(tr("Left as they are:"), previewPage));
    previewLayout->addWidget(m_skipped, 1);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(m_results);

    // Not AcceptRole, which the button box would make the default: Enter must not send it.
    m_applyButton = m_buttons->addButton(tr("Undo"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyUndoButton"));
    m_applyButton->setAutoDefault(false);
    m_applyButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    connect(m_applyButton, &QPushButton::clicked, this, &UndoDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planner, &UndoPlanner::planned, this, &UndoDialog::showPlan);
    resize(720, 460);
}

void UndoDialog::start()
{
    m_planner->start();
}

void UndoDialog::showPlan(const UndoPlanner::Plan &plan)
{
    m_plan = plan;
    if (!plan.error.isEmpty()) {
        m_summary->setText(plan.error);
        emit planned();
        return;
    }
    const ChangeAct *act = ChangeActs::find(plan.original.act);
    const QList<ChangeTarget> &targets = plan.change.targets;
    m_preview->setRowCount(static_cast<int>(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        const ChangeTarget &target = targets.at(row);
        setRow(m_preview, row, { shownName(target.displayName, target.userId),
                                 act->displayValue(target.before), act->displayValue(target.after) });
    }
    m_skipped->setRowCount(static_cast<int>(plan.skipped.size()));
    for (int row = 0; row < plan.skipped.size(); ++row) {
        const UndoPlanner::Skipped &skipped = plan.skipped.at(row);
        setRow(m_skipped, row, { shownName(skipped.user.displayName, skipped.user.userId), skipped.reason });
    }
    m_preview->resizeColumnsToContents();
    m_skipped->resizeColumnsToContents();
    const QString account = plan.original.accountName.isEmpty() ? plan.original.accountId
                                                                : plan.original.accountName;
    const QString time = plan.original.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (dynamic_cast<const AccountAct *>(act)) {
        showAccountPlan(time, account);
        return;
    }
    QString summary = tr("Undo the change of %1 in %2: %Ln user(s) get their previous value back.",
                         nullptr, static_cast<int>(targets.size()))
                          .arg(time, account);
    if (!plan.skipped.isEmpty()) {
        summary += QLatin1Char(' ')
            + tr("%Ln user(s) changed since or could not be read and are left as they are.", nullptr,
                 static_cast<int>(plan.skipped.size()));
    }
    m_summary->setText(summary);
    m_applyButton->setText(tr("Undo for %Ln user(s)", nullptr, static_cast<int>(targets.size())));
    m_applyButton->setEnabled(!targets.isEmpty());
    // Focus on the list, not on the button: a stray Space must not send the undo.
    m_preview->setFocus();
    emit planned();
}

void UndoDialog::showAccountPlan(const QString &time, const QString &account)
{
    // One account, not users: said as such, and the button needs no count.
    m_preview->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Account")));
    m_skipped->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Account")));
    m_preview->resizeColumnsToContents();
    m_skipped->resizeColumnsToContents();
    const bool undoable = !m_plan.change.targets.isEmpty();
    m_summary->setText(undoable ? tr("Undo the change of %1 to the account %2: it gets its previous value back.")
                                      .arg(time, account)
                                : tr("The account %1 changed since %2 or could not be read: it is left as it is.")
                                      .arg(account, time));
    m_applyButton->setText(tr("Undo"));
    m_applyButton->setEnabled(undoable);
    m_preview->setFocus();
    emit planned();
}

void UndoDialog::send()
{
    if (m_run || m_plan.change.targets.isEmpty())
        return;
    // The preview was read with one connection; sending with another would undo what it did not
    // check, or at another service.
    if (!m_engine->client()->identity().reaches(m_plan.readWith)) {
        m_summary->setText(tr("The credentials or the endpoint changed since this preview was read; "
                              "open the undo again to check the users with the ones in use now."));
        m_applyButton->setEnabled(false);
        return;
    }
    m_run = m_engine->submit(m_plan.change);
    if (!m_run)
        return;
    m_applyButton->hide();
    m_results->follow(m_run);
    m_pages->setCurrentWidget(m_results);
    connect(m_run, &ChangeRun::finished, this, [this] { emit runFinished(m_run); });
}
