#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One change this program made (or tried to make) to a user: when, with which access key (the
// id only), to whom, from what to what, how it ended, and the service's request id.
struct AuditEntry
{
    QDateTime time;
    QString accessKeyId;
    QString accountId;
    QString userId;
    QString operation; // UpdateUser, BatchUpdateUser
    QString before; // license wire names
    QString after;
    QString outcome; // "applied" or "failed"
    QString requestId;
    QString message;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};
