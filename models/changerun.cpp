#include "models/changerun.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "store/asyncjournal.h"

#include <memory>

namespace {

Settlement settlementOf(ChangeRun::TargetState state)
{
    switch (state) {
    case ChangeRun::TargetState::Applied:
        return Settlement::Applied;
    case ChangeRun::TargetState::Failed:
        return Settlement::Failed;
    case ChangeRun::TargetState::NotApplied:
        return Settlement::NotApplied;
    case ChangeRun::TargetState::Cancelled:
        return Settlement::Cancelled;
    case ChangeRun::TargetState::Queued:
    case ChangeRun::TargetState::Sending:
    case ChangeRun::TargetState::Checking:
    case ChangeRun::TargetState::Unconfirmed:
        break;
    }
    return Settlement::Unconfirmed;
}

} // namespace

ChangeRun::ChangeRun(Change change, const ChangeAct *act, ChimeClient *client,
                     AsyncJournal *journal, QString sessionId, Config config, QObject *parent)
    : QObject(parent)
    , m_change(std::move(change))
    , m_act(act)
    , m_client(client)
    , m_journal(journal)
    , m_sessionId(std::move(sessionId))
    , m_config(config)
    , m_operation(act->operation(m_change.targets))
{
    m_targets.reserve(m_change.targets.size());
    for (const ChangeTarget &target : std::as_const(m_change.targets)) {
        // Looked up for every answer and every read-back: a scan would make a bulk change
        // quadratic.
        m_indexOf.insert(target.userId, static_cast<int>(m_targets.size()));
        m_targets.append({ target, TargetState::Queued, {}, {}, {} });
    }
}

ChangeRun::~ChangeRun()
{
    for (const Batch &batch : std::as_const(m_inFlight)) {
        if (batch.call)
            batch.call->abort();
    }
}

bool ChangeRun::isSettled(TargetState state)
{
    return state != TargetState::Queued && state != TargetState::Sending
        && state != TargetState::Checking;
}

int ChangeRun::countIn(TargetState state) const
{
    return static_cast<int>(std::count_if(m_targets.cbegin(), m_targets.cend(),
                                          [state](const Target &target) { return target.state == state; }));
}

const ChangeRun::Target *ChangeRun::target(const QString &userId) const
{
    const int index = indexOf(userId);
    return index < 0 ? nullptr : &m_targets.at(index);
}

int ChangeRun::indexOf(const QString &userId) const
{
    return m_indexOf.value(userId, -1);
}

void ChangeRun::updateBefore(const QString &userId, const QString &before)
{
    if (m_begun)
        return;
    if (const int index = indexOf(userId); index >= 0) {
        m_targets[index].change.before = before;
        m_change.targets[index].before = before;
    }
}

ChangeIntent ChangeRun::intent() const
{
    ChangeIntent intent;
    intent.changeId = m_change.id;
    intent.time = QDateTime::currentDateTimeUtc();
    intent.sessionId = m_sessionId;
    intent.act = m_act->id();
    intent.operation = m_operation;
    intent.profile = m_change.connection.profile;
    intent.accessKeyId = m_change.connection.accessKeyId;
    intent.endpoint = m_change.connection.endpoint;
    intent.accountId = m_change.accountId;
    intent.accountName = m_change.accountName;
    intent.reverts = m_change.reverts;
    for (const ChangeTarget &target : m_change.targets)
        intent.users.append({ target.userId, target.displayName, target.email, target.before, target.after });
    return intent;
}

void ChangeRun::begin()
{
    if (m_begun)
        return;
    m_begun = true;
    m_journal->writeIntent(intent(), this, [this](const QString &error) {
        if (!error.isEmpty()) {
            // Nothing may be sent that the journal does not know of.
            m_journalError = error;
            const QString message = tr("Not sent: the journal could not be written. %1").arg(error);
            for (int i = 0; i < m_targets.size(); ++i)
                settle(i, TargetState::Cancelled, {}, {}, {}, message, false);
            m_unwritten.clear();
            emit journalWriteFailed(error);
            finishIfDone();
            return;
        }
        for (int i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i).state == TargetState::Queued)
                m_queue.append(i);
        }
        sendNextBatches();
        finishIfDone();
    });
}

void ChangeRun::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    withdrawUnsentBatches();
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).state == TargetState::Queued)
            settle(i, TargetState::Cancelled, {}, {}, {}, tr("Not sent: cancelled."), false);
    }
    if (m_begun) {
        flushOutcomes();
    } else {
        // Never journaled and never sent: there is nothing for the journal to know.
        m_begun = true;
        m_unwritten.clear();
    }
    finishIfDone();
}

// Batches still waiting for the endpoint's pacer never reached the service: they are cancelled
// like the users not yet handed to it.
void ChangeRun::withdrawUnsentBatches()
{
    for (qsizetype i = m_inFlight.size() - 1; i >= 0; --i) {
        const Batch &batch = m_inFlight.at(i);
        if (!batch.call || batch.call->hasBeenSent())
            continue;
        batch.call->abort();
        for (const int index : batch.indexes)
            setState(index, TargetState::Queued);
        m_inFlight.removeAt(i);
    }
}

void ChangeRun::sendNextBatches()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight.size() < m_config.maxRequestsInFlight) {
        const QList<int> batch = m_queue.first(std::min<qsizetype>(m_act->batchSize(), m_queue.size()));
        m_queue.remove(0, batch.size());
        sendBatch(batch);
    }
}

