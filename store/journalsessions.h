#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

// Tells a change still being sent by another running program from one whose program died: each
// run holds a lock file named after its session id in a folder beside the journal for as long
// as it runs. A session whose lock can be taken (or is stale: its process is gone) is over.
class JournalSessions
{
    Q_DECLARE_TR_FUNCTIONS(JournalSessions)

public:
    explicit JournalSessions(QString folder);
    ~JournalSessions();

    // Starts this run's session; false (and `error`) when its lock file cannot be made.
    bool begin(QString *error);
    const QString &sessionId() const { return m_sessionId; }
    // True for this run's own session and for any other that is still running.
    bool isAlive(const QString &sessionId) const;
    // Removes the lock files of sessions that are over and whose changes are all settled.
    void forget(const QString &sessionId) const;

    static QString defaultFolder();

private:
    QString lockPath(const QString &sessionId) const;

    QString m_folder;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};
