#include "ui/archivedialog.h"

#include "models/displaynames.h"
#include "store/archiveexport.h"
#include "store/asyncsnapshots.h"
#include "ui/filechooser.h"
#include "ui/writtenfilenote.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ArchiveDialog::ArchiveDialog(AsyncSnapshots *snapshots, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_snapshots(snapshots)
    , m_accounts(new QListWidget(this))
    , m_folder(new QLineEdit(folder, this))
    , m_progress(new QProgressBar(this))
    , m_note(new QLabel(this))
    , m_written(new WrittenFileNote(this))
{
    setObjectName(u"archiveDialog"_s);
    setWindowTitle(tr("Export archive"));
    m_accounts->setObjectName(u"archiveAccounts"_s);
    m_folder->setObjectName(u"archiveFolder"_s);
    m_progress->setObjectName(u"archiveProgress"_s);
    m_note->setObjectName(u"archiveNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setText(tr("Reading the snapshots kept on this computer…"));
    m_progress->setValue(0);

    auto *intro = new QLabel(tr("The latest complete snapshot of each account checked is written to a new "
                                "folder: a CSV file per table, the same as JSON, a README.txt saying what "
                                "each column is, and a copy of the snapshot database."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(u"chooseArchiveFolder"_s);
    connect(browse, &QPushButton::clicked, this, &ArchiveDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("In &folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"exportArchiveButton"_s);
    m_cancelButton = buttons->addButton(tr("Cancel export"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(u"cancelArchiveButton"_s);
    connect(m_exportButton, &QPushButton::clicked, this, &ArchiveDialog::exportArchive);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accounts, &QListWidget::itemChanged, this, &ArchiveDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &ArchiveDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(folderRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_note);
    layout->addWidget(m_written);
    layout->addWidget(buttons);
    resize(620, 460);
    updateButtons();

    m_snapshots->list({}, this, [this](const QList<SnapshotInfo> &all, const QString &error) {
        showSnapshots(all, error);
    });
}

void ArchiveDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ArchiveDialog::showSnapshots(const QList<SnapshotInfo> &snapshots, const QString &error)
{
    if (!error.isEmpty()) {
        m_note->setText(tr("The snapshots could not be read: %1").arg(error));
        return;
    }
    m_latest = SnapshotInfo::latestCompleteByName(snapshots);
    const QLocale locale;
    const QSignalBlocker blocker(m_accounts);
    for (const SnapshotInfo &snapshot : m_latest) {
        auto *item = new QListWidgetItem(tr("%1 — %2 users, as of %3")
                                             .arg(snapshot.account.name, locale.toString(snapshot.userCount),
                                                  DisplayNames::dateTime(snapshot.takenAt)),
                                         m_accounts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_note->setText(m_latest.isEmpty() ? tr("No account has a complete snapshot yet: one is kept each time an "
                                            "account's users are loaded to the end.")
                                       : QString());
    updateButtons();
}

void ArchiveDialog::chooseFolder()
{
    FileChooser::askForFolder(this, tr("Folder for the archive"), m_folder->text(),
                              [this](const QString &folder) { setFolder(folder); });
}

void ArchiveDialog::updateButtons()
{
    bool anyChecked = false;
    for (int row = 0; row < m_accounts->count(); ++row)
        anyChecked = anyChecked || m_accounts->item(row)->checkState() == Qt::Checked;
    const bool running = !m_export.isNull();
    m_exportButton->setEnabled(!running && anyChecked && !m_folder->text().trimmed().isEmpty());
    m_cancelButton->setEnabled(running);
    m_accounts->setEnabled(!running);
    m_folder->setEnabled(!running);
}

void ArchiveDialog::exportArchive()
{
    if (!m_exportButton->isEnabled())
        return;
    QList<SnapshotInfo> chosen;
    for (int row = 0; row < m_accounts->count(); ++row) {
        if (m_accounts->item(row)->checkState() == Qt::Checked)
            chosen.append(m_latest.at(row));
    }
    const QString folder = m_folder->text().trimmed();
    if (!QDir(folder).exists()) {
        m_note->setText(tr("There is no folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_progress->setRange(0, static_cast<int>(chosen.size()));
    m_progress->setValue(0);
    m_note->setText(tr("Writing…"));
    m_written->hide();
    m_export = m_snapshots->exportArchive(chosen, folder, this);
    connect(m_export, &ArchiveExport::progressed, m_progress, &QProgressBar::setValue);
    connect(m_export, &ArchiveExport::finished, this, &ArchiveDialog::onFinished);
    updateButtons();
}

void ArchiveDialog::onFinished(const QString &folder, const QString &error)
{
    m_export->deleteLater();
    m_export = nullptr;
    if (!folder.isEmpty()) {
        m_note->clear();
        m_written->showWritten(tr("Wrote the archive to %1.").arg(QDir::toNativeSeparators(folder)), folder);
    } else if (!error.isEmpty())
        m_note->setText(tr("The archive was not written: %1 Nothing was left behind.").arg(error));
    else
        m_note->setText(tr("Cancelled: nothing was written."));
    updateButtons();
    emit exported(folder, error);
}
