#include "ui/importdialog.h"

#include "models/changerun.h"
#include "models/importplanmodel.h"
#include "models/importplanner.h"
#include "ui/filechooser.h"
#include "ui/readonlytable.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A file this large is not a list of users to change.
constexpr qint64 largestFile = 20 * 1024 * 1024;

} // namespace

ImportDialog::ImportDialog(ChimeClient *client, CommandContext context, ListedUsers listed, Submitter submit,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_context(std::move(context))
    , m_listed(std::move(listed))
    , m_submit(std::move(submit))
    , m_model(new ImportPlanModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_file(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import changes into %1").arg(m_context.shownName()));
    auto *intro = new QLabel(tr("A CSV file with a column \"email\" or \"user_id\", and any of \"license\", "
                                "\"user_type\", \"suspended\" (yes or no), \"inbound_calling\", "
                                "\"outbound_calling\" and \"sms\". Nothing is sent until you apply the plan "
                                "shown."),
                             this);
    intro->setWordWrap(true);
    for (QLabel *label : { m_file, m_summary, m_outcome }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(u"importSummary"_s);
    m_outcome->setObjectName(u"importOutcome"_s);
    m_sorted->setSourceModel(m_model);
    m_view->setObjectName(u"importPlan"_s);
    m_view->setAccessibleName(tr("Plan, row by row"));
    m_view->setModel(m_sorted);
    ReadOnlyTable::setUpSortable(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_chooseButton = buttons->addButton(tr("Choose file…"), QDialogButtonBox::ActionRole);
    m_chooseButton->setObjectName(u"chooseImportFile"_s);
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(u"applyImport"_s);
    m_applyButton->setEnabled(false);
    m_applyButton->setAutoDefault(false);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_file);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resizeWithinScreen(this, { 900, 560 });
}

void ImportDialog::chooseFile()
{
    FileChooser::askToOpen(this, tr("Import changes"), tr("CSV files (*.csv);;All files (*)"),
                           [this](const QString &path) { readFile(path); });
}

void ImportDialog::readFile(const QString &path)
{
    QFile file(path);
    if (file.size() > largestFile) {
        m_summary->setText(tr("%1 is %2: too large for a list of users to change.")
                               .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size())));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    planFile(file.readAll(), QFileInfo(path).fileName());
}

void ImportDialog::planFile(const QByteArray &contents, const QString &name)
{
    if (m_planner)
        m_planner->deleteLater();
    m_runs.clear();
    m_outcome->clear();
    m_applyButton->setEnabled(false);
    m_file->setText(tr("File: %1").arg(name));
    m_summary->setText(tr("Matching the rows to the users of %1…").arg(m_context.shownName()));
    m_planner = new ImportPlanner(m_client, m_context, m_listed(), this);
    connect(m_planner, &ImportPlanner::progressed, this, [this](int done, int rows) {
        m_summary->setText(tr("Matching the rows to the users of %1… %2 of %3")
                               .arg(m_context.shownName(), QLocale().toString(done), QLocale().toString(rows)));
    });
    connect(m_planner, &ImportPlanner::planned, this, &ImportDialog::showPlan);
    m_planner->start(contents);
}

void ImportDialog::showPlan(const ImportPlan &plan)
{
    m_plan = plan;
    m_model->setPlan(plan);
    m_view->resizeColumnsToContents();
    // A reason is a sentence: the Result column takes what is left and its rows grow to the text.
    m_view->horizontalHeader()->setSectionResizeMode(ImportPlanModel::ResultColumn, QHeaderView::Stretch);
    m_view->resizeRowsToContents();
    if (!plan.error.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(plan.error));
        emit planned();
        return;
    }
    const int changing = plan.countOf(ImportRow::Status::Changes);
    QString summary = tr("Rows that change a user: %1; that change nothing: %2; that cannot apply: %3.")
                          .arg(QLocale().toString(changing),
                               QLocale().toString(plan.countOf(ImportRow::Status::Unchanged)),
                               QLocale().toString(plan.countOf(ImportRow::Status::CannotApply)));
    if (!plan.ignoredColumns.isEmpty())
        summary += u' ' + tr("Columns not used: %1.").arg(QLocale().createSeparatedList(plan.ignoredColumns));
    m_summary->setText(summary);
    m_applyButton->setText(changing > 0 ? tr("Apply to %Ln user(s)", nullptr, changing) : tr("Apply"));
    m_applyButton->setEnabled(changing > 0);
    emit planned();
}

void ImportDialog::apply()
{
    if (!m_applyButton->isEnabled())
        return;
    m_applyButton->setEnabled(false);
    m_chooseButton->setEnabled(false);
    for (Change change : ImportPlanner::changesOf(m_plan, m_context)) {
        ChangeRun *run = m_submit(std::move(change));
        if (!run)
            continue;
        m_runs.append(run);
        connect(run, &ChangeRun::finished, this, &ImportDialog::showRuns);
    }
    showRuns();
}

void ImportDialog::showRuns()
{
    using State = ChangeRun::TargetState;
    int done = 0;
    int failed = 0;
    int open = 0;
    int other = 0;
    bool finished = true;
    for (const QPointer<ChangeRun> &run : std::as_const(m_runs)) {
        if (!run)
            continue;
        finished = finished && run->isFinished();
        done += run->countIn(State::Applied);
        failed += run->countIn(State::Failed);
        open += run->countIn(State::Queued) + run->countIn(State::Sending) + run->countIn(State::Checking);
        other += run->countIn(State::NotApplied) + run->countIn(State::Unconfirmed) + run->countIn(State::Cancelled);
    }
    const QLocale locale;
    if (!finished) {
        m_outcome->setText(tr("Sending… %1 applied, %2 refused, %3 on their way.")
                               .arg(locale.toString(done), locale.toString(failed), locale.toString(open)));
        return;
    }
    m_outcome->setText(tr("Done: %1 applied, %2 refused by the service, %3 not applied or not confirmed. Each "
                          "change is in the audit log (View → Audit log), where it can be undone.")
                           .arg(locale.toString(done), locale.toString(failed), locale.toString(other)));
    m_chooseButton->setEnabled(true);
    emit applied();
}
