#include "app/compositionroot.h"

#include "core/auditlog.h"
#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/chimeemulator.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace {

using namespace Qt::StringLiterals;

// The AWS CLI's environment variables; a profile store replaces this source later.
std::unique_ptr<CredentialsProvider> credentialsFromEnvironment(const QProcessEnvironment &env)
{
    AwsCredentials credentials { env.value(u"AWS_ACCESS_KEY_ID"_s),
                                 env.value(u"AWS_SECRET_ACCESS_KEY"_s),
                                 env.value(u"AWS_SESSION_TOKEN"_s) };
    return std::make_unique<StaticCredentialsProvider>(
        credentials, QCoreApplication::translate("CompositionRoot", "environment variables"));
}

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
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ChimeClientConfig config;
    config.region = options.region.isEmpty()
        ? env.value(u"AWS_REGION"_s, env.value(u"AWS_DEFAULT_REGION"_s))
        : options.region;
    config.endpointOverride = options.endpointUrl.isEmpty() ? env.value(u"AWS_ENDPOINT_URL"_s)
                                                            : options.endpointUrl;
    QString connection;
    // Demo changes are not real: they go to their own log, apart from the real one.
    m_auditLog = std::make_unique<AuditLog>(
        options.demo ? AuditLog::defaultPath().replace(u"audit-log"_s, u"demo-audit-log"_s)
                     : AuditLog::defaultPath());
    if (options.demo) {
        EmulatorConfig emulatorConfig;
        const AwsCredentials demo = EmulatorConfig::demoCredentials();
        emulatorConfig.credentials.insert(demo.accessKeyId, demo);
        m_emulator = std::make_unique<ChimeEmulator>(emulatorConfig);
        if (!m_emulator->start(error))
            return false;
        config.region = u"us-east-1"_s;
        config.endpointOverride = m_emulator->endpoint().toString();
        m_credentials = std::make_unique<StaticCredentialsProvider>(demo, tr("demo"));
        connection = tr("Demo mode — local emulator at %1").arg(config.endpointOverride);
    } else {
        m_credentials = credentialsFromEnvironment(env);
        connection = tr("Credentials: %1").arg(m_credentials->sourceDescription());
    }
    m_client = new ChimeClient(m_network, m_credentials.get(), config, this);
    if (!options.demo)
        connection += u" — "_s + m_client->endpointDescription();
    m_window = std::make_unique<MainWindow>(m_client, m_auditLog.get(), connection);
    return true;
}
