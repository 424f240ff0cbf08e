#include "store/asyncjournal.h"

#include "store/changejournal.h"
#include "store/workerthread.h"

#include <utility>

AsyncJournal::AsyncJournal(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_journal(std::make_unique<ChangeJournal>(m_path))
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("change journal")))
{
}

// The worker goes first (its destructor waits for the writes queued), then the journal it used.
AsyncJournal::~AsyncJournal() = default;

void AsyncJournal::writeIntent(const ChangeIntent &intent, QObject *context,
                               std::function<void(const QString &error)> done)
{
    ChangeJournal *journal = m_journal.get();
    m_worker->run([journal, intent] {
        QString error;
        journal->appendIntent(intent, &error);
        return error;
    }, context, std::move(done));
}

void AsyncJournal::writeOutcomes(const QList<UserOutcome> &outcomes, QObject *context,
                                 std::function<void(const QString &error)> done)
{
    ChangeJournal *journal = m_journal.get();
    m_worker->run([journal, outcomes] {
        QString error;
        journal->appendOutcomes(outcomes, &error);
        return error;
    }, context, std::move(done));
}

void AsyncJournal::read(QObject *context,
                        std::function<void(const JournalContents &contents, const QString &error)> done)
{
    ChangeJournal *journal = m_journal.get();
    m_worker->run([journal] {
        QString error;
        JournalContents contents = journal->read(&error);
        return std::pair(std::move(contents), std::move(error));
    }, context, [done = std::move(done)](const std::pair<JournalContents, QString> &answer) {
        done(answer.first, answer.second);
    });
}
