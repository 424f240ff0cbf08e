#pragma once

#include "core/chimeresults.h"
#include "core/outcome.h"
#include "core/usererror.h"
#include "models/targetanswer.h"

#include <QHash>
#include <QList>
#include <QString>

// Turns the service's answer to one request into an answer per user of it. The rules, shared by
// every act: an error the service gave deliberately (4xx, throttling, nothing sent) refused every
// user — unless an earlier attempt of the same request was lost, which the service may have
// acted on; a lost, timed-out, unreadable or 5xx answer tells nothing, so every user is unknown; a
// batch answer's UserErrors refuse the users they name, and one that names no user or a user not
// in the request makes the users it may concern unknown rather than applied.
namespace BatchAnswers {

TargetAnswer fromError(const ChimeError &error);
QHash<QString, TargetAnswer> fromUserErrors(const QList<QString> &userIds,
                                            const Outcome<QList<UserError>> &answer);
// A batch operation's answer (BatchUpdateUser, BatchSuspendUser, BatchUnsuspendUser).
QHash<QString, TargetAnswer> fromBatchResult(const QList<QString> &userIds,
                                             const Outcome<BatchUpdateResult> &answer);
// A one-user operation's answer: applied (with the user it answers, if any) or as fromError().
template<typename T>
QHash<QString, TargetAnswer> forOneUser(const QString &userId, const Outcome<T> &answer,
                                        std::optional<User> answered = std::nullopt)
{
    if (!answer.isOk())
        return { { userId, fromError(answer.error()) } };
    return { { userId, { TargetAnswer::Kind::Applied, answer.requestId(), {}, {}, std::move(answered) } } };
}

} // namespace BatchAnswers
