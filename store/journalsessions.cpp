#include "store/journalsessions.h"

#include "store/datafolder.h"

#include <QFile>
#include <QUuid>

#include <filesystem>
#include <system_error>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Session ids come from the journal file; only a real one may become a lock file's name, so
// that no id can reach outside the sessions folder.
bool isSessionId(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

// Takes the lock of a session that is not this run's, and gives it up again at once (which
// removes its file): true when the session's program is gone. QLockFile counts the lock of a
// process that no longer runs as stale and takes it over; a stale time of 0 keeps it from also
// counting a live program's lock as stale once it is old, which every session's lock becomes.
bool takeLockOfEndedSession(const QString &path)
{
    QLockFile lock(path);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

} // namespace

JournalSessions::JournalSessions(QString folder)
    : m_folder(std::move(folder))
{
}

JournalSessions::~JournalSessions() = default;

QString JournalSessions::defaultFolder()
{
    return DataFolder::path() + "/sessions"_L1;
}

bool JournalSessions::begin(QString *error)
{
    std::error_code folderError;
    std::filesystem::create_directories(QFile::encodeName(m_folder).toStdString(), folderError);
    if (folderError) {
        *error = tr("Cannot create the sessions folder %1: %2")
                     .arg(m_folder, QString::fromStdString(folderError.message()));
        return false;
    }
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(lockPath(sessionId));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        *error = lock->error() == QLockFile::PermissionError
            ? tr("Cannot create the session lock file %1: no permission to write in %2.")
                  .arg(lock->fileName(), m_folder)
            : tr("Cannot create the session lock file %1.").arg(lock->fileName());
        return false;
    }
    m_sessionId = sessionId;
    m_lock = std::move(lock);
    return true;
}

bool JournalSessions::isAlive(const QString &sessionId) const
{
    if (!isSessionId(sessionId))
        return false;
    if (sessionId == m_sessionId)
        return true;
    const QString path = lockPath(sessionId);
    // Trying the lock of a session that left no file would make one.
    if (!QFile::exists(path))
        return false;
    return !takeLockOfEndedSession(path);
}

void JournalSessions::forget(const QString &sessionId) const
{
    if (!isSessionId(sessionId) || sessionId == m_sessionId)
        return;
    const QString path = lockPath(sessionId);
    if (QFile::exists(path))
        takeLockOfEndedSession(path);
}

QString JournalSessions::lockPath(const QString &sessionId) const
{
    return m_folder + u'/' + sessionId + ".lock"_L1;
}
