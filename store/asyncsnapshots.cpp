#include "store/asyncsnapshots.h"

#include "store/archiveexport.h"
#include "store/snapshotdatabase.h"
#include "store/workerthread.h"

#include <numeric>
#include <utility>

AsyncSnapshots::AsyncSnapshots(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_database(std::make_unique<SnapshotDatabase>(m_path))
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("snapshots")))
{
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database] { return database->open(); }, this, [this](const SnapshotProblem &problem) {
        m_problem = problem;
        m_available = problem.isNone();
        emit opened(problem);
    });
}

AsyncSnapshots::~AsyncSnapshots()
{
    // Closed on its own thread, behind the work queued; the worker's end waits for both.
    SnapshotDatabase *database = m_database.get();
    m_worker->post([database] { database->close(); });
    m_worker.reset();
    m_database.reset();
}

AsyncSnapshots::Recording AsyncSnapshots::record(const Account &account, const QDateTime &takenAt)
{
    Recording recording;
    recording.m_id = std::make_shared<qint64>(0);
    recording.m_unwritten = std::make_shared<QList<EncodedUserPage>>();
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database, id = recording.m_id, account, takenAt] {
        QString error;
        if (!database->isOpen())
            return error; // said once, by opened()
        *id = database->begin(account, takenAt, &error);
        if (*id == 0)
            *id = -1;
        return error;
    }, this, [this](const QString &error) { onWriteFailed(error); });
    return recording;
}

void AsyncSnapshots::writeTo(const Recording &recording,
                             std::function<bool(SnapshotDatabase *database, qint64 id, QString *error)> write)
{
    if (!recording.isValid())
        return;
    writeUnwritten(recording);
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database, id = recording.m_id, write = std::move(write)] {
        QString error;
        // A failed write ends the recording: a snapshot missing a page must never look complete.
        if (*id > 0 && !write(database, *id, &error))
            *id = -1;
        return error;
    }, this, [this](const QString &error) { onWriteFailed(error); });
}

void AsyncSnapshots::addUsers(const Recording &recording, const QList<User> &users)
{
    if (!recording.isValid())
        return;
    // Encoded here, as each page arrives: the users are not copied to wait for the batch.
    EncodedUserPage::addTo(*recording.m_unwritten, users);
    const QList<EncodedUserPage> &pages = *recording.m_unwritten;
    const qsizetype unwritten = std::accumulate(pages.cbegin(), pages.cend(), qsizetype(0),
                                                [](qsizetype sum, const EncodedUserPage &page) { return sum + page.count; });
    if (unwritten >= writeBatch)
        writeUnwritten(recording);
}

void AsyncSnapshots::writeUnwritten(const Recording &recording)
{
    if (recording.m_unwritten->isEmpty())
        return;
    QList<EncodedUserPage> unwritten = std::exchange(*recording.m_unwritten, {});
    SnapshotDatabase *database = m_database.get();
    // The pages come back to be let go of here, where they were made: freed on the worker, each
    // had it consolidate this thread's heap under its lock.
    m_worker->run([database, id = recording.m_id, pages = std::move(unwritten)]() mutable {
        QString error;
        if (*id > 0 && !database->addPages(*id, pages, &error))
            *id = -1;
        return std::pair(std::move(error), std::move(pages));
    }, this, [this](const std::pair<QString, QList<EncodedUserPage>> &answer) { onWriteFailed(answer.first); });
}

void AsyncSnapshots::finish(const Recording &recording, const QDateTime &finishedAt)
{
    writeTo(recording, [finishedAt](SnapshotDatabase *database, qint64 id, QString *error) {
        return database->finish(id, finishedAt, error);
    });
}

void AsyncSnapshots::stop(const Recording &recording)
{
    if (recording.isValid())
        writeUnwritten(recording);
}

void AsyncSnapshots::setSettings(const Recording &recording, const AccountSettings &settings)
{
    writeTo(recording, [settings](SnapshotDatabase *database, qint64 id, QString *error) {
        return database->setSettings(id, settings, error);
    });
}

void AsyncSnapshots::setRetention(const Recording &recording, const RetentionSettings &retention)
{
    writeTo(recording, [retention](SnapshotDatabase *database, qint64 id, QString *error) {
        return database->setRetention(id, retention, error);
    });
}

void AsyncSnapshots::setTelephony(const Recording &recording, const QString &userId,
                                  const TelephonySettings &telephony)
{
    writeTo(recording, [userId, telephony](SnapshotDatabase *database, qint64 id, QString *error) {
        return database->setTelephony(id, userId, telephony, error);
    });
}

void AsyncSnapshots::onWriteFailed(const QString &error)
{
    if (error.isEmpty() || m_writeFailed)
        return;
    m_writeFailed = true;
    emit writeFailed(error);
}

void AsyncSnapshots::readLatest(const QString &accountId, int limit, QObject *context,
                                std::function<void(const std::optional<Snapshot> &snapshot)> done)
{
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database, accountId, limit]() -> std::optional<Snapshot> {
        QString error;
        if (!database->isOpen())
            return std::nullopt;
        std::optional<SnapshotInfo> info = database->latestComplete(accountId, &error);
        if (!info)
            return std::nullopt;
        Snapshot snapshot { *info, database->users(info->id, 0, limit, &error),
                            database->settings(info->id, &error), database->retention(info->id, &error) };
        if (!error.isEmpty())
            return std::nullopt;
        return snapshot;
    }, context, std::move(done));
}

void AsyncSnapshots::readUsers(qint64 snapshotId, int offset, QObject *context,
                               std::function<void(const QList<User> &users)> done)
{
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database, snapshotId, offset] {
        QString error;
        return database->isOpen() ? database->users(snapshotId, offset, -1, &error) : QList<User>();
    }, context, std::move(done));
}

void AsyncSnapshots::list(const QString &accountId, QObject *context,
                          std::function<void(const QList<SnapshotInfo> &snapshots, const QString &error)> done)
{
    SnapshotDatabase *database = m_database.get();
    m_worker->run([database, accountId] {
        QString error;
        QList<SnapshotInfo> found = database->snapshots(accountId, &error);
        return std::pair(std::move(found), std::move(error));
    }, context, [done = std::move(done)](const std::pair<QList<SnapshotInfo>, QString> &answer) {
        done(answer.first, answer.second);
    });
}

ArchiveExport *AsyncSnapshots::exportArchive(const QList<SnapshotInfo> &snapshots, const QString &parentFolder,
                                             QObject *parent)
{
    auto *archive = new ArchiveExport(m_worker.get(), m_database.get(), snapshots, parentFolder, parent);
    archive->start();
    return archive;
}
