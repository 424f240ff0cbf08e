#include "store/userpagetable.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool UserPageTable::append(QSqlDatabase &db, qint64 snapshotId, qint64 firstEntry,
                           const QList<EncodedUserPage> &pages, QString *error)
{
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO user_pages (snapshot_id, first_entry, entries, users) VALUES (?, ?, ?, ?)"_s)) {
        *error = insert.lastError().text();
        return false;
    }
    qint64 entry = firstEntry;
    for (const EncodedUserPage &page : pages) {
        insert.bindValue(0, snapshotId);
        insert.bindValue(1, entry);
        insert.bindValue(2, page.count);
        insert.bindValue(3, page.users);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        entry += page.count;
    }
    return true;
}
