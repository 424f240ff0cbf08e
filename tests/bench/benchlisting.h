#pragma once

#include "benchcommon.h"

#include "models/usersmodel.h"

namespace Bench {

// Lists every user of `accountId` into `model` (UsersModel::loadAll, as the window's "Load
// all"), failing the program when a page fails.
inline void listEveryUser(UsersModel &model, const QString &accountId, const QList<LicenseValue> &licenses,
                          const QString &accountName = QString())
{
    model.setAccount(accountId, licenses, accountName);
    model.loadAll();
    waitUntil([&model] { return (model.isComplete() && !model.isLoading()) || model.hasLoadError(); }, 900000,
              QStringLiteral("the listing"));
    if (model.hasLoadError())
        fail(QStringLiteral("a page failed"));
}

} // namespace Bench
