#include "app/compositionroot.h"

#include "core/chimeclient.h"
#include "core/connectionmanager.h"
#include "core/keychaincredentialstore.h"
#include "core/profilestore.h"
#include "emulator/chimeemulator.h"
#include "models/changeengine.h"
#include "store/asyncjournal.h"
#include "store/asyncsnapshots.h"
#include "store/changejournal.h"
#include "store/datafolder.h"
#include "store/journalsessions.h"
#include "store/snapshotdatabase.h"
#include "ui/mainwindow.h"

#include <QFileInfo>

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
    // The window's models and the engine abort their calls; the client and emulator must
    // outlive them, and the journal the engine.
    m_window.reset();
    m_engine.reset();
}

bool CompositionRoot::build(const AppOptions &options, QString *error)
{
    m_secrets = std::make_unique<KeychainCredentialStore>(QString(ProfileStore::keychainService));
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
    for (const QString &problem : DataFolder::moveFromNestedFolder())
        qWarning("%s", qPrintable(problem));
    // Demo changes are not real: they go to their own journal, apart from the real one.
    const QString journalPath = options.demo
        ? ChangeJournal::defaultPath().replace(u"journal.jsonl"_s, u"demo-journal.jsonl"_s)
        : ChangeJournal::defaultPath();
    m_journal = std::make_unique<AsyncJournal>(journalPath);
    m_sessions = std::make_unique<JournalSessions>(
        QFileInfo(journalPath).absolutePath() + (options.demo ? u"/demo-sessions"_s : u"/sessions"_s));
    QString sessionError;
    if (!m_sessions->begin(&sessionError))
        qWarning("%s", qPrintable(sessionError)); // changes then fail with the journal's reason
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
    m_engine = std::make_unique<ChangeEngine>(m_client, m_journal.get(), m_sessions->sessionId());
    // The demo's accounts are not real either: their snapshots are kept apart too.
    const QString snapshotsPath = options.demo
        ? SnapshotDatabase::defaultPath().replace(u"snapshots.sqlite"_s, u"demo-snapshots.sqlite"_s)
        : SnapshotDatabase::defaultPath();
    m_snapshots = std::make_unique<AsyncSnapshots>(snapshotsPath);
    m_window = std::make_unique<MainWindow>(MainWindow::Services {
        m_client, m_connections.get(), m_profiles.get(), m_engine.get(), m_sessions.get(),
        m_snapshots.get() });
    if (options.offline)
        m_window->goOffline(tr("Started with --offline."));
    else if (initial)
        m_connections->activate(*initial);
    return true;
}
