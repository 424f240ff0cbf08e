#pragma once

#include "store/encodeduserpage.h"
#include "store/preparedstatement.h"

#include <QString>

// The user_pages table: a snapshot's users in the order they were listed, a row holding a page
// of them (UserPageCodec). `entries` counts a user listed twice twice; the snapshot's
// user_count counts distinct users.
class UserPageTable
{
public:
    explicit UserPageTable(const QSqlDatabase &db);

    // Appends `pages` as the snapshot's entries from `firstEntry` on.
    bool append(qint64 snapshotId, qint64 firstEntry, const QList<EncodedUserPage> &pages, QString *error);

private:
    PreparedStatement m_insert;
};
