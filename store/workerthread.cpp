#include "store/workerthread.h"

WorkerThread::WorkerThread(const QString &name, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    // Quitting from within the worker's own queue, behind every request already posted: a quit()
    // from here could end the thread's event loop with work still waiting in it.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); },
                              Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}
