#pragma once

#include "core/outcome.h"
#include "models/heldvalue.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class ChangeAct;
class ChimeClient;

// Reads users back (as the act reads them: GetUser, mostly) to learn what the service holds now, a few at a time. A user the
// service cannot be asked about right now (timeout, lost connection, 5xx) is asked again in a
// later round, after a pause, so that a service that was briefly unreachable still answers;
// every user is reported exactly once with userRead(), then finished().
class UserReadBack final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        int maxInFlight = 6; // as many as Qt opens connections to one host
        int rounds = 4;
        std::chrono::milliseconds pause { 3000 }; // between rounds
    };

    UserReadBack(ChimeClient *client, const ChangeAct &act, QString accountId,
                 QList<QString> userIds, Config config, QObject *parent = nullptr);

    void start();

signals:
    // The target's answer: what it holds, or the last error (NotFound when it no longer exists).
    void userRead(const QString &userId, const Outcome<HeldValue> &answer);
    void finished();

private:
    void sendNext();
    void onAnswer(const QString &userId, const Outcome<HeldValue> &answer);
    void finishRoundIfDone();

    ChimeClient *m_client;
    const ChangeAct &m_act;
    QString m_accountId;
    QList<QString> m_queue;
    QList<QString> m_later;
    int m_inFlight = 0; // reads made with this as their context: destroying it stops them
    Config m_config;
    int m_round = 1;
    QTimer m_pause;
    bool m_finished = false;
};
