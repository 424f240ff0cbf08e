#pragma once

#include "store/snapshotrecords.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class ArchiveExport;
class AsyncSnapshots;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class WrittenFileNote;

// File → Export archive…: writes the latest complete snapshot of every account chosen into a
// new folder (SnapshotArchive), with progress and Cancel; an interrupted export leaves nothing.
class ArchiveDialog final : public QDialog
{
    Q_OBJECT

public:
    ArchiveDialog(AsyncSnapshots *snapshots, const QString &folder, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    // Exports the accounts checked (as the Export button does).
    void exportArchive();
    QListWidget *accountList() const { return m_accounts; }

signals:
    // `folder` is the archive written; empty when it failed or was cancelled.
    void exported(const QString &folder, const QString &error);

private:
    void showSnapshots(const QList<SnapshotInfo> &snapshots, const QString &error);
    void chooseFolder();
    void onFinished(const QString &folder, const QString &error);
    void updateButtons();

    AsyncSnapshots *m_snapshots;
    QList<SnapshotInfo> m_latest; // one per account, in the list's order
    QListWidget *m_accounts;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_note;
    WrittenFileNote *m_written;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPointer<ArchiveExport> m_export;
};
