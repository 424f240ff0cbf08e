#pragma once

#include "core/requestpriority.h"

#include <QByteArray>
#include <QString>

// One Chime operation turned into HTTP: what is sent and signed, before any endpoint, time or
// credentials are known. Path and query are already percent-encoded exactly as they go out.
struct PreparedRequest
{
    QString operation;
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QByteArray body;
    // Whether sending it twice does no harm, so a lost answer may be retried: reads, and updates
    // that set a value (a license) rather than add something. An invitation or a new user is not:
    // the second attempt would find the first one's user and be answered as refused. Those are
    // sent again only after an answer that says the service did nothing (throttled).
    bool retrySafe = true;
    RequestPriority priority = RequestPriority::Interactive;
};
