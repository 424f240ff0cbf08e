#pragma once

#include "core/user.h"
#include "models/change.h"
#include "models/changerun.h"
#include "models/userchangestate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class AsyncJournal;
class ChimeClient;

// Every change of a user goes through here. submit() binds a change to the connection in use at
// that moment (a pinned client: a later profile switch neither re-targets nor re-attributes it),
// holds it back while an earlier change of one of its users is still on its way, and runs it
// (ChangeRun: journaled first, outcome always known). The engine tracks, per user, where the
// latest change stands, for the tables and panels to show.
class ChangeEngine final : public QObject
{
    Q_OBJECT

public:
    struct UserStatus
    {
        UserChangeState state = UserChangeState::None;
        QString act;
        QString value; // the value on its way (or that could not be confirmed)
        QString message;
    };

    // A change of this session the service settled for a user: it holds `value` now (applied),
    // or was shown by reading it back not to (not applied).
    struct SettledChange
    {
        QString act;
        QString before;
        QString value;
        bool applied = false;
        QDateTime time;
    };

    ChangeEngine(ChimeClient *client, AsyncJournal *journal, QString sessionId,
                 ChangeRun::Config config = {}, QObject *parent = nullptr);
    ~ChangeEngine() override;

    // Null (and nothing sent) for an act no one registered or a change without users.
    ChangeRun *submit(Change change);

    bool isBusy() const;
    int usersInFlight() const { return m_busyUsers; }
    // Where the latest change of this session for the user stands; None when there is nothing to
    // show (settled as applied or not applied, or never changed).
    UserStatus statusOf(const QString &accountId, const QString &userId) const;
    // The latest change of this session the service settled for the user, for the panel to say
    // what was done last once nothing is on its way any more.
    std::optional<SettledChange> lastSettled(const QString &accountId, const QString &userId) const;
    // This session's runs, oldest first.
    const QList<ChangeRun *> &runs() const { return m_runs; }
    AsyncJournal *journal() const { return m_journal; }
    ChimeClient *client() const { return m_client; }
    const QString &sessionId() const { return m_sessionId; }

signals:
    void statusChanged(const QString &accountId, const QString &userId);
    // The service now holds `value` of the act's member for the user (applied, or read back).
    void userChanged(const QString &accountId, const QString &userId, const QString &act,
                     const QString &value);
    // A user was read back while a change of it settled.
    void userRead(const QString &accountId, const User &user);
    void runSubmitted(ChangeRun *run);
    void runFinished(ChangeRun *run);
    void busyChanged(int usersInFlight);
    void journalWriteFailed(const QString &message);

private:
    static QString keyOf(const QString &accountId, const QString &userId);
    void startWaitingRuns();
    bool isFree(const ChangeRun *run) const;
    void onTargetChanged(ChangeRun *run, int index);
    UserStatus currentStatus(const QString &accountId, const QString &userId) const;
    void onRunFinished(ChangeRun *run);

    ChimeClient *m_client;
    AsyncJournal *m_journal;
    QString m_sessionId;
    ChangeRun::Config m_config;
    QList<ChangeRun *> m_runs;
    QList<ChangeRun *> m_waiting;
    ChimeClient *m_pinned = nullptr; // bound to the connection in use, made on first need
    QHash<QString, ChangeRun *> m_owner; // user key -> the run now sending to it
    QHash<QString, QList<ChangeRun *>> m_runsOfUser; // user key -> its runs, oldest first
    QHash<QString, QHash<QString, UserStatus>> m_status; // account id -> user id -> status
    QHash<QString, std::pair<QString, QString>> m_lastHeld; // user key -> (act, value)
    QHash<QString, SettledChange> m_lastSettled; // user key -> its latest settled change
    int m_busyUsers = 0;
};
