#include "store/userpagetable.h"

using namespace Qt::StringLiterals;

UserPageTable::UserPageTable(const QSqlDatabase &db)
    : m_insert(db, u"INSERT INTO user_pages (snapshot_id, first_entry, entries, users) VALUES (?, ?, ?, ?)"_s)
{
}

bool UserPageTable::append(qint64 snapshotId, qint64 firstEntry, const QList<EncodedUserPage> &pages,
                           QString *error)
{
    qint64 entry = firstEntry;
    for (const EncodedUserPage &page : pages) {
        if (!m_insert.run({ snapshotId, entry, page.count, page.users }, error))
            return false;
        entry += page.count;
    }
    return true;
}
