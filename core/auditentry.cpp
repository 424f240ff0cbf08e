#include "core/auditentry.h"

namespace {

using namespace Qt::StringLiterals;

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        { "time"_L1, time.toUTC().toString(Qt::ISODateWithMs) },
        { "accessKeyId"_L1, accessKeyId },
        { "accountId"_L1, accountId },
        { "userId"_L1, userId },
        { "operation"_L1, operation },
        { "before"_L1, before },
        { "after"_L1, after },
        { "outcome"_L1, outcome },
        { "requestId"_L1, requestId },
        { "message"_L1, message },
    };
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.time = QDateTime::fromString(object.value("time"_L1).toString(), Qt::ISODateWithMs);
    entry.accessKeyId = object.value("accessKeyId"_L1).toString();
    entry.accountId = object.value("accountId"_L1).toString();
    entry.userId = object.value("userId"_L1).toString();
    entry.operation = object.value("operation"_L1).toString();
    entry.before = object.value("before"_L1).toString();
    entry.after = object.value("after"_L1).toString();
    entry.outcome = object.value("outcome"_L1).toString();
    entry.requestId = object.value("requestId"_L1).toString();
    entry.message = object.value("message"_L1).toString();
    if (!entry.time.isValid() || entry.userId.isEmpty() || entry.operation.isEmpty())
        return std::nullopt;
    return entry;
}
