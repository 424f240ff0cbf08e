#include "store/asyncjournal.h"

#include "store/changejournal.h"

#include <QPointer>

#include <utility>

namespace {

// Runs `work` on the worker's thread and hands its answer to `done` on the thread of `answerer`
// (the AsyncJournal), in the order the requests came. The answer is posted to the journal, not
// to the context: the journal outlives the worker's thread (its destructor waits for it), while
// the context may be destroyed at any moment; so the context's pointer is only looked at on the
// thread both of them belong to.
template<typename Work, typename Done>
void runOnWorker(QObject *worker, QObject *answerer, Work work, QObject *context, Done done)
{
    QMetaObject::invokeMethod(worker, [answerer, work = std::move(work),
                                       context = QPointer(context),
                                       done = std::move(done)]() mutable {
        auto answer = work();
        QMetaObject::invokeMethod(answerer, [context, done = std::move(done),
                                             answer = std::move(answer)] {
            if (context)
                done(answer);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace

AsyncJournal::AsyncJournal(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(new QObject)
    , m_journal(new ChangeJournal(m_path))
{
    m_thread.setObjectName(QStringLiteral("change journal"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

AsyncJournal::~AsyncJournal()
{
    // Quitting from within the worker's own queue, behind every request already posted: a quit()
    // from here could end the thread's event loop with writes still waiting in it.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); },
                              Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
    delete m_journal;
}

void AsyncJournal::writeIntent(const ChangeIntent &intent, QObject *context,
                               std::function<void(const QString &error)> done)
{
    ChangeJournal *journal = m_journal;
    runOnWorker(m_worker, this, [journal, intent] {
        QString error;
        journal->appendIntent(intent, &error);
        return error;
    }, context, std::move(done));
}

void AsyncJournal::writeOutcomes(const QList<UserOutcome> &outcomes, QObject *context,
                                 std::function<void(const QString &error)> done)
{
    ChangeJournal *journal = m_journal;
    runOnWorker(m_worker, this, [journal, outcomes] {
        QString error;
        journal->appendOutcomes(outcomes, &error);
        return error;
    }, context, std::move(done));
}

void AsyncJournal::read(QObject *context,
                        std::function<void(const JournalContents &contents, const QString &error)> done)
{
    ChangeJournal *journal = m_journal;
    runOnWorker(m_worker, this, [journal] {
        QString error;
        JournalContents contents = journal->read(&error);
        return std::pair(std::move(contents), std::move(error));
    }, context, [done = std::move(done)](const std::pair<JournalContents, QString> &answer) {
        done(answer.first, answer.second);
    });
}
