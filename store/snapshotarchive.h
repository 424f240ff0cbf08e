#pragma once

#include "store/snapshotrecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

class SnapshotDatabase;

// An archive of snapshots being written into a folder: accounts.csv, users.csv,
// user-settings.csv and account-settings.csv (one row per account or user, every account in
// each), archive.json with the same, README.txt saying what each column is, and
// snapshots.sqlite, a snapshot database holding just these snapshots. Blocking: used on the
// snapshots' thread (ArchiveExport) and in tests.
class SnapshotArchive
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotArchive)

public:
    explicit SnapshotArchive(QString folder);
    ~SnapshotArchive();
    SnapshotArchive(const SnapshotArchive &) = delete;
    SnapshotArchive &operator=(const SnapshotArchive &) = delete;

    // Creates the folder's files and writes their headers.
    bool begin(QString *error);
    // Adds one snapshot, read from `source`, to every file.
    bool add(const SnapshotDatabase &source, const SnapshotInfo &snapshot, QString *error);
    // Ends the files (closing archive.json's list, writing README.txt).
    bool end(QString *error);

    static QStringList accountColumns();
    static QStringList userColumns();
    static QStringList userSettingsColumns();
    static QStringList accountSettingsColumns();

private:
    static QString writeError(const QFile &file);
    bool writeTo(QFile &file, const QByteArray &bytes, QString *error);
    QString readme() const;

    QString m_folder;
    QFile m_accounts;
    QFile m_users;
    QFile m_userSettings;
    QFile m_accountSettings;
    QFile m_json;
    std::unique_ptr<SnapshotDatabase> m_copy;
    int m_added = 0;
};
