#include "app/compositionroot.h"

#include "core/auditlog.h"
#include "core/chimeclient.h"
#include "core/connectionmanager.h"
#include "core/keychaincredentialstore.h"
#include "core/profilestore.h"
#include "emulator/chimeemulator.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace {

using namespace Qt::StringLiterals;

} // namespace

CompositionRoot::CompositionRoot(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

CompositionRoot::~CompositionRoot()
{
    // The window's models abort their calls; the client and emulator must outlive them.
    m_window.reset();
}

bool CompositionRoot::build(const AppOptions &options, QString *error)
{
    m_secrets = std::make_unique<KeychainCredentialStore>(QString(ProfileStore::keychainService));
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
    // Demo changes are not real: they go to their own log, apart from the real one.
    m_auditLog = std::make_unique<AuditLog>(
        options.demo ? AuditLog::defaultPath().replace(u"audit-log"_s, u"demo-audit-log"_s)
                     : AuditLog::defaultPath());
    const ChimeClientConfig base;
    m_client = new ChimeClient(m_network, nullptr, base, this);
    m_connections = std::make_unique<ConnectionManager>(
        m_client, m_profiles.get(), QProcessEnvironment::systemEnvironment(), base);
    m_connections->setOverrides(options.region, options.endpointUrl);

    std::optional<ConnectionManager::Source> initial;
    if (options.demo) {
        EmulatorConfig emulatorConfig;
        const AwsCredentials demo = EmulatorConfig::demoCredentials();
        emulatorConfig.credentials.insert(demo.accessKeyId, demo);
        m_emulator = std::make_unique<ChimeEmulator>(emulatorConfig);
        if (!m_emulator->start(error))
            return false;
        m_connections->enableDemo(demo, m_emulator->endpoint().toString());
        initial = ConnectionManager::Source { ConnectionManager::Origin::Demo, {}, {} };
    } else {
        initial = m_connections->initialSource(options.profile, error);
        if (!error->isEmpty())
            return false;
    }
    m_window = std::make_unique<MainWindow>(
        MainWindow::Services { m_client, m_connections.get(), m_profiles.get(), m_auditLog.get() });
    if (initial)
        m_connections->activate(*initial);
    return true;
}
