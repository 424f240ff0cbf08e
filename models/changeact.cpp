#include "models/changeact.h"

#include "core/chimeclient.h"

void ChangeAct::read(ChimeClient *client, const QString &accountId, const QString &userId,
                     QObject *context, ReadDone done) const
{
    client->getUser({ accountId, userId }, context, std::move(done));
}
