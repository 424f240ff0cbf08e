#pragma once

#include "core/auditentry.h"
#include "core/chimeenums.h"

#include <QObject>

class AuditLog;
class BulkLicenseJob;
class ChimeClient;
class ChimeError;
class UsersModel;

// Writes every license change the program makes — single edits in the users model and each
// user of a bulk job — to the audit log, with the outcome the service gave.
class AuditTrail final : public QObject
{
    Q_OBJECT

public:
    AuditTrail(AuditLog *log, ChimeClient *client, UsersModel *users, QObject *parent = nullptr);

    void watch(BulkLicenseJob *job);

signals:
    void writeFailed(const QString &message);
    void recorded();

private:
    void recordEdit(const QString &userId, const LicenseValue &before,
                    const LicenseValue &after, const QString &requestId);
    void recordFailedEdit(const QString &userId, const LicenseValue &attempted,
                          const ChimeError &error);
    void record(const AuditEntry &entry);

    AuditLog *m_log;
    ChimeClient *m_client;
    UsersModel *m_users;
};
