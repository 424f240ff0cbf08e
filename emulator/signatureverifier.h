#pragma once

#include "core/awscredentials.h"
#include "core/sigv4signer.h"
#include "emulator/emulatorreply.h"

#include <QDateTime>
#include <QHash>

#include <optional>

// Checks a request's SigV4 Authorization header the way an AWS service does: a known access
// key, the right credential scope, a request time within 5 minutes of now, the session token
// the key was issued with, and a signature recomputed over the request as received (so a
// tampered path, query, header or body is refused).
class SignatureVerifier
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        SigV4Signer::HeaderList headers;
        QByteArray body;
    };

    static constexpr qint64 maxSkewSeconds = 5 * 60;

    SignatureVerifier(QHash<QString, AwsCredentials> credentials, QString region, QString service);

    // The refusal to send, or nothing when the request is authentic.
    std::optional<EmulatorReply> verify(const Request &request, const QDateTime &now) const;

private:
    QHash<QString, AwsCredentials> m_credentials;
    SigV4Signer m_signer;
};
