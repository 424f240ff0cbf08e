#include "ui/changeresultsview.h"

#include "models/plaintooltip.h"
#include "ui/readonlytable.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { UserColumn, EmailColumn, BeforeColumn, AfterColumn, ResultColumn, MessageColumn, ColumnCount };

} // namespace

ChangeResultsView::ChangeResultsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("changeProgress"));
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("User"), tr("Email"), tr("Before"), tr("After"), tr("Result"), tr("Message") });
    ReadOnlyTable::setUp(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);

    m_copy->setObjectName(QStringLiteral("copyResults"));
    m_copy->setToolTip(tr("Copy the selected lines (all when none is selected), with the whole messages"));
    auto *copyAction = new QAction(m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copyAction);
    const auto copy = [this] { QGuiApplication::clipboard()->setText(selectedText()); };
    connect(copyAction, &QAction::triggered, this, copy);
    connect(m_copy, &QPushButton::clicked, this, copy);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
}

QString ChangeResultsView::stateText(ChangeRun::TargetState state)
{
    using State = ChangeRun::TargetState;
    switch (state) {
    case State::Queued:
        return tr("Waiting");
    case State::Sending:
        return tr("Sending…");
    case State::Checking:
        return tr("Checking…");
    case State::Applied:
        return tr("Applied");
    case State::Failed:
        return tr("Failed");
    case State::NotApplied:
        return tr("Not applied");
    case State::Unconfirmed:
        return tr("Could not be confirmed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void ChangeResultsView::follow(ChangeRun *run)
{
    m_run = run;
    const QList<ChangeRun::Target> &targets = run->targets();
    m_table->setRowCount(static_cast<int>(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        updateRow(row);
    }
    m_progress->setRange(0, run->total());
    connect(run, &ChangeRun::targetChanged, this, &ChangeResultsView::updateRow);
    // On every change of a user, not only when one settles: "being checked" counts users that
    // have not settled.
    connect(run, &ChangeRun::targetChanged, this, &ChangeResultsView::updateSummary);
    connect(run, &ChangeRun::finished, this, [this] {
        updateSummary();
        m_table->resizeColumnsToContents();
    });
    updateSummary();
}

void ChangeResultsView::updateRow(int index)
{
    const ChangeRun::Target &target = m_run->targets().at(index);
    const ChangeAct *act = m_run->act();
    const QString shown = target.change.displayName.isEmpty() ? target.change.userId
                                                              : target.change.displayName;
    m_table->item(index, UserColumn)->setText(shown);
    m_table->item(index, UserColumn)->setData(Qt::UserRole, target.change.userId);
    m_table->item(index, UserColumn)->setToolTip(
        plainToolTip(tr("%1\n%2").arg(target.change.email, target.change.userId)));
    m_table->item(index, EmailColumn)->setText(target.change.email);
    m_table->item(index, BeforeColumn)->setText(act->displayValue(target.change.before));
    m_table->item(index, AfterColumn)->setText(act->displayValue(target.change.after));
    m_table->item(index, ResultColumn)->setText(stateText(target.state));
    m_table->item(index, MessageColumn)->setText(target.message);
    m_table->item(index, MessageColumn)->setToolTip(plainToolTip(target.message));
}

void ChangeResultsView::updateSummary()
{
    using State = ChangeRun::TargetState;
    const QLocale locale;
    m_progress->setValue(m_run->settledCount());
    m_progress->setVisible(!m_run->isFinished());
    const QString counts = tr("Applied: %1. Failed: %2. Not applied: %3. Could not be confirmed: %4. "
                              "Cancelled: %5.")
                               .arg(locale.toString(m_run->countIn(State::Applied)),
                                    locale.toString(m_run->countIn(State::Failed)),
                                    locale.toString(m_run->countIn(State::NotApplied)),
                                    locale.toString(m_run->countIn(State::Unconfirmed)),
                                    locale.toString(m_run->countIn(State::Cancelled)));
    if (!m_run->journalError().isEmpty()) {
        m_summary->setText(tr("Nothing was sent: the journal could not be written. %1")
                               .arg(m_run->journalError()));
    } else if (m_run->isFinished()) {
        m_summary->setText(counts);
    } else {
        m_summary->setText(tr("%1 of %2 users settled; %3 being checked. %4")
                               .arg(locale.toString(m_run->settledCount()), locale.toString(m_run->total()),
                                    locale.toString(m_run->countIn(State::Checking)), counts));
    }
}

QString ChangeResultsView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(m_table->item(row, column)->text().simplified());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

QStringList ChangeResultsView::usersToRetry() const
{
    QStringList userIds;
    if (!m_run)
        return userIds;
    using State = ChangeRun::TargetState;
    for (const ChangeRun::Target &target : m_run->targets()) {
        if (target.state == State::Failed || target.state == State::Cancelled
            || target.state == State::Unconfirmed)
            userIds.append(target.change.userId);
    }
    return userIds;
}
