#include "ui/auditlogdialog.h"

#include "models/auditlogmodel.h"
#include "models/csvwriter.h"
#include "store/asyncjournal.h"
#include "ui/filechooser.h"
#include "ui/screenfit.h"
#include "ui/writtenfilenote.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Past this many, the note names the first ones only: it is a hint where to look in the file.
constexpr qsizetype listedUnreadableLines = 20;

QString lineList(const QList<int> &lines)
{
    QStringList numbers;
    for (qsizetype i = 0; i < std::min(lines.size(), listedUnreadableLines); ++i)
        numbers.append(QString::number(lines.at(i)));
    if (lines.size() > listedUnreadableLines)
        numbers.append(u"…"_s);
    return numbers.join(", "_L1);
}

} // namespace

AuditLogDialog::AuditLogDialog(AuditLogModel *model, AsyncJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_journal(journal)
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_written(new WrittenFileNote(this))
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));
    m_view->setObjectName(u"auditView"_s);
    m_view->setAccessibleName(tr("Changes recorded"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(u"auditNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undoButton = buttons->addButton(tr("Undo this change…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(u"undoChangeButton"_s);
    m_refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    QPushButton *exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportButton"_s);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<QUuid> changeId = selectedChange())
            emit undoRequested(*changeId);
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditLogDialog::updateUndoButton);
    // A reset (new contents, here or from another audit log window) clears the selection
    // without a selectionChanged().
    connect(model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::updateUndoButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_written);
    layout->addWidget(buttons);
    resizeWithinScreen(this, { 1100, 520 });
    updateUndoButton();
    refresh();
}

void AuditLogDialog::refresh()
{
    m_note->setText(tr("Reading the journal…"));
    m_refreshButton->setEnabled(false);
    m_journal->read(this, [this](const JournalContents &contents, const QString &error) {
        showContents(contents, error);
    });
}

void AuditLogDialog::showContents(const JournalContents &contents, const QString &error)
{
    m_refreshButton->setEnabled(true);
    if (!error.isEmpty()) {
        m_note->setText(error);
        return;
    }
    m_model->setContents(contents);
    QString note = tr("%Ln change(s) recorded.", nullptr, m_model->changeCount());
    const QList<int> &unreadable = m_model->unreadableLines();
    if (!unreadable.isEmpty())
        note += u' '
            + tr("Line(s) %1 of the journal could not be read and were skipped.", nullptr,
                 static_cast<int>(unreadable.size()))
                  .arg(lineList(unreadable));
    m_note->setText(note);
    m_view->resizeColumnsToContents();
}

std::optional<QUuid> AuditLogDialog::selectedChange() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return QUuid::fromString(rows.first().data(AuditLogModel::ChangeIdRole).toString());
}

void AuditLogDialog::updateUndoButton()
{
    const std::optional<QUuid> changeId = selectedChange();
    const bool undoable = changeId && m_model->hasAppliedUser(*changeId);
    m_undoButton->setEnabled(undoable);
    m_undoButton->setToolTip(undoable   ? tr("Preview giving the users of this change their previous value back")
                             : changeId ? tr("Nothing of this change was applied: there is nothing to undo.")
                                        : tr("Select a change first."));
}

void AuditLogDialog::exportCsv()
{
    const QString name = FileChooser::csvName(tr("Chime Admin audit log"), QDate::currentDate());
    FileChooser::askToSaveCsv(this, tr("Export audit log"), name, [this](const QString &path) {
        QString error;
        if (!CsvWriter::writeFile(path, *m_model, CsvWriter::allColumns(*m_model), &error, AuditLogModel::CsvRole)) {
            m_note->setText(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        m_written->showWrittenFile(tr("Wrote %Ln change(s) to %1.", nullptr, m_model->rowCount()), path);
    });
}
