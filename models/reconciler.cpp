#include "models/reconciler.h"

#include "core/chimeclient.h"
#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "models/userreadback.h"
#include "store/asyncjournal.h"
#include "store/journalsessions.h"
#include "store/lastoutcomes.h"

#include <QSet>

#include <memory>

namespace {

QString counts(const QHash<QString, int> &byValue, const char *phrase)
{
    QStringList parts;
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it)
        parts.append(Reconciler::tr(phrase, nullptr, it.value()).arg(it.key()));
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool Reconciler::Report::isEmpty() const
{
    return changes == 0 && elsewhere.isEmpty();
}

QString Reconciler::Report::text() const
{
    QStringList sentences;
    if (changes > 0) {
        QStringList found;
        if (!nowHold.isEmpty())
            found.append(counts(nowHold, QT_TR_N_NOOP("%Ln user(s) now hold %1")));
        if (!stillHold.isEmpty())
            found.append(counts(stillHold, QT_TR_N_NOOP("%Ln user(s) still hold %1")));
        if (gone > 0)
            found.append(tr("%Ln user(s) no longer exist", nullptr, gone));
        if (unchecked > 0)
            found.append(tr("%Ln user(s) could not be checked yet", nullptr, unchecked));
        if (untraceable > 0) {
            found.append(tr("%Ln user(s) of a log-out or PIN reset cannot be checked and are "
                            "left unconfirmed",
                            nullptr, untraceable));
        }
        sentences.append(tr("%Ln change(s) from the last session were interrupted: %1.", nullptr, changes)
                             .arg(found.join(QStringLiteral(", "))));
    }
    if (!elsewhere.isEmpty()) {
        sentences.append(tr("%Ln interrupted change(s) were made with other credentials and will be "
                            "checked when those are in use: %1.",
                            nullptr, static_cast<int>(elsewhere.size()))
                             .arg(elsewhere.join(QStringLiteral("; "))));
    }
    return sentences.join(QLatin1Char(' '));
}

Reconciler::Reconciler(ChangeEngine *engine, JournalSessions *sessions, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sessions(sessions)
{
}

void Reconciler::start()
{
    // Read back with the connection in use now, whatever the window switches to meanwhile.
    m_client = m_engine->client()->pinned(this);
    m_engine->journal()->read(this, [this](const JournalContents &contents, const QString &error) {
        m_report.unreadableLines = contents.unreadableLines;
        if (!error.isEmpty()) {
            emit finished(m_report);
            return;
        }
        reconcile(contents);
    });
}

void Reconciler::reconcile(const JournalContents &contents)
{
    const LastOutcomes last = lastOutcomes(contents);
    const ConnectionIdentity current = m_client->identity();
    QSet<QString> elsewhere;
    for (const ChangeIntent &intent : contents.intents) {
        if (intent.sessionId == m_engine->sessionId() || m_sessions->isAlive(intent.sessionId))
            continue;
        QList<QString> open;
        const QHash<QString, Settlement> done = last.value(intent.changeId);
        for (const JournalUser &user : intent.users) {
            const auto outcome = done.constFind(user.userId);
            if (outcome == done.cend() || !isFinal(*outcome))
                open.append(user.userId);
        }
        if (open.isEmpty())
            continue;
        const ChangeAct *act = ChangeActs::find(intent.act);
        if (!act)
            continue; // an act of a newer version: it knows how to read its users back
        if (!act->readBackTells()) {
            leaveUnconfirmed(intent, open, done);
            continue;
        }
        if (!ConnectionIdentity { {}, intent.accessKeyId, intent.endpoint }.reaches(current)) {
            elsewhere.insert(tr("%1 (%2) at %3").arg(intent.profile, intent.accessKeyId, intent.endpoint));
            continue;
        }
        check(*act, intent, open);
    }
    m_report.elsewhere = QStringList(elsewhere.cbegin(), elsewhere.cend());
    m_report.elsewhere.sort();
    if (m_pending == 0)
        emit finished(m_report);
    else if (m_checking > 0)
        emit checking(m_checking);
}

void Reconciler::leaveUnconfirmed(const ChangeIntent &intent, const QList<QString> &userIds,
                                  const QHash<QString, Settlement> &done)
{
    QList<UserOutcome> outcomes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &userId : userIds) {
        if (done.contains(userId))
            continue; // already said to be unconfirmed
        outcomes.append({ intent.changeId, now, userId, Settlement::Unconfirmed, {}, {}, {},
                          tr("Interrupted; reading back cannot show whether it happened."),
                          true });
    }
    if (outcomes.isEmpty())
        return;
    ++m_report.changes;
    m_report.untraceable += static_cast<int>(outcomes.size());
    ++m_pending;
    m_engine->journal()->writeOutcomes(outcomes, this, [this](const QString &) { finishOne(); });
}

void Reconciler::check(const ChangeAct &act, const ChangeIntent &intent, const QList<QString> &userIds)
{
    ++m_pending;
    ++m_report.changes;
    m_checking += static_cast<int>(userIds.size());
    auto outcomes = std::make_shared<QList<UserOutcome>>();
    auto *reader = new UserReadBack(m_client, act, intent.accountId, userIds, {}, this);
    connect(reader, &UserReadBack::userRead, this,
            [this, intent, outcomes](const QString &userId, const Outcome<HeldValue> &answer) {
                onUserRead(intent, userId, answer, outcomes.get());
            });
    connect(reader, &UserReadBack::finished, this, [this, reader, outcomes] {
        reader->deleteLater();
        if (outcomes->isEmpty()) {
            finishOne();
            return;
        }
        m_engine->journal()->writeOutcomes(*outcomes, this, [this](const QString &) { finishOne(); });
    });
    reader->start();
}

void Reconciler::onUserRead(const ChangeIntent &intent, const QString &userId,
                            const Outcome<HeldValue> &answer, QList<UserOutcome> *outcomes)
{
    const ChangeAct *act = ChangeActs::find(intent.act);
    const auto user = std::find_if(intent.users.cbegin(), intent.users.cend(),
                                   [&userId](const JournalUser &u) { return u.userId == userId; });
    if (!act || user == intent.users.cend())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A user gone after a change that takes users away (a Team suspension) tells nothing either.
    if (!answer.isOk()
        && (answer.error().kind() != ChimeError::Kind::NotFound || act->mayRemoveUser(user->after))) {
        ++m_report.unchecked;
        return;
    }
    if (!answer.isOk()) {
        ++m_report.gone;
        outcomes->append({ intent.changeId, now, userId, Settlement::NotApplied, {}, {}, {},
                           act->goneText(), true });
        return;
    }
    const QString held = answer.value().value;
    const bool applied = act->reached(held, user->after);
    ++(applied ? m_report.nowHold : m_report.stillHold)[act->displayValue(held)];
    outcomes->append({ intent.changeId, now, userId,
                       applied ? Settlement::Applied : Settlement::NotApplied, held, {}, {},
                       applied ? tr("Interrupted; reading back showed it applied.")
                               : tr("Interrupted; reading back showed it not applied."),
                       true });
}

void Reconciler::finishOne()
{
    if (--m_pending == 0)
        emit finished(m_report);
}
