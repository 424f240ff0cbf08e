#pragma once

#include "core/connectionmanager.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "core/translations.h"
#include "emulatorfixture.h"
#include "enginefixture.h"
#include "models/accountsmodel.h"
#include "models/userfilterproxymodel.h"
#include "models/usersmodel.h"
#include "store/journalsessions.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

// The main window in demo mode on a live emulator of two accounts (12 and 230 users), with its
// change engine, journal and sessions: what the window tests drive. A test class derives from it
// and calls these from its initTestCase(), init() and cleanup().
class WindowFixture
{
protected:
    void setUpApplication()
    {
        // Never touch the settings of the person running the tests.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("chime-admin-tests"));
        // As the program does: the English plural forms ("45 users") come from a translation.
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    // Opens the window connected to the emulator, its accounts listed; with the settings of the
    // window before it, or none.
    enum class Settings { Cleared, Kept };
    void openWindow(Settings settings = Settings::Cleared)
    {
        if (settings == Settings::Cleared)
            QSettings().clear();
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(m_fixture->started());
        m_engine = std::make_unique<EngineFixture>(m_fixture->client());
        m_sessions = std::make_unique<JournalSessions>(m_engine->dir().filePath(QStringLiteral("sessions")));
        QString error;
        QVERIFY(m_sessions->begin(&error));
        m_secrets = std::make_unique<MemoryCredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
        ChimeClientConfig base;
        base.retry.baseDelay = std::chrono::milliseconds(2);
        // No AWS_* variables and no ~/.aws files: the emulator, as demo mode, is the only source.
        m_connections = std::make_unique<ConnectionManager>(m_fixture->client(), m_profiles.get(),
                                                            QProcessEnvironment(), base);
        m_connections->enableDemo(EmulatorConfig::demoCredentials(),
                                  m_fixture->emulator().endpoint().toString());
        createWindow();
        m_window->show();
        m_connections->activate({ ConnectionManager::Origin::Demo, {}, {} });
        QTRY_COMPARE(m_window->accountsModel()->rowCount(), 2);
    }

    void createWindow(AsyncSnapshots *snapshots = nullptr)
    {
        m_window = std::make_unique<MainWindow>(
            MainWindow::Services { m_fixture->client(), m_connections.get(), m_profiles.get(),
                                   m_engine->engine(), m_sessions.get(), snapshots });
        m_usersTester = std::make_unique<QAbstractItemModelTester>(
            m_window->usersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->usersProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void closeWindow()
    {
        m_proxyTester.reset();
        m_usersTester.reset();
        m_window.reset();
        m_sessions.reset();
        m_engine.reset();
        m_connections.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_fixture.reset();
    }

    // Rows "English" and "German" of a column "translation" (empty: the source texts).
    static void addTranslationRows()
    {
        QTest::addColumn<QString>("translation");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("chimeadmin_de");
    }

    // Installs the translation, if any, and opens the window anew: its texts are set as it is built.
    void reopenTranslated(QTranslator &translator, const QString &translation)
    {
        if (translation.isEmpty())
            return;
        QVERIFY(translator.load(translation, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        closeWindow();
        openWindow();
    }

    // Picks the account and loads every one of its users.
    void selectAccount(int index)
    {
        m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(index));
        const int users = static_cast<int>(m_fixture->account(index).users.size());
        m_window->usersModel()->loadAll();
        QTRY_COMPARE(m_window->usersModel()->rowCount(), users);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<EngineFixture> m_engine;
    std::unique_ptr<JournalSessions> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_usersTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};
