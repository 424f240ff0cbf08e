#include "models/logoutact.h"

#include "core/chimeclient.h"
#include "models/batchanswers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QString LogoutAct::signedOut = u"signed-out"_s;

QString LogoutAct::id() const
{
    return u"logout"_s;
}

QString LogoutAct::operation(const QList<ChangeTarget> &) const
{
    return u"LogoutUser"_s;
}

ChimeCall *LogoutAct::send(ChimeClient *client, const QString &, const QString &accountId,
                           const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    const QString userId = batch.first().userId;
    return client->logoutUser({ accountId, userId }, context,
                              [userId, done](const Outcome<EmptyResult> &answer) {
                                  done(BatchAnswers::forOneUser(userId, answer));
                              });
}

QString LogoutAct::effectText() const
{
    return QCoreApplication::translate("LogoutAct", "Signed out everywhere");
}
