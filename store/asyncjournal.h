#pragma once

#include "store/journalrecords.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class ChangeJournal;
class WorkerThread;

// The change journal on a thread of its own, so that no write (each with an fsync) or read of it
// ever blocks the GUI thread. Every request is answered once, in order, on the thread that owns
// this object, through the callback given; a callback whose context was destroyed is dropped.
class AsyncJournal final : public QObject
{
    Q_OBJECT

public:
    explicit AsyncJournal(QString path, QObject *parent = nullptr);
    ~AsyncJournal() override; // waits for writes already queued

    const QString &path() const { return m_path; }

    // `done` gets an empty string on success, else why it could not be written.
    void writeIntent(const ChangeIntent &intent, QObject *context,
                     std::function<void(const QString &error)> done);
    void writeOutcomes(const QList<UserOutcome> &outcomes, QObject *context,
                       std::function<void(const QString &error)> done);
    void read(QObject *context,
              std::function<void(const JournalContents &contents, const QString &error)> done);

private:
    QString m_path;
    std::unique_ptr<ChangeJournal> m_journal; // used on the worker's thread only
    std::unique_ptr<WorkerThread> m_worker;
};
