#pragma once

#include "core/awscredentials.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

// Everything a ChimeEmulator is started with: where it listens, what data it makes, which keys
// it accepts, and which faults it injects.
struct EmulatorConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port

    quint32 seed = 1;
    int accounts = 4;
    QList<int> usersPerAccount { 8, 150, 1200, 3000 }; // cycled when there are more accounts
    QString stateFile;

    double failRate = 0.0;
    QList<int> failCodes { 429, 500, 503 };
    int latencyMs = 0;
    double dropRate = 0.0;
    double rateLimit = 0.0; // requests a second per operation; 0: no limit

    // Access key id -> the credentials that key signs with (session token optional).
    QHash<QString, AwsCredentials> credentials;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

    // The key pair of demo mode and of the emulator when no key is given. It opens nothing but
    // a local emulator.
    static AwsCredentials demoCredentials()
    {
        return { QStringLiteral("AKIDCHIMEADMINDEMO01"),
                 QStringLiteral("chime-admin-demo-secret-for-the-local-emulator"), QString() };
    }
};
