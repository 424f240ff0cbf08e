#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The emulator's answer to one operation before it is put on the wire: a JSON body, or an AWS
// error (status, exception name for x-amzn-ErrorType, and the {"Code","Message"} body).
struct EmulatorReply
{
    int status = 200;
    QJsonObject body;
    QByteArray errorType;
    QByteArray retryAfter; // seconds, for a throttled request

    bool changedState = false;

    static EmulatorReply ok(QJsonObject body, bool changedState = false)
    {
        EmulatorReply reply;
        reply.body = std::move(body);
        reply.changedState = changedState;
        return reply;
    }

    static EmulatorReply created(QJsonObject body)
    {
        EmulatorReply reply = ok(std::move(body), true);
        reply.status = 201;
        return reply;
    }

    // 204, without a body.
    static EmulatorReply noContent(bool changedState)
    {
        EmulatorReply reply = ok({}, changedState);
        reply.status = 204;
        return reply;
    }

    static EmulatorReply error(int status, const QByteArray &errorType, const QString &code,
                               const QString &message)
    {
        EmulatorReply reply;
        reply.status = status;
        reply.errorType = errorType;
        reply.body = QJsonObject { { QStringLiteral("Code"), code },
                                   { QStringLiteral("Message"), message } };
        return reply;
    }

    static EmulatorReply badRequest(const QString &message)
    {
        return error(400, "BadRequestException", QStringLiteral("BadRequest"), message);
    }

    static EmulatorReply notFound(const QString &message)
    {
        return error(404, "NotFoundException", QStringLiteral("NotFound"), message);
    }
};
