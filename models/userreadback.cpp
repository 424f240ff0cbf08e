#include "models/userreadback.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"

#include <memory>

UserReadBack::UserReadBack(ChimeClient *client, QString accountId, QList<QString> userIds,
                           Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountId(std::move(accountId))
    , m_queue(std::move(userIds))
    , m_config(config)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        ++m_round;
        m_queue = std::exchange(m_later, {});
        sendNext();
    });
}

UserReadBack::~UserReadBack()
{
    for (const QPointer<ChimeCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->abort();
    }
}

void UserReadBack::start()
{
    sendNext();
    finishRoundIfDone();
}

void UserReadBack::sendNext()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_config.maxInFlight) {
        const QString userId = m_queue.takeFirst();
        // The callback runs while its call still exists and takes it out of m_inFlight itself.
        auto self = std::make_shared<QPointer<ChimeCall>>();
        *self = m_client->getUser({ m_accountId, userId }, this,
                                  [this, userId, self](const Outcome<User> &answer) {
                                      m_inFlight.removeOne(*self);
                                      onAnswer(userId, answer);
                                  });
        m_inFlight.append(*self);
    }
}

void UserReadBack::onAnswer(const QString &userId, const Outcome<User> &answer)
{
    const bool askAgain = !answer.isOk() && !answer.error().isDefiniteRefusal()
        && m_round < m_config.rounds;
    if (askAgain)
        m_later.append(userId);
    else
        emit userRead(userId, answer);
    sendNext();
    finishRoundIfDone();
}

void UserReadBack::finishRoundIfDone()
{
    if (m_finished || !m_queue.isEmpty() || !m_inFlight.isEmpty() || m_pause.isActive())
        return;
    if (!m_later.isEmpty()) {
        m_pause.start(m_config.pause);
        return;
    }
    m_finished = true;
    emit finished();
}
