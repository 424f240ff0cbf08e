#pragma once

#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/emulatorconfig.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

// A ChimeClient of its own for a server on this machine that answers late, never, or with what
// a test wrote: one attempt a call unless told otherwise, so a lost answer is lost at once.
class LoopbackClient
{
public:
    explicit LoopbackClient(const QUrl &endpoint,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10),
                            AwsCredentials credentials = EmulatorConfig::demoCredentials(),
                            int attempts = 1)
        : m_credentials(std::move(credentials), QStringLiteral("test"))
    {
        ChimeClientConfig config;
        config.endpointOverride = endpoint.toString();
        config.timeout = timeout;
        config.retry.maxAttempts = attempts;
        config.retry.baseDelay = std::chrono::milliseconds(2);
        m_client = std::make_unique<ChimeClient>(&m_network, &m_credentials, config);
    }

    ChimeClient *client() { return m_client.get(); }

private:
    StaticCredentialsProvider m_credentials;
    QNetworkAccessManager m_network;
    std::unique_ptr<ChimeClient> m_client;
};
