#pragma once

#include "app/appcommandline.h"

#include <QObject>

#include <memory>

class AsyncJournal;
class AsyncSnapshots;
class ChangeEngine;
class ChimeClient;
class ChimeEmulator;
class ConnectionManager;
class CredentialStore;
class JournalSessions;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;

// Builds the object graph of one run: network access, the keychain and profiles, the Chime
// client and the connection manager that gives it credentials (in demo mode, of the local
// emulator it starts), the change journal and the change engine, the snapshot database, and the
// main window.
class CompositionRoot final : public QObject
{
    Q_OBJECT

public:
    explicit CompositionRoot(QObject *parent = nullptr);
    ~CompositionRoot() override;

    // False with a reason when the run cannot start (an unknown --profile, say).
    bool build(const AppOptions &options, QString *error);
    MainWindow *mainWindow() const { return m_window.get(); }

private:
    QNetworkAccessManager *m_network;
    std::unique_ptr<ChimeEmulator> m_emulator;
    std::unique_ptr<CredentialStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    ChimeClient *m_client = nullptr;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<AsyncJournal> m_journal;
    std::unique_ptr<JournalSessions> m_sessions;
    std::unique_ptr<AsyncSnapshots> m_snapshots;
    std::unique_ptr<ChangeEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};
