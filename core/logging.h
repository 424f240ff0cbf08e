#pragma once

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

// The value to log for a header: secrets (Authorization, the session token) are replaced.
QByteArray loggableHeaderValue(const QByteArray &name, const QByteArray &value);
