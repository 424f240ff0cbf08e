#pragma once

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
};
