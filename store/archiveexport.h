#pragma once

#include "store/snapshotrecords.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class SnapshotDatabase;
class WorkerThread;

// Writes an archive of snapshots (SnapshotArchive) on the snapshots' thread, one account at a
// time, into a hidden folder beside the one asked for, renamed to it only once all of it is
// written: an export cancelled, failed or abandoned halfway leaves nothing behind. Made by
// AsyncSnapshots::exportArchive().
class ArchiveExport final : public QObject
{
    Q_OBJECT

public:
    ~ArchiveExport() override; // an export still running is cancelled and cleaned up

    // Stops after the account being written; finished() follows, cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void progressed(int accountsDone, int accounts);
    // `folder` is the archive written; empty with `error` when it failed, with neither when
    // it was cancelled.
    void finished(const QString &folder, const QString &error);

private:
    friend class AsyncSnapshots;
    struct State;

    ArchiveExport(WorkerThread *worker, SnapshotDatabase *database, QList<SnapshotInfo> snapshots,
                  const QString &parentFolder, QObject *parent);
    void start();
    void write(int index);
    void end(const QString &error);

    WorkerThread *m_worker;
    SnapshotDatabase *m_database;
    QList<SnapshotInfo> m_snapshots;
    std::shared_ptr<State> m_state; // used on the worker's thread only
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_finished = false;
};
