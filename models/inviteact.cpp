#include "models/inviteact.h"

#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "models/batchanswers.h"
#include "models/displaynames.h"

#include <QCoreApplication>
#include <QSet>

namespace {

TargetAnswer answerFor(const Invite &invite, const QString &requestId)
{
    const QString emailStatus = invite.emailStatus.isSet()
        ? DisplayNames::emailStatus(invite.emailStatus)
        : QCoreApplication::translate("InviteAct", "not said");
    switch (invite.status.value()) {
    case InviteStatus::Failed:
        return { TargetAnswer::Kind::Refused, requestId, QStringLiteral("InviteFailed"),
                 QCoreApplication::translate("InviteAct", "The service did not invite this address "
                                                          "(invitation failed; email: %1).")
                     .arg(emailStatus),
                 std::nullopt };
    case InviteStatus::Pending:
    case InviteStatus::Accepted:
        return { TargetAnswer::Kind::Applied, requestId, {},
                 invite.emailStatus == EmailStatus::Sent
                     ? QCoreApplication::translate("InviteAct", "Invited; the invitation email was sent.")
                     : QCoreApplication::translate("InviteAct", "Invited, but the invitation email was "
                                                                "not sent (%1): tell the person another way.")
                           .arg(emailStatus),
                 std::nullopt };
    case InviteStatus::Unknown:
        break;
    }
    // No status, or one this program does not know: the address is looked up.
    return { TargetAnswer::Kind::Unknown, requestId, {},
             QCoreApplication::translate("InviteAct", "the answer gives no invite status this "
                                                      "program knows"),
             std::nullopt };
}

} // namespace

QString InviteAct::id() const
{
    return QStringLiteral("invite");
}

int InviteAct::batchSize() const
{
    return ChimeRequestBuilder::userEmailListLimit;
}

QString InviteAct::unavailableIn(const CommandContext &context) const
{
    if (context.accountType == AccountType::Team)
        return {};
    return QCoreApplication::translate("InviteAct", "Only Team accounts invite users by email; %1 "
                                                    "is an account of type %2. Create the user "
                                                    "instead.")
        .arg(context.shownName(), DisplayNames::accountType(context.accountType));
}

QString InviteAct::operation(const QList<ChangeTarget> &) const
{
    return QStringLiteral("InviteUsers");
}

ChimeCall *InviteAct::send(ChimeClient *client, const QString &, const QString &accountId,
                           const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    // InviteUsers takes one user type for the whole request; a change has one for all targets.
    InviteUsersRequest request { accountId, {}, UserTypeValue::fromWire(batch.first().after) };
    QList<QString> keys;
    for (const ChangeTarget &target : batch) {
        request.userEmailList.append(target.email);
        keys.append(target.userId);
    }
    return client->inviteUsers(request, context, [keys, done](const Outcome<InviteUsersResult> &answer) {
        Answers answers;
        if (!answer.isOk()) {
            const TargetAnswer refused = BatchAnswers::fromError(answer.error());
            for (const QString &key : keys)
                answers.insert(key, refused);
            done(answers);
            return;
        }
        QSet<QString> ambiguous;
        for (const Invite &invite : answer.value().invites) {
            const QString key = keyOf(invite.emailAddress.value_or(QString()));
            // An address the request did not hold, or one answered more than once, tells
            // nothing sure.
            if (!keys.contains(key) || ambiguous.contains(key))
                continue;
            if (answers.contains(key)) {
                answers.remove(key);
                ambiguous.insert(key);
                continue;
            }
            answers.insert(key, answerFor(invite, answer.requestId()));
        }
        // An address the answer leaves out stays Unknown (the default) and is looked up.
        done(answers);
    });
}
