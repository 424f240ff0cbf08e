#pragma once

#include "store/journalrecords.h"

#include <QDialog>
#include <QUuid>

#include <optional>

class AsyncJournal;
class AuditLogModel;
class QLabel;
class WrittenFileNote;
class QPushButton;
class QTableView;

// The audit log: every change the change journal holds, one row a user, newest first;
// exportable as CSV, and the selected change can be undone.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(AuditLogModel *model, AsyncJournal *journal, QWidget *parent = nullptr);

    // Reads the journal again (on the journal's thread); the rows stay as they are until then.
    void refresh();

signals:
    // "Undo this change…" was pressed on a change that was applied to at least one user.
    void undoRequested(const QUuid &changeId);

private:
    void showContents(const JournalContents &contents, const QString &error);
    std::optional<QUuid> selectedChange() const;
    void updateUndoButton();
    void exportCsv();

    AuditLogModel *m_model;
    AsyncJournal *m_journal;
    QTableView *m_view;
    QLabel *m_note;
    WrittenFileNote *m_written;
    QPushButton *m_undoButton;
    QPushButton *m_refreshButton;
};