void ChangeRun::sendBatch(const QList<int> &indexes)
{
    QList<ChangeTarget> batch;
    for (const int index : indexes) {
        batch.append(m_targets.at(index).change);
        setState(index, TargetState::Sending);
    }
    // The callback runs while its call still exists and takes it out of m_inFlight itself, so
    // the next batch can go.
    auto self = std::make_shared<QPointer<ChimeCall>>();
    *self = m_act->send(m_client, m_operation, m_change.accountId, batch, this,
                        [this, indexes, self](const ChangeAct::Answers &answers) {
                            m_inFlight.removeIf([self](const Batch &sent) { return sent.call == *self; });
                            onBatchAnswered(indexes, answers);
                        });
    m_inFlight.append({ *self, indexes });
}

void ChangeRun::onBatchAnswered(const QList<int> &indexes, const ChangeAct::Answers &answers)
{
    QList<int> unknown;
    for (const int index : indexes) {
        const Target &target = m_targets.at(index);
        const TargetAnswer answer = answers.value(target.change.userId);
        switch (answer.kind) {
        case TargetAnswer::Kind::Applied:
            if (answer.user)
                emit userRead(*answer.user);
            settle(index, TargetState::Applied, target.change.after, answer.requestId, {},
                   answer.message, false);
            break;
        case TargetAnswer::Kind::Refused:
            // Refused: nothing changed, but what the user holds is only as known as before.
            settle(index, TargetState::Failed, {}, answer.requestId, answer.code, answer.message, false);
            break;
        case TargetAnswer::Kind::Unknown:
            if (!m_act->readBackTells()) {
                settle(index, TargetState::Unconfirmed, {}, answer.requestId, {},
                       tr("Could not be confirmed: no usable answer (%1), and the user's record "
                          "does not show whether it happened.")
                           .arg(answer.message),
                       false);
                break;
            }
            // Not "failed": what the service did is not known until the user is read back.
            m_targets[index].requestId = answer.requestId;
            m_targets[index].message = tr("No usable answer (%1); reading back what the service holds…").arg(answer.message);
            setState(index, TargetState::Checking);
            unknown.append(index);
            break;
        }
    }
    flushOutcomes();
    if (!unknown.isEmpty())
        readBack(unknown);
    sendNextBatches();
    finishIfDone();
}

void ChangeRun::readBack(const QList<int> &indexes)
{
    QList<QString> userIds;
    for (const int index : indexes)
        userIds.append(m_targets.at(index).change.userId);
    auto *reader = new UserReadBack(m_client, *m_act, m_change.accountId, userIds, m_config.readBack, this);
    ++m_readBacks;
    connect(reader, &UserReadBack::userRead, this,
            [this](const QString &userId, const Outcome<HeldValue> &answer) {
                onUserRead(indexOf(userId), answer);
            });
    connect(reader, &UserReadBack::finished, this, [this, reader] {
        --m_readBacks;
        reader->deleteLater();
        flushOutcomes();
        finishIfDone();
    });
    reader->start();
}

void ChangeRun::onUserRead(int index, const Outcome<HeldValue> &answer)
{
    if (index < 0)
        return;
    const ChangeTarget &target = m_targets.at(index).change;
    // The lost answer has no request id; the read-back's names the request that settled it.
    const QString requestId = m_targets.at(index).requestId.isEmpty() ? answer.requestId()
                                                                      : m_targets.at(index).requestId;
    if (answer.isOk()) {
        if (answer.value().user)
            emit userRead(*answer.value().user);
        const QString held = answer.value().value;
        if (m_act->reached(held, target.after)) {
            settle(index, TargetState::Applied, held, requestId, {},
                   tr("The answer was lost; reading back showed it applied."), true);
        } else {
            settle(index, TargetState::NotApplied, held, requestId, {},
                   held == target.before
                       ? tr("The answer was lost; reading back showed it not applied.")
                       : tr("Not applied: the service now holds %1.").arg(m_act->displayValue(held)),
                   true);
        }
    } else if (answer.error().kind() == ChimeError::Kind::NotFound && m_act->mayRemoveUser(target.after)) {
        settle(index, TargetState::Unconfirmed, {}, requestId, {},
               tr("The user is no longer in the account; on a Team account a suspension takes "
                  "users out of it, so this may be the change itself."),
               true);
    } else if (answer.error().kind() == ChimeError::Kind::NotFound) {
        settle(index, TargetState::NotApplied, {}, requestId, {}, m_act->goneText(),
               true);
    } else {
        settle(index, TargetState::Unconfirmed, {}, requestId, {},
               tr("Could not be confirmed: the answer was lost and reading back failed too (%1).")
                   .arg(answer.error().userMessage()),
               true);
    }
}

void ChangeRun::setState(int index, TargetState state)
{
    m_targets[index].state = state;
    emit targetChanged(index);
}

void ChangeRun::settle(int index, TargetState state, const QString &holds,
                       const QString &requestId, const QString &code, const QString &message,
                       bool reconciledByReading)
{
    Target &target = m_targets[index];
    if (isSettled(target.state))
        return;
    target.state = state;
    target.holds = holds;
    target.requestId = requestId;
    target.message = message;
    ++m_settled;
    m_unwritten.append({ m_change.id, QDateTime::currentDateTimeUtc(), target.change.userId,
                         settlementOf(state), holds, requestId, code, message, reconciledByReading });
    emit targetChanged(index);
    emit progressChanged(m_settled, total());
}

void ChangeRun::flushOutcomes()
{
    if (m_unwritten.isEmpty() || !m_journalError.isEmpty())
        return;
    m_journal->writeOutcomes(std::exchange(m_unwritten, {}), this, [this](const QString &error) {
        // The change went out: its outcome is still shown, and the next start reads the users
        // back because the journal does not know how it ended.
        if (!error.isEmpty())
            emit journalWriteFailed(error);
    });
}

void ChangeRun::finishIfDone()
{
    if (m_finished || !m_begun || m_settled < total() || m_readBacks > 0 || !m_inFlight.isEmpty())
        return;
    m_finished = true;
    emit finished();
}
