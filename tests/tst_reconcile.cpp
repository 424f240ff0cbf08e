#include "enginefixture.h"
#include "emulatorfixture.h"

#include "models/reconciler.h"
#include "store/journalsessions.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// A program killed (SIGKILL) at any point of a 1,000-user bulk change loses no user: after a
// fresh start, the reconciler reads back every user whose outcome the journal does not hold, and
// every user of the change is then known applied or not applied — matching what the service
// holds.
class TstReconcile : public QObject
{
    Q_OBJECT

private slots:
    void killedBulkChangeIsReconciled_data();
    void killedBulkChangeIsReconciled();
    void changesOfOtherCredentialsWaitForThem();
    void liveSessionIsLeftAlone();

private:
    // A fresh start: this run's session, the journal, an engine on the fixture's client, and the
    // reconciler run to its end.
    static Reconciler::Report reconcile(EmulatorFixture &fixture, const QString &journalPath,
                                        const QString &sessionsFolder);
};

Reconciler::Report TstReconcile::reconcile(EmulatorFixture &fixture, const QString &journalPath,
                                           const QString &sessionsFolder)
{
    JournalSessions sessions(sessionsFolder);
    QString error;
    if (!sessions.begin(&error))
        qFatal("%s", qPrintable(error));
    AsyncJournal journal(journalPath);
    ChangeEngine engine(fixture.client(), &journal, sessions.sessionId());
    Reconciler reconciler(&engine, &sessions);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.start();
    if (!finished.wait(60000))
        qFatal("the reconciler did not finish");
    return finished.first().first().value<Reconciler::Report>();
}

void TstReconcile::killedBulkChangeIsReconciled_data()
{
    QTest::addColumn<int>("killAfterOutcomes");
    QTest::newRow("right after the intent") << 0;
    QTest::newRow("a fifth settled") << 200;
    QTest::newRow("most settled") << 800;
}

static int outcomeLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return static_cast<int>(file.readAll().count("\"outcome\""));
}

static bool hasIntent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("\"intent\"");
}

void TstReconcile::killedBulkChangeIsReconciled()
{
    QFETCH(int, killAfterOutcomes);
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.usersPerAccount = { 1500, 10 };
    config.latencyMs = 60;
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    const QString accountId = fixture.account(0).account.accountId;
    const LicenseValue target = License::Basic;
    QTemporaryDir dir;
    QFile usersFile(dir.filePath(u"users.txt"_s));
    QVERIFY(usersFile.open(QIODevice::WriteOnly));
    QHash<QString, LicenseValue> before;
    for (const User &user : fixture.account(0).users) {
        if (user.licenseType != target && before.size() < 1000) {
            before.insert(user.userId, user.licenseType);
            usersFile.write(user.userId.toUtf8() + ' ' + user.licenseType.wireName().toUtf8() + '\n');
        }
    }
    usersFile.close();
    QCOMPARE(before.size(), 1000);
    const QString journalPath = dir.filePath(u"journal.jsonl"_s);
    const QString sessionsFolder = dir.filePath(u"sessions"_s);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CHANGE_CHILD),
                { fixture.emulator().endpoint().toString(), journalPath, sessionsFolder, accountId,
                  target.wireName(), usersFile.fileName() });
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(hasIntent(journalPath), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(outcomeLines(journalPath) >= killAfterOutcomes, 60000);
    QCOMPARE(child.state(), QProcess::Running); // killed halfway, not after
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QTest::qWait(300); // requests already on the wire reach the service
    fixture.emulator().setLatency(0);

    // A fresh start with the same journal and credentials.
    const Reconciler::Report report = reconcile(fixture, journalPath, sessionsFolder);
    QCOMPARE(report.unchecked, 0);

    QString error;
    const JournalContents contents = ChangeJournal(journalPath).read(&error);
    QCOMPARE(contents.intents.size(), 1);
    QHash<QString, UserOutcome> last;
    for (const UserOutcome &outcome : contents.outcomes) {
        if (isFinal(outcome.settlement))
            last.insert(outcome.userId, outcome);
    }
    QCOMPARE(last.size(), 1000);
    int applied = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const UserOutcome outcome = last.value(it.key());
        const LicenseValue held = fixture.store().findUser(accountId, it.key())->licenseType;
        if (outcome.settlement == Settlement::Applied) {
            ++applied;
            QCOMPARE(held, target);
        } else {
            QCOMPARE(outcome.settlement, Settlement::NotApplied);
            QCOMPARE(held, it.value());
        }
    }
    QVERIFY(applied >= killAfterOutcomes);
    if (killAfterOutcomes > 0)
        QVERIFY(!report.text().isEmpty());
    qInfo("killed after %d outcomes: %d applied, report: %s", killAfterOutcomes, applied,
          qPrintable(report.text()));
}

static ChangeIntent interruptedIntent(const QString &accessKeyId, const QString &endpoint,
                                      const QString &sessionId, const QString &userId)
{
    ChangeIntent intent;
    intent.changeId = QUuid::createUuid();
    intent.time = QDateTime::currentDateTimeUtc();
    intent.sessionId = sessionId;
    intent.act = u"license"_s;
    intent.operation = u"UpdateUser"_s;
    intent.profile = u"work"_s;
    intent.accessKeyId = accessKeyId;
    intent.endpoint = endpoint;
    intent.accountId = u"account"_s;
    intent.users.append({ userId, u"Ada"_s, u"ada@example.com"_s, u"Pro"_s, u"Basic"_s });
    return intent;
}

void TstReconcile::changesOfOtherCredentialsWaitForThem()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(u"journal.jsonl"_s);
    QString error;
    QVERIFY(ChangeJournal(journalPath).appendIntent(
        interruptedIntent(u"AKIDSOMEONEELSE00001"_s, fixture.client()->endpointDescription(),
                          QUuid::createUuid().toString(QUuid::WithoutBraces), u"u1"_s),
        &error));
    const Reconciler::Report report = reconcile(fixture, journalPath, dir.filePath(u"sessions"_s));
    QCOMPARE(report.changes, 0);
    QCOMPARE(report.elsewhere.size(), 1);
    QVERIFY(report.text().contains(u"AKIDSOMEONEELSE00001"_s));
    QCOMPARE(ChangeJournal(journalPath).read(&error).outcomes.size(), 0);
    QCOMPARE(fixture.emulator().operationCount(u"GetUser"_s), 0);
}

void TstReconcile::liveSessionIsLeftAlone()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(u"journal.jsonl"_s);
    // Another window of the program, still running, has this change on its way.
    JournalSessions other(dir.filePath(u"sessions"_s));
    QString error;
    QVERIFY(other.begin(&error));
    QVERIFY(ChangeJournal(journalPath).appendIntent(
        interruptedIntent(EmulatorConfig::demoCredentials().accessKeyId,
                          fixture.client()->endpointDescription(), other.sessionId(), u"u1"_s),
        &error));
    QVERIFY(reconcile(fixture, journalPath, dir.filePath(u"sessions"_s)).isEmpty());
    QCOMPARE(fixture.emulator().operationCount(u"GetUser"_s), 0);
}

QTEST_GUILESS_MAIN(TstReconcile)
#include "tst_reconcile.moc"
