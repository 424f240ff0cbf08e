#pragma once

#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/chimeemulator.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// A live emulator on loopback with the demo key, and a ChimeClient signed for it: what the
// model and window tests talk to.
class EmulatorFixture
{
public:
    // The client paces as the product does when given `pacing`; by default it slows down less,
    // so scenarios with many injected 429s do not crawl at a request a second.
    explicit EmulatorFixture(EmulatorConfig config = smallConfig(), RequestPacer::Config pacing = quickPacing())
        : m_credentials(EmulatorConfig::demoCredentials(), QStringLiteral("test"))
    {
        const AwsCredentials demo = EmulatorConfig::demoCredentials();
        config.credentials.insert(demo.accessKeyId, demo);
        m_emulator = std::make_unique<ChimeEmulator>(config);
        QString error;
        m_started = m_emulator->start(&error);
        if (!m_started)
            qWarning("emulator did not start: %s", qPrintable(error));
        ChimeClientConfig clientConfig;
        clientConfig.endpointOverride = m_emulator->endpoint().toString();
        clientConfig.timeout = std::chrono::seconds(10);
        clientConfig.retry.baseDelay = std::chrono::milliseconds(2);
        clientConfig.pacing = pacing;
        m_client = std::make_unique<ChimeClient>(&m_network, &m_credentials, clientConfig);
    }

    // Two accounts: a small one (the first) and one of 230 users, more than a page of 200.
    static EmulatorConfig smallConfig()
    {
        EmulatorConfig config;
        config.seed = 7;
        config.accounts = 2;
        config.usersPerAccount = { 12, 230 };
        return config;
    }

    static RequestPacer::Config quickPacing()
    {
        RequestPacer::Config pacing;
        pacing.slowestRate = 200;
        return pacing;
    }

    bool started() const { return m_started; }
    ChimeEmulator &emulator() { return *m_emulator; }
    EmulatorStore &store() { return m_emulator->store(); }
    ChimeClient *client() { return m_client.get(); }
    const EmulatorAccount &account(int index) { return store().accounts().at(index); }

private:
    StaticCredentialsProvider m_credentials;
    QNetworkAccessManager m_network;
    std::unique_ptr<ChimeEmulator> m_emulator;
    std::unique_ptr<ChimeClient> m_client;
    bool m_started = false;
};
