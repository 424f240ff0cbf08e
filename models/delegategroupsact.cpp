#include "models/delegategroupsact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

QString DelegateGroupsAct::valueOf(QList<QString> groupNames)
{
    groupNames.sort();
    groupNames.removeIf([](const QString &name) { return name.isEmpty(); });
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(groupNames)).toJson(QJsonDocument::Compact));
}

QString DelegateGroupsAct::valueOfAccount(const Account &account)
{
    QList<QString> names;
    for (const SigninDelegateGroup &group : account.signinDelegateGroups)
        names.append(group.groupName);
    return valueOf(names);
}

std::optional<QList<QString>> DelegateGroupsAct::groupsOf(const QString &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QList<QString> names;
    for (const QJsonValue &name : document.array()) {
        if (!name.isString())
            return std::nullopt;
        names.append(name.toString());
    }
    return names;
}

QString DelegateGroupsAct::id() const
{
    return u"delegate-groups"_s;
}

QString DelegateGroupsAct::operationName() const
{
    return u"AssociateSigninDelegateGroupsWithAccount"_s;
}

ChimeCall *DelegateGroupsAct::send(ChimeClient *client, const QString &, const QString &accountId,
                                   const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const QList<QString> wanted = groupsOf(batch.first().after).value_or(QList<QString>());
    // What to add and take away is counted from what the account has now, not from what the
    // dialog saw: another administrator may have changed the groups since.
    return client->getAccount({ accountId }, context, [client, accountId, wanted, context, done](const Outcome<Account> &account) {
        if (!account.isOk()) {
            done(BatchAnswers::forOneUser(accountId, account));
            return;
        }
        QSet<QString> held;
        for (const SigninDelegateGroup &group : account.value().signinDelegateGroups)
            held.insert(group.groupName);
        QList<QString> missing;
        for (const QString &name : wanted) {
            if (!held.remove(name))
                missing.append(name);
        }
        const QList<QString> extra(held.cbegin(), held.cend());
        if (missing.isEmpty()) {
            disassociate(client, accountId, extra, false, context, done);
            return;
        }
        client->associateSigninDelegateGroups(
            { accountId, missing }, context,
            [client, accountId, extra, context, done](const Outcome<EmptyResult> &associated) {
                if (!associated.isOk())
                    done(BatchAnswers::forOneUser(accountId, associated));
                else
                    disassociate(client, accountId, extra, true, context, done);
            });
    });
}

void DelegateGroupsAct::disassociate(ChimeClient *client, const QString &accountId,
                                     QList<QString> groups, bool associated, QObject *context, Done done)
{
    if (groups.isEmpty()) {
        done({ { accountId, { TargetAnswer::Kind::Applied, {}, {}, {}, {} } } });
        return;
    }
    client->disassociateSigninDelegateGroups(
        { accountId, std::move(groups) }, context,
        [accountId, associated, done](const Outcome<EmptyResult> &answer) {
            ChangeAct::Answers answers = BatchAnswers::forOneUser(accountId, answer);
            // Half done is neither: the groups are read back to tell what the account has.
            if (associated && answers[accountId].kind == TargetAnswer::Kind::Refused)
                answers[accountId].kind = TargetAnswer::Kind::Unknown;
            done(answers);
        });
}

void DelegateGroupsAct::read(ChimeClient *client, const QString &accountId, const QString &,
                             QObject *context, ReadDone done) const
{
    readAccount(client, accountId, context, [](const Account &account) { return valueOfAccount(account); },
                std::move(done));
}

QString DelegateGroupsAct::displayValue(const QString &value) const
{
    const std::optional<QList<QString>> groups = groupsOf(value);
    if (!groups)
        return QCoreApplication::translate("DelegateGroupsAct", "Not known");
    if (groups->isEmpty())
        return QCoreApplication::translate("DelegateGroupsAct", "No groups");
    return QStringList(*groups).join(u", "_s);
}

void DelegateGroupsAct::applyToAccount(Account &account, const QString &value) const
{
    account.signinDelegateGroups.clear();
    for (const QString &name : groupsOf(value).value_or(QList<QString>()))
        account.signinDelegateGroups.append({ name });
}

QString DelegateGroupsAct::unavailableFor(const Account &account) const
{
    if (account.accountType.value() != AccountType::EnterpriseDirectory)
        return QCoreApplication::translate("DelegateGroupsAct",
                                           "Sign-in delegate groups are for Active Directory accounts only.");
    return {};
}
