#include "models/batchanswers.h"

#include <QCoreApplication>
#include <QSet>

namespace BatchAnswers {

TargetAnswer fromError(const ChimeError &error)
{
    if (error.isDefiniteRefusal())
        return { TargetAnswer::Kind::Refused, error.requestId(), error.code(), error.userMessage(), {} };
    // Not "… failed": nothing is known to have failed.
    const QString what = error.message().isEmpty()
        ? error.kindDescription()
        : QCoreApplication::translate("BatchAnswers", "%1 — %2").arg(error.kindDescription(), error.message());
    return { TargetAnswer::Kind::Unknown, error.requestId(), error.code(), what, {} };
}

QHash<QString, TargetAnswer> fromBatchResult(const QList<QString> &userIds,
                                             const Outcome<BatchUpdateResult> &answer)
{
    Outcome<QList<UserError>> errors = answer.isOk() ? Outcome<QList<UserError>>(answer.value().userErrors)
                                                     : Outcome<QList<UserError>>(answer.error());
    errors.setRequestId(answer.requestId());
    return fromUserErrors(userIds, errors);
}

QHash<QString, TargetAnswer> fromUserErrors(const QList<QString> &userIds,
                                            const Outcome<QList<UserError>> &answer)
{
    QHash<QString, TargetAnswer> answers;
    if (!answer.isOk()) {
        const TargetAnswer each = fromError(answer.error());
        for (const QString &userId : userIds)
            answers.insert(userId, each);
        return answers;
    }
    const QSet<QString> requested(userIds.cbegin(), userIds.cend());
    bool untied = false;
    for (const UserError &error : answer.value()) {
        if (!requested.contains(error.userId)) {
            untied = true;
            continue;
        }
        answers.insert(error.userId, { TargetAnswer::Kind::Refused, answer.requestId(),
                                       error.errorCode,
                                       QCoreApplication::translate("BatchAnswers", "%1: %2")
                                           .arg(error.errorCode, error.errorMessage),
                                       {} });
    }
    const TargetAnswer rest = untied
        ? TargetAnswer { TargetAnswer::Kind::Unknown, answer.requestId(), {},
                         QCoreApplication::translate(
                             "BatchAnswers",
                             "The service reported an error for a user it did not name."),
                         {} }
        : TargetAnswer { TargetAnswer::Kind::Applied, answer.requestId(), {}, {}, {} };
    for (const QString &userId : userIds) {
        if (!answers.contains(userId))
            answers.insert(userId, rest);
    }
    return answers;
}

} // namespace BatchAnswers
