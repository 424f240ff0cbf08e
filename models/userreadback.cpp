#include "models/userreadback.h"

#include "models/changeact.h"

UserReadBack::UserReadBack(ChimeClient *client, const ChangeAct &act, QString accountId,
                           QList<QString> userIds, Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_act(act)
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

void UserReadBack::start()
{
    sendNext();
    finishRoundIfDone();
}

void UserReadBack::sendNext()
{
    while (!m_queue.isEmpty() && m_inFlight < m_config.maxInFlight) {
        const QString userId = m_queue.takeFirst();
        ++m_inFlight;
        m_act.read(m_client, m_accountId, userId, this, [this, userId](const Outcome<HeldValue> &answer) {
            --m_inFlight;
            onAnswer(userId, answer);
        });
    }
}

void UserReadBack::onAnswer(const QString &userId, const Outcome<HeldValue> &answer)
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
    if (m_finished || !m_queue.isEmpty() || m_inFlight > 0 || m_pause.isActive())
        return;
    if (!m_later.isEmpty()) {
        m_pause.start(m_config.pause);
        return;
    }
    m_finished = true;
    emit finished();
}
