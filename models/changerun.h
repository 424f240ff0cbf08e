#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/heldvalue.h"
#include "models/change.h"
#include "models/changeact.h"
#include "models/userreadback.h"
#include "store/journalrecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class AsyncJournal;
class ChimeCall;
class ChimeClient;

// One change on its way: its intent is journaled (and on disk) before the first request goes
// out; its users are sent in requests of the act's size, a few at a time, with the client bound
// to the change's own connection; every user settles as exactly one of applied, failed,
// not applied (read back: the service holds something else), could not be confirmed, or
// cancelled. A user whose answer was lost is read back before it settles. Each settled user's
// outcome is appended to the journal.
class ChangeRun final : public QObject
{
    Q_OBJECT

public:
    enum class TargetState { Queued, Sending, Checking, Applied, Failed, NotApplied, Unconfirmed, Cancelled };
    Q_ENUM(TargetState)

    struct Target
    {
        ChangeTarget change;
        TargetState state = TargetState::Queued;
        QString holds; // what the service holds, once known
        QString requestId;
        QString message;
    };

    struct Config
    {
        // Handed to the client at once, so the pacer always has the next one while some wait
        // out a Retry-After; it decides how many of them are out.
        int maxRequestsInFlight = 16;
        UserReadBack::Config readBack;
    };

    ChangeRun(Change change, const ChangeAct *act, ChimeClient *client, AsyncJournal *journal,
              QString sessionId, Config config, QObject *parent = nullptr);
    ~ChangeRun() override;

    // Journals the intent, then sends. Called by the engine once no other change of the same
    // users is on its way; `before` values may be updated up to then.
    void begin();
    // Sends nothing more: users not yet sent are cancelled; requests already sent still settle.
    void cancel();
    void updateBefore(const QString &userId, const QString &before);

    const Change &change() const { return m_change; }
    const ChangeAct *act() const { return m_act; }
    const QList<Target> &targets() const { return m_targets; }
    // The target for `userId`, or null.
    const Target *target(const QString &userId) const;
    int total() const { return static_cast<int>(m_targets.size()); }
    int settledCount() const { return m_settled; }
    int countIn(TargetState state) const;
    bool hasBegun() const { return m_begun; }
    bool isFinished() const { return m_finished; }
    // Why nothing was sent, when the intent could not be journaled.
    const QString &journalError() const { return m_journalError; }

    static bool isSettled(TargetState state);

signals:
    void targetChanged(int index);
    // A user read back from the service while settling: what it holds now, every member.
    void userRead(const User &user);
    void progressChanged(int settled, int total);
    void journalWriteFailed(const QString &message);
    void finished();

private:
    ChangeIntent intent() const;
    void sendNextBatches();
    void sendBatch(const QList<int> &indexes);
    void withdrawUnsentBatches();
    void onBatchAnswered(const QList<int> &indexes, const ChangeAct::Answers &answers);
    void readBack(const QList<int> &indexes);
    void onUserRead(int index, const Outcome<HeldValue> &answer);
    void setState(int index, TargetState state);
    void settle(int index, TargetState state, const QString &holds, const QString &requestId,
                const QString &code, const QString &message, bool reconciledByReading);
    void flushOutcomes();
    void finishIfDone();
    int indexOf(const QString &userId) const;

    Change m_change;
    const ChangeAct *m_act;
    ChimeClient *m_client;
    AsyncJournal *m_journal;
    QString m_sessionId;
    Config m_config;
    QString m_operation;
    QList<Target> m_targets;
    QHash<QString, int> m_indexOf; // user id -> index in m_targets
    QList<int> m_queue; // indexes still to send
    struct Batch
    {
        QPointer<ChimeCall> call;
        QList<int> indexes;
    };
    QList<Batch> m_inFlight;
    QList<UserOutcome> m_unwritten;
    int m_readBacks = 0;
    int m_settled = 0;
    bool m_begun = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_journalError;
};
