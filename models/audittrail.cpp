#include "models/audittrail.h"

#include "core/auditlog.h"
#include "core/chimeclient.h"
#include "models/bulklicensejob.h"
#include "models/usersmodel.h"

namespace {

using namespace Qt::StringLiterals;

} // namespace

AuditTrail::AuditTrail(AuditLog *log, ChimeClient *client, UsersModel *users, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_client(client)
    , m_users(users)
{
    connect(users, &UsersModel::licenseUpdated, this, &AuditTrail::recordEdit);
    connect(users, &UsersModel::licenseUpdateFailed, this, &AuditTrail::recordFailedEdit);
}

void AuditTrail::recordEdit(const QString &userId, const LicenseValue &before,
                            const LicenseValue &after, const QString &requestId)
{
    record({ QDateTime::currentDateTimeUtc(), m_client->accessKeyId(), m_users->accountId(), userId,
             u"UpdateUser"_s, before.wireName(), after.wireName(), u"applied"_s, requestId, {} });
}

void AuditTrail::recordFailedEdit(const QString &userId, const LicenseValue &attempted,
                                  const ChimeError &error)
{
    const User *user = m_users->user(m_users->rowOfUser(userId));
    record({ QDateTime::currentDateTimeUtc(), m_client->accessKeyId(), m_users->accountId(), userId,
             u"UpdateUser"_s, user ? user->licenseType.wireName() : QString(), attempted.wireName(),
             u"failed"_s, error.requestId(), error.userMessage() });
}

void AuditTrail::watch(BulkLicenseJob *job)
{
    connect(job, &BulkLicenseJob::itemSettled, this, [this, job](const BulkLicenseJob::Item &item) {
        using State = BulkLicenseJob::ItemState;
        if (item.state != State::Applied && item.state != State::Failed)
            return; // nothing was changed or attempted
        record({ QDateTime::currentDateTimeUtc(), m_client->accessKeyId(), job->accountId(),
                 item.userId, u"BatchUpdateUser"_s, item.before.wireName(), item.target.wireName(),
                 item.state == State::Applied ? u"applied"_s : u"failed"_s, item.requestId,
                 item.message });
    });
}

void AuditTrail::record(const AuditEntry &entry)
{
    QString error;
    if (m_log->append(entry, &error))
        emit recorded();
    else
        emit writeFailed(error);
}
