#include "models/undoplanner.h"

#include "core/chimeclient.h"
#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "models/userreadback.h"
#include "store/asyncjournal.h"
#include "store/lastoutcomes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

// The users of `changeId` that may hold what it gave them: applied, or not confirmed either way.
QSet<QString> usersItMayHaveChanged(const LastOutcomes &outcomes, const QUuid &changeId)
{
    QSet<QString> users;
    const QHash<QString, Settlement> last = outcomes.value(changeId);
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it.value() == Settlement::Applied || it.value() == Settlement::Unconfirmed)
            users.insert(it.key());
    }
    return users;
}

// Users that a change journaled after `original`, of the same act and account, applied to:
// they were changed since, even if back to the same value.
QHash<QString, QDateTime> changedSince(const JournalContents &contents, const LastOutcomes &outcomes,
                                       const ChangeIntent &original)
{
    QHash<QString, QDateTime> since;
    bool after = false;
    for (const ChangeIntent &intent : contents.intents) {
        if (intent.changeId == original.changeId) {
            after = true;
            continue;
        }
        if (!after || intent.act != original.act || intent.accountId != original.accountId)
            continue;
        const QHash<QString, Settlement> last = outcomes.value(intent.changeId);
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (it.value() == Settlement::Applied)
                since.insert(it.key(), intent.time);
        }
    }
    return since;
}

// The newest change that applied (or may have applied) to at least one user.
const ChangeIntent *newestThatMayHaveChanged(const JournalContents &contents, const LastOutcomes &outcomes)
{
    for (auto it = contents.intents.crbegin(); it != contents.intents.crend(); ++it) {
        if (!usersItMayHaveChanged(outcomes, it->changeId).isEmpty())
            return &*it;
    }
    return nullptr;
}

// The change of this id, the newest one should the journal hold it twice.
const ChangeIntent *changeOfId(const JournalContents &contents, const QUuid &changeId)
{
    const auto found = std::find_if(contents.intents.crbegin(), contents.intents.crend(),
                                    [&changeId](const ChangeIntent &intent) { return intent.changeId == changeId; });
    return found == contents.intents.crend() ? nullptr : &*found;
}

} // namespace

bool UndoPlanner::hasCandidate(const JournalContents &contents)
{
    return newestThatMayHaveChanged(contents, lastOutcomes(contents)) != nullptr;
}

UndoPlanner::UndoPlanner(ChangeEngine *engine, std::optional<QUuid> changeId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_changeId(std::move(changeId))
{
}

void UndoPlanner::start()
{
    // Read back with the connection in use now, whatever the window switches to meanwhile.
    m_client = m_engine->client()->pinned(this);
    m_plan.readWith = m_client->identity();
    m_engine->journal()->read(this, [this](const JournalContents &contents, const QString &error) {
        if (!error.isEmpty())
            fail(error);
        else
            plan(contents);
    });
}

void UndoPlanner::fail(const QString &error)
{
    m_plan.error = error;
    emit planned(m_plan);
}

void UndoPlanner::plan(const JournalContents &contents)
{
    // One pass over the outcomes, not one a change: the journal grows with every change made.
    const LastOutcomes outcomes = lastOutcomes(contents);
    const ChangeIntent *original = m_changeId ? changeOfId(contents, *m_changeId)
                                              : newestThatMayHaveChanged(contents, outcomes);
    if (!original) {
        fail(m_changeId ? tr("The journal has no record of this change.")
                        : tr("No change in the journal applied to any user: there is nothing to undo."));
        return;
    }
    m_plan.original = *original;
    const ChangeAct *act = ChangeActs::find(original->act);
    if (!act || !act->isUndoable()) {
        fail(tr("This kind of change cannot be undone."));
        return;
    }
    if (original->endpoint != m_client->endpointDescription()) {
        fail(tr("This change was made at %1; connect to that endpoint to undo it.")
                 .arg(original->endpoint));
        return;
    }
    const QSet<QString> applied = usersItMayHaveChanged(outcomes, original->changeId);
    if (applied.isEmpty()) {
        fail(tr("Nothing of this change was applied: there is nothing to undo."));
        return;
    }
    m_plan.change.act = original->act;
    m_plan.change.accountId = original->accountId;
    m_plan.change.accountName = original->accountName;
    m_plan.change.reverts = original->changeId;
    const QHash<QString, QDateTime> since = changedSince(contents, outcomes, *original);
    QList<QString> toRead;
    for (const JournalUser &user : original->users) {
        if (!applied.contains(user.userId))
            continue;
        if (const auto later = since.constFind(user.userId); later != since.cend()) {
            m_plan.skipped.append({ user, tr("Changed since, by the change of %1.")
                                              .arg(later->toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)) });
        } else if (user.before.isEmpty()) {
            m_plan.skipped.append({ user, tr("What it held before the change is not known.") });
        } else {
            m_reading.insert(user.userId, user);
            toRead.append(user.userId);
        }
    }
    if (toRead.isEmpty()) {
        emit planned(m_plan);
        return;
    }
    if (!act->undoDependsOnAccount()) {
        readUsers(toRead);
        return;
    }
    // Whether the service can revert it depends on the account (a Team account cannot lift a
    // suspension): asked before anything is offered.
    m_client->getAccount({ original->accountId }, this, [this, act, toRead](const Outcome<Account> &account) {
        if (!account.isOk()) {
            fail(tr("The account could not be read to see whether this change can be undone: %1")
                     .arg(account.error().userMessage()));
        } else if (const QString refused = act->undoRefusedIn(account.value()); !refused.isEmpty()) {
            fail(refused);
        } else {
            readUsers(toRead);
        }
    });
}

void UndoPlanner::readUsers(const QList<QString> &toRead)
{
    auto *reader = new UserReadBack(m_client, *ChangeActs::find(m_plan.original.act), m_plan.original.accountId, toRead, {}, this);
    connect(reader, &UserReadBack::userRead, this, &UndoPlanner::onUserRead);
    connect(reader, &UserReadBack::finished, this, [this, reader] {
        reader->deleteLater();
        // In the order the original change listed its users.
        QHash<QString, ChangeTarget> byId;
        for (const ChangeTarget &target : std::as_const(m_plan.change.targets))
            byId.insert(target.userId, target);
        QList<ChangeTarget> ordered;
        for (const JournalUser &user : std::as_const(m_plan.original.users)) {
            if (const auto target = byId.constFind(user.userId); target != byId.cend())
                ordered.append(*target);
        }
        m_plan.change.targets = ordered;
        emit planned(m_plan);
    });
    reader->start();
}

void UndoPlanner::onUserRead(const QString &userId, const Outcome<HeldValue> &answer)
{
    const JournalUser user = m_reading.take(userId);
    const ChangeAct *act = ChangeActs::find(m_plan.original.act);
    if (!answer.isOk()) {
        m_plan.skipped.append({ user, answer.error().kind() == ChimeError::Kind::NotFound
                                          ? act->goneText()
                                          : tr("Could not be read: %1").arg(answer.error().userMessage()) });
        return;
    }
    const QString held = answer.value().value;
    if (held != user.after) {
        m_plan.skipped.append({ user, tr("Changed since: now holds %1, not %2.")
                                          .arg(act->displayValue(held), act->displayValue(user.after)) });
        return;
    }
    const std::optional<User> &read = answer.value().user;
    m_plan.change.targets.append({ user.userId, read ? read->displayName.value_or(user.displayName) : user.displayName,
                                   read ? read->primaryEmail.value_or(user.email) : user.email, held,
                                   act->revertedValue(user.before) });
}
