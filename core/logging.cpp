#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "chimeadmin.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmulator, "chimeadmin.emulator", QtInfoMsg)

QByteArray loggableHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "x-amz-security-token")
        return "<redacted>";
    return value;
}
