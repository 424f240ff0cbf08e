#include "store/archiveexport.h"

#include "store/snapshotarchive.h"
#include "store/workerthread.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

struct ArchiveExport::State
{
    QString partialFolder;
    QString folder;
    std::unique_ptr<SnapshotArchive> archive;

    void discard()
    {
        archive.reset();
        if (!partialFolder.isEmpty())
            QDir(partialFolder).removeRecursively();
        partialFolder.clear();
    }
};

namespace {

// chime-admin-archive-<UTC time>, or with -2, -3, … where that is taken.
QString freeFolderIn(const QString &parent)
{
    const QString stem = u"chime-admin-archive-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHHmmss'Z'"_s);
    QString name = stem;
    for (int n = 2; QDir(parent).exists(name); ++n)
        name = stem + u"-%1"_s.arg(n);
    return QDir(parent).filePath(name);
}

} // namespace

ArchiveExport::ArchiveExport(WorkerThread *worker, SnapshotDatabase *database, QList<SnapshotInfo> snapshots,
                             const QString &parentFolder, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_database(database)
    , m_snapshots(std::move(snapshots))
    , m_state(std::make_shared<State>())
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_state->folder = freeFolderIn(parentFolder);
    m_state->partialFolder = QDir(parentFolder).filePath(u".%1.partial"_s.arg(QFileInfo(m_state->folder).fileName()));
}

ArchiveExport::~ArchiveExport()
{
    if (m_finished)
        return;
    m_cancelled->store(true);
    m_worker->post([state = m_state] { state->discard(); });
}

void ArchiveExport::cancel()
{
    m_cancelled->store(true);
}

void ArchiveExport::start()
{
    m_worker->run([state = m_state] {
        QString error;
        if (!QDir().mkpath(state->partialFolder)) {
            return QCoreApplication::translate("ArchiveExport", "Could not create the folder %1.")
                .arg(QDir::toNativeSeparators(state->partialFolder));
        }
        state->archive = std::make_unique<SnapshotArchive>(state->partialFolder);
        state->archive->begin(&error);
        return error;
    }, this, [this](const QString &error) {
        if (!error.isEmpty())
            end(error);
        else
            write(0);
    });
}

void ArchiveExport::write(int index)
{
    if (m_cancelled->load() || index == m_snapshots.size()) {
        end({});
        return;
    }
    m_worker->run([state = m_state, database = m_database, snapshot = m_snapshots.at(index)] {
        QString error;
        state->archive->add(*database, snapshot, &error);
        return error;
    }, this, [this, index](const QString &error) {
        if (!error.isEmpty()) {
            end(error);
            return;
        }
        emit progressed(index + 1, static_cast<int>(m_snapshots.size()));
        write(index + 1);
    });
}

void ArchiveExport::end(const QString &failure)
{
    const bool keep = failure.isEmpty() && !m_cancelled->load();
    m_worker->run([state = m_state, keep, failure]() -> std::pair<QString, QString> {
        QString error = failure;
        if (keep && state->archive->end(&error)) {
            state->archive.reset(); // closes the copy of the database before the rename
            if (QDir().rename(state->partialFolder, state->folder)) {
                state->partialFolder.clear();
                return { state->folder, {} };
            }
            error = QCoreApplication::translate("ArchiveExport", "Could not rename %1 to %2.")
                        .arg(QDir::toNativeSeparators(state->partialFolder), QDir::toNativeSeparators(state->folder));
        }
        state->discard();
        return { QString(), error };
    }, this, [this](const std::pair<QString, QString> &answer) {
        m_finished = true;
        emit finished(answer.first, answer.second);
    });
}
