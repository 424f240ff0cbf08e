#pragma once

#include "app/appcommandline.h"

#include <QObject>

#include <memory>

class AuditLog;
class ChimeClient;
class ChimeEmulator;
class CredentialsProvider;
class MainWindow;
class QNetworkAccessManager;

// Builds the object graph of one run: network access, credentials, the Chime client (and in
// demo mode the local emulator it talks to), and the main window.
class CompositionRoot final : public QObject
{
    Q_OBJECT

public:
    explicit CompositionRoot(QObject *parent = nullptr);
    ~CompositionRoot() override;

    // False with a reason when the run cannot start (the emulator could not listen, say).
    bool build(const AppOptions &options, QString *error);
    MainWindow *mainWindow() const { return m_window.get(); }

private:
    QNetworkAccessManager *m_network;
    std::unique_ptr<ChimeEmulator> m_emulator;
    std::unique_ptr<CredentialsProvider> m_credentials;
    std::unique_ptr<AuditLog> m_auditLog;
    ChimeClient *m_client = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
