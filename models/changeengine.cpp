#include "models/changeengine.h"

#include "core/chimeclient.h"
#include "models/changeact.h"
#include "models/changeacts.h"

#include <QSet>

ChangeEngine::ChangeEngine(ChimeClient *client, AsyncJournal *journal, QString sessionId,
                           ChangeRun::Config config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_sessionId(std::move(sessionId))
    , m_config(config)
{
    // Changes submitted from now on go with the new connection; those before keep theirs.
    connect(client, &ChimeClient::connectionChanged, this, [this] { m_pinned = nullptr; });
}

ChangeEngine::~ChangeEngine()
{
    // Runs abort their calls before the pinned clients they use go.
    qDeleteAll(m_runs);
}

QString ChangeEngine::keyOf(const QString &accountId, const QString &userId)
{
    return accountId + QLatin1Char('/') + userId;
}

ChangeRun *ChangeEngine::submit(Change change)
{
    const ChangeAct *act = ChangeActs::find(change.act);
    if (!act || change.targets.isEmpty())
        return nullptr;
    if (m_sessionId.isEmpty()) {
        // Without a session of its own another window could not tell this change from one of a
        // program that died, and would read its users back while it is still on its way.
        emit journalWriteFailed(tr("This window could not start its session in the program's data "
                                   "folder, so it sends no change."));
        return nullptr;
    }
    change.id = QUuid::createUuid();
    change.connection = m_client->identity();
    // Bound now: the run's requests, read-backs and journal entries use this connection whatever
    // the window switches to later.
    if (!m_pinned)
        m_pinned = m_client->pinned(this);
    auto *run = new ChangeRun(std::move(change), act, m_pinned, m_journal, m_sessionId, m_config);
    m_runs.append(run);
    m_waiting.append(run);
    m_busyUsers += run->total();
    connect(run, &ChangeRun::targetChanged, this, [this, run](int index) { onTargetChanged(run, index); });
    connect(run, &ChangeRun::finished, this, [this, run] { onRunFinished(run); });
    connect(run, &ChangeRun::journalWriteFailed, this, &ChangeEngine::journalWriteFailed);
    connect(run, &ChangeRun::userRead, this,
            [this, run](const User &user) { emit userRead(run->change().accountId, user); });
    const Change &submitted = run->change();
    for (const ChangeTarget &target : submitted.targets) {
        m_runsOfUser[keyOf(submitted.accountId, target.userId)].append(run);
        m_status[submitted.accountId].insert(target.userId, currentStatus(submitted.accountId, target.userId));
        emit statusChanged(submitted.accountId, target.userId);
    }
    emit runSubmitted(run);
    emit busyChanged(m_busyUsers);
    startWaitingRuns();
    return run;
}

bool ChangeEngine::isBusy() const
{
    return m_busyUsers > 0;
}

ChangeEngine::UserStatus ChangeEngine::statusOf(const QString &accountId, const QString &userId) const
{
    // Asked for every cell painted and every row filtered: two lookups, no key built.
    const auto account = m_status.constFind(accountId);
    return account == m_status.cend() ? UserStatus() : account->value(userId);
}

std::optional<ChangeEngine::SettledChange> ChangeEngine::lastSettled(const QString &accountId,
                                                                    const QString &userId) const
{
    const auto settled = m_lastSettled.constFind(keyOf(accountId, userId));
    if (settled == m_lastSettled.cend())
        return std::nullopt;
    return *settled;
}

bool ChangeEngine::isFree(const ChangeRun *run) const
{
    const Change &change = run->change();
    for (const ChangeTarget &target : change.targets) {
        if (m_owner.contains(keyOf(change.accountId, target.userId)))
            return false;
    }
    return true;
}

void ChangeEngine::startWaitingRuns()
{
    // Changes start in the order they were made: a user of a change still waiting is taken for
    // every change made after it, so a later change is never overtaken by an earlier one.
    QSet<QString> heldBack;
    for (qsizetype i = 0; i < m_waiting.size();) {
        ChangeRun *run = m_waiting.at(i);
        const Change &change = run->change();
        const bool free = isFree(run) && std::none_of(change.targets.cbegin(), change.targets.cend(),
            [&](const ChangeTarget &target) { return heldBack.contains(keyOf(change.accountId, target.userId)); });
        if (!free) {
            for (const ChangeTarget &target : change.targets)
                heldBack.insert(keyOf(change.accountId, target.userId));
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        for (const ChangeTarget &target : change.targets) {
            const QString key = keyOf(change.accountId, target.userId);
            m_owner.insert(key, run);
            // A change that waited for an earlier one starts from what that one left.
            const auto held = m_lastHeld.constFind(key);
            if (held != m_lastHeld.cend() && held->first == change.act)
                run->updateBefore(target.userId, held->second);
        }
        run->begin();
    }
}

// What to show for a user: the newest change of it that is on its way or tells something; a
// cancelled one tells nothing, so the change before it (still unconfirmed, say) shows instead.
ChangeEngine::UserStatus ChangeEngine::currentStatus(const QString &accountId, const QString &userId) const
{
    using State = ChangeRun::TargetState;
    const QList<ChangeRun *> runs = m_runsOfUser.value(keyOf(accountId, userId));
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const ChangeRun::Target *target = (*run)->target(userId);
        if (!target || target->state == State::Cancelled)
            continue;
        UserStatus status { UserChangeState::None, (*run)->change().act, target->change.after,
                            target->message };
        switch (target->state) {
        case State::Queued:
            status.state = UserChangeState::Queued;
            break;
        case State::Sending:
            status.state = UserChangeState::Sending;
            break;
        case State::Checking:
            status.state = UserChangeState::Checking;
            break;
        case State::Failed:
            status.state = UserChangeState::Failed;
            break;
        case State::Unconfirmed:
            status.state = UserChangeState::Unconfirmed;
            break;
        case State::Applied:
        case State::NotApplied:
        case State::Cancelled:
            break;
        }
        return status;
    }
    return {};
}

void ChangeEngine::onTargetChanged(ChangeRun *run, int index)
{
    const ChangeRun::Target &target = run->targets().at(index);
    const Change &change = run->change();
    const QString key = keyOf(change.accountId, target.change.userId);
    if (ChangeRun::isSettled(target.state)) {
        --m_busyUsers;
        // Only what the service told (or showed when read back) is what it holds.
        if (!target.holds.isEmpty()) {
            m_lastHeld.insert(key, { change.act, target.holds });
            emit userChanged(change.accountId, target.change.userId, change.act, target.holds);
        }
        const bool applied = target.state == ChangeRun::TargetState::Applied;
        if (applied || target.state == ChangeRun::TargetState::NotApplied)
            m_lastSettled.insert(key, { change.act, target.change.before, target.change.after, applied,
                                        QDateTime::currentDateTime() });
        emit busyChanged(m_busyUsers);
    }
    const UserStatus status = currentStatus(change.accountId, target.change.userId);
    if (status.state == UserChangeState::None)
        m_status[change.accountId].remove(target.change.userId);
    else
        m_status[change.accountId].insert(target.change.userId, status);
    emit statusChanged(change.accountId, target.change.userId);
}

void ChangeEngine::onRunFinished(ChangeRun *run)
{
    const Change &change = run->change();
    for (const ChangeTarget &target : change.targets) {
        const QString key = keyOf(change.accountId, target.userId);
        if (m_owner.value(key) == run)
            m_owner.remove(key);
    }
    m_waiting.removeOne(run);
    emit runFinished(run);
    startWaitingRuns();
}
