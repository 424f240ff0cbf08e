#pragma once

#include "store/journalrecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The change journal: one JSON object a line in a file of mode 0600, appended only. An intent is
// on disk (fsync) before append returns; a batch of outcomes is flushed with one fsync. A torn
// last line (power loss mid-write) is left as an unreadable line and never swallows the next
// entry; appends from two running programs are serialised by a lock file beside it. Blocking:
// used on the journal's own thread (AsyncJournal) and in tests, never on the GUI thread.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    explicit ChangeJournal(QString path);

    // journal.jsonl in the program's data folder.
    static QString defaultPath();

    bool appendIntent(const ChangeIntent &intent, QString *error);
    bool appendOutcomes(const QList<UserOutcome> &outcomes, QString *error);
    // A missing file is an empty journal, not an error.
    JournalContents read(QString *error) const;
    const QString &path() const { return m_path; }

private:
    bool append(const QByteArray &lines, QString *error);

    QString m_path;
};
