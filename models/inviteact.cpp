#include "models/inviteact.h"

#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "models/batchanswers.h"
#include "models/displaynames.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InviteAct", text);
}

TargetAnswer answerFor(const Invite &invite, const QString &requestId)
{
    const QString emailStatus = invite.emailStatus.isSet() ? invite.emailStatus.wireName() : tr("not said");
    if (invite.status == InviteStatus::Failed || !invite.status.isKnown()) {
        return { TargetAnswer::Kind::Refused, requestId, QStringLiteral("InviteFailed"),
                 tr("The service did not invite this address (invite status %1, email %2).")
                     .arg(invite.status.isSet() ? invite.status.wireName() : tr("not said"), emailStatus),
                 std::nullopt };
    }
    const QString message = invite.emailStatus == EmailStatus::Sent
        ? tr("Invited; the invitation email was sent.")
        : tr("Invited, but the invitation email was not sent (email %1): the person must be told "
             "another way.")
              .arg(emailStatus);
    return { TargetAnswer::Kind::Applied, requestId, {}, message, std::nullopt };
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
    return tr("Only Team accounts invite users by email; %1 is an account of type %2. Create the "
              "user instead.")
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
        for (const Invite &invite : answer.value().invites) {
            const QString key = keyOf(invite.emailAddress.value_or(QString()));
            // An address the request did not hold, or one answered twice, tells nothing sure.
            if (!keys.contains(key) || answers.contains(key)) {
                answers.remove(key);
                continue;
            }
            answers.insert(key, answerFor(invite, answer.requestId()));
        }
        // An address the answer leaves out stays Unknown (the default) and is looked up.
        done(answers);
    });
}
