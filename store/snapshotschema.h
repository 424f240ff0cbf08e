#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The layout of the snapshot database and the steps that bring an older one up to it. Its
// version is SQLite's user_version; each step runs in a transaction of its own, so a database is
// always at one version or the next, never between.
class SnapshotSchema
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSchema)

public:
    static constexpr int currentVersion = 3;

    // The version `db` is at (0: a new, empty file), or -1 with `error` set.
    static int versionOf(QSqlDatabase &db, QString *error);
    // Brings `db` from `version` to currentVersion.
    static bool migrate(QSqlDatabase &db, int version, QString *error);
};
