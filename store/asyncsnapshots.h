#pragma once

#include "store/encodeduserpage.h"
#include "store/snapshotrecords.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ArchiveExport;
class SnapshotDatabase;
class WorkerThread;

// The snapshot database on a thread of its own, so that no write or read of it ever blocks the
// GUI thread. It opens itself at once; opened() says whether it can be used. Requests run in the
// order they are made and are answered, in that order, on the thread that owns this object; an
// answer whose context was destroyed is dropped. A failed write is reported once by
// writeFailed(), and the listing it belonged to is then never completed.
class AsyncSnapshots final : public QObject
{
    Q_OBJECT

public:
    // One listing being written; its id is known on the database's thread only.
    class Recording
    {
    public:
        bool isValid() const { return m_id != nullptr; }

    private:
        friend class AsyncSnapshots;
        std::shared_ptr<qint64> m_id; // 0 until written, -1 after a failed write
        // Users given, encoded as they came, not yet sent to be written.
        std::shared_ptr<QList<EncodedUserPage>> m_unwritten;
    };

    explicit AsyncSnapshots(QString path, QObject *parent = nullptr);
    ~AsyncSnapshots() override; // waits for writes already queued

    const QString &path() const { return m_path; }
    // Whether it opened (false while opening, and after opened() reported a problem).
    bool isAvailable() const { return m_available; }
    const SnapshotProblem &problem() const { return m_problem; }

    Recording record(const Account &account, const QDateTime &takenAt);
    // Users are written in batches of writeBatch or more (and the rest before any other write):
    // a transaction for every page of 200 cost more than writing the users in it.
    void addUsers(const Recording &recording, const QList<User> &users);
    static constexpr qsizetype writeBatch = 1000;
    void finish(const Recording &recording, const QDateTime &finishedAt);
    // The listing stopped before its last page: the users it gave are written, the snapshot
    // stays partial.
    void stop(const Recording &recording);
    void setSettings(const Recording &recording, const AccountSettings &settings);
    void setRetention(const Recording &recording, const RetentionSettings &retention);
    void setTelephony(const Recording &recording, const QString &userId, const TelephonySettings &telephony);

    // The newest complete snapshot of an account, its settings and its first `limit` users
    // (nullopt: none).
    void readLatest(const QString &accountId, int limit, QObject *context,
                    std::function<void(const std::optional<Snapshot> &snapshot)> done);
    // The users of a snapshot from `offset` on.
    void readUsers(qint64 snapshotId, int offset, QObject *context,
                   std::function<void(const QList<User> &users)> done);
    // Starts writing an archive of these snapshots into a new folder in `parentFolder`; the
    // export belongs to `parent`.
    ArchiveExport *exportArchive(const QList<SnapshotInfo> &snapshots, const QString &parentFolder,
                                 QObject *parent);
    // The snapshots of an account (of all for an empty id), newest first.
    void list(const QString &accountId, QObject *context,
              std::function<void(const QList<SnapshotInfo> &snapshots, const QString &error)> done);

signals:
    void opened(const SnapshotProblem &problem);
    void writeFailed(const QString &error);

private:
    void onWriteFailed(const QString &error);
    // Sends the recording's unwritten users to be written.
    void writeUnwritten(const Recording &recording);
    // Runs `write(database, id)` on the worker for a recording whose snapshot was begun.
    void writeTo(const Recording &recording,
                 std::function<bool(SnapshotDatabase *database, qint64 id, QString *error)> write);

    QString m_path;
    std::unique_ptr<SnapshotDatabase> m_database; // used on the worker's thread only
    std::unique_ptr<WorkerThread> m_worker;
    bool m_available = false;
    bool m_writeFailed = false;
    SnapshotProblem m_problem;
};
