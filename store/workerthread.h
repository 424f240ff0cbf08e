#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <utility>

// A thread of its own for blocking work (file writes with fsync, SQLite), so that none of it
// ever runs on the GUI thread. Work runs on the thread in the order it was posted; each answer
// is handed back, in that order, on the thread that owns this object, unless the context given
// with it was destroyed first. Destroying it waits for the work already posted.
class WorkerThread final : public QObject
{
    Q_OBJECT

public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

    // Runs `work()` on the thread and `done(answer)` back here. The answer is posted to this
    // object, not to the context: this outlives the thread (its destructor waits for it), while
    // the context may be destroyed at any moment, so its pointer is only looked at on the thread
    // both of them belong to.
    template<typename Work, typename Done>
    void run(Work work, QObject *context, Done done)
    {
        QMetaObject::invokeMethod(m_worker, [answerer = this, work = std::move(work),
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

    // Runs `work()` on the thread, with no answer.
    template<typename Work>
    void post(Work work)
    {
        QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
};
