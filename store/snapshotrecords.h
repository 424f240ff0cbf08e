#pragma once

#include "core/account.h"
#include "core/accountsettings.h"
#include "core/retentionsettings.h"
#include "core/user.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMetaType>

// One listing of one account as the database keeps it: when it began, whether its last page
// arrived (a partial listing is never shown as the account's users), and the account as listed.
struct SnapshotInfo
{
    qint64 id = 0;
    Account account;
    QDateTime takenAt; // when the listing's first page was asked for (UTC)
    QDateTime finishedAt; // when its last page arrived; invalid while partial
    bool complete = false;
    int userCount = 0;

    // Of snapshots listed newest first, the newest complete one of each account, by account name.
    static QList<SnapshotInfo> latestCompleteByName(const QList<SnapshotInfo> &newestFirst);

    friend bool operator==(const SnapshotInfo &, const SnapshotInfo &) = default;
};

// A snapshot with its users, in the order the listing gave them, and the account's settings
// where they were read with it.
struct Snapshot
{
    SnapshotInfo info;
    QList<User> users;
    std::optional<AccountSettings> settings;
    std::optional<RetentionSettings> retention;
};

// Why the snapshot database is not in use, for a person: what happened and what to do.
struct SnapshotProblem
{
    enum class Kind { None, Locked, Corrupt, Newer, Failed };
    Kind kind = Kind::None;
    QString message;

    bool isNone() const { return kind == Kind::None; }
};

Q_DECLARE_METATYPE(SnapshotInfo)
