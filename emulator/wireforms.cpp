#include "emulator/wireforms.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace WireForms {

EmulatorReply shapeError(EmulatorReply reply, quint64 errorNumber)
{
    if (reply.status < 400)
        return reply;
    const QString message = reply.body.value("Message"_L1).toString();
    switch (errorNumber % 3) {
    case 0:
        break; // {"Code", "Message"} with the header, as the API reference shows it
    case 1:
        reply.body = QJsonObject { { u"code"_s, reply.body.value("Code"_L1) },
                                   { u"message"_s, message } };
        break;
    default:
        const QString shapeId = u"com.amazonaws.chime#"_s + QString::fromLatin1(reply.errorType);
        reply.body = QJsonObject { { u"__type"_s, shapeId }, { u"message"_s, message } };
        reply.errorType.clear();
        break;
    }
    return reply;
}

void epochTimestamps(QJsonObject *answer)
{
    for (const QLatin1StringView member : { "Account"_L1, "User"_L1 }) {
        if (!answer->contains(member))
            continue;
        QJsonObject object = answer->value(member).toObject();
        for (const QLatin1StringView key : { "CreatedTimestamp"_L1, "RegisteredOn"_L1, "InvitedOn"_L1 }) {
            const QDateTime time = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
            if (time.isValid())
                object.insert(key, double(time.toMSecsSinceEpoch()) / 1000.0);
        }
        answer->insert(member, object);
    }
}

} // namespace WireForms
