#include "store/snapshotrecords.h"

#include <QSet>

#include <algorithm>

QList<SnapshotInfo> SnapshotInfo::latestCompleteByName(const QList<SnapshotInfo> &newestFirst)
{
    QList<SnapshotInfo> latest;
    QSet<QString> listed;
    for (const SnapshotInfo &snapshot : newestFirst) {
        if (snapshot.complete && !listed.contains(snapshot.account.accountId)) {
            listed.insert(snapshot.account.accountId);
            latest.append(snapshot);
        }
    }
    std::sort(latest.begin(), latest.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return QString::localeAwareCompare(a.account.name, b.account.name) < 0;
    });
    return latest;
}
