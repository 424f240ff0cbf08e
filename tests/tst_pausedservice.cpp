#include "enginefixture.h"

#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/emulatorconfig.h"
#include "models/changeacts.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using State = ChangeRun::TargetState;

// The service stops answering in the middle of a change (the emulator process paused with
// SIGSTOP: it accepts connections but answers nothing), then comes back (SIGCONT) and applies
// what it had received. The change must never be shown as failed or not applied meanwhile — it
// is being checked — and settles as applied once reading the user back works again.
class TstPausedService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void changeSentToAPausedServiceSettlesAppliedAfterItResumes();

private:
    QProcess m_emulator;
    QString m_endpoint;
};

void TstPausedService::initTestCase()
{
    m_emulator.start(QStringLiteral(CHIME_EMULATOR), { u"--accounts"_s, u"1"_s, u"--users"_s, u"20"_s });
    QVERIFY(m_emulator.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] {
        m_emulator.waitForReadyRead(100);
        return m_emulator.canReadLine();
    }, 20000));
    const QString line = QString::fromUtf8(m_emulator.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"Endpoint: "_s), qPrintable(line));
    m_endpoint = line.mid(10);
}

void TstPausedService::cleanupTestCase()
{
    ::kill(static_cast<pid_t>(m_emulator.processId()), SIGCONT);
    m_emulator.kill();
    m_emulator.waitForFinished();
}

void TstPausedService::changeSentToAPausedServiceSettlesAppliedAfterItResumes()
{
    StaticCredentialsProvider credentials(EmulatorConfig::demoCredentials(), u"test"_s);
    ChimeClientConfig config;
    config.endpointOverride = m_endpoint;
    config.timeout = std::chrono::milliseconds(500);
    config.retry.maxAttempts = 1;
    QNetworkAccessManager network;
    ChimeClient client(&network, &credentials, config);

    std::optional<Outcome<AccountsPage>> accounts;
    client.listAccounts({}, this, [&accounts](const Outcome<AccountsPage> &page) { accounts = page; });
    QTRY_VERIFY(accounts.has_value());
    QVERIFY(accounts->isOk());
    const QString accountId = accounts->value().accounts.first().accountId;
    std::optional<Outcome<UsersPage>> users;
    client.listUsers({ accountId, {}, {}, {}, {} }, this,
                     [&users](const Outcome<UsersPage> &page) { users = page; });
    QTRY_VERIFY(users.has_value());
    QVERIFY(users->isOk());
    User user;
    for (const User &candidate : users->value().users) {
        if (candidate.licenseType != LicenseValue(License::Basic)) {
            user = candidate;
            break;
        }
    }
    QVERIFY(!user.userId.isEmpty());

    ChangeRun::Config engineConfig;
    engineConfig.readBack.rounds = 40;
    engineConfig.readBack.pause = std::chrono::milliseconds(250);
    EngineFixture engine(&client, engineConfig);
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = accountId;
    change.targets.append({ user.userId, {}, {}, user.licenseType.wireName(), u"Basic"_s });

    QCOMPARE(::kill(static_cast<pid_t>(m_emulator.processId()), SIGSTOP), 0);
    ChangeRun *run = engine.engine()->submit(change);
    QTRY_COMPARE_WITH_TIMEOUT(run->targets().first().state, State::Checking, 10000);
    QTest::qWait(1500); // read-backs time out too while the service is paused
    QCOMPARE(run->targets().first().state, State::Checking);
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::Checking);
    QCOMPARE(::kill(static_cast<pid_t>(m_emulator.processId()), SIGCONT), 0);

    QSignalSpy finished(run, &ChangeRun::finished);
    QVERIFY(run->isFinished() || finished.wait(20000));
    QCOMPARE(run->targets().first().state, State::Applied);
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    QCOMPARE(engine.contents().outcomes.first().settlement, Settlement::Applied);

    std::optional<Outcome<User>> now;
    client.getUser({ accountId, user.userId }, this, [&now](const Outcome<User> &answer) { now = answer; });
    QTRY_VERIFY(now.has_value());
    QVERIFY(now->isOk());
    QCOMPARE(now->value().licenseType, LicenseValue(License::Basic));
}

QTEST_GUILESS_MAIN(TstPausedService)
#include "tst_pausedservice.moc"
