#include "core/connectionmanager.h"
#include "core/keychaincredentialstore.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "emulatorfixture.h"
#include "enginefixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"
#include "models/changeacts.h"
#include "ui/errorbanner.h"
#include "store/journalsessions.h"
#include "models/accountsmodel.h"
#include "models/usersmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QPushButton>
#include <QLabel>
#include <QSignalSpy>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Distinctive values, so any copy of them anywhere is found.
const QString accessKeyId = u"AKIDLEAKTESTKEY00001"_s;
const QString secret = u"leak-test-secret/NeverWriteMe+9f8e7d6c5b4a"_s;
const QString token = u"leak-test-session-token//NeverLogMe==42"_s;

QMutex logMutex;
QStringList capturedLog;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

// The secret access key and session token exist only in the keychain and in memory: a whole
// session with every debug message on leaves no copy in settings, files or logs, and the
// Authorization and X-Amz-Security-Token headers appear in logs only as <redacted>.
class TstSecretsLeak : public QObject
{
    Q_OBJECT

private slots:
    void fullSessionLeavesNoSecretBehind();
    void refusalQuotingTheSignedRequestShowsNoSecret();
    void refusedChangeQuotingSecretsJournalsNone();
};

// Neither the secret nor the session token, raw or percent-encoded, is in `text`.
static bool carriesNoSecret(const QString &text)
{
    for (const QString &value : { secret, token, QString::fromLatin1(QUrl::toPercentEncoding(token)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(secret)) }) {
        if (text.contains(value))
            return false;
    }
    return true;
}

void TstSecretsLeak::fullSessionLeavesNoSecretBehind()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    for (const char *variable : { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME" })
        qputenv(variable, home.filePath(QString::fromLatin1(variable)).toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(u"XDG_CONFIG_HOME"_s));
    QCoreApplication::setOrganizationName(u"chime-admin-leak-test"_s);
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    qInstallMessageHandler(capture);

    // The emulator accepts exactly this key, with this session token.
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.credentials.insert(accessKeyId, { accessKeyId, secret, token });
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());

    // Save the profile: to the real keychain when there is one (scripts/test starts one).
    KeychainCredentialStore keychain { QString(ProfileStore::keychainService) };
    MemoryCredentialStore memory;
    const bool useKeychain = qEnvironmentVariableIntValue("CHIMEADMIN_REQUIRE_KEYRING") == 1;
    ProfileStore profiles(useKeychain ? static_cast<CredentialStore *>(&keychain) : &memory);
    if (!useKeychain)
        profiles.useSessionOnly(&memory);
    std::optional<CredentialStore::Result> saved;
    profiles.save({ u"leaktest"_s, accessKeyId, u"us-east-1"_s, fixture.emulator().endpoint().toString(), true },
                  secret, token, this, [&](const CredentialStore::Result &result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QCOMPARE(saved->status, CredentialStore::Status::Ok);

    // Sign in with it, list, edit.
    AsyncJournal journal(home.filePath(u"XDG_DATA_HOME/journal.jsonl"_s));
    JournalSessions sessions(home.filePath(u"XDG_DATA_HOME/sessions"_s));
    QString sessionError;
    QVERIFY(sessions.begin(&sessionError));
    ChangeEngine engine(fixture.client(), &journal, sessions.sessionId());
    ChimeClientConfig base;
    base.retry.baseDelay = std::chrono::milliseconds(2);
    ConnectionManager connections(fixture.client(), &profiles, QProcessEnvironment(), base);
    MainWindow window({ fixture.client(), &connections, &profiles, &engine, &sessions });
    window.show();
    connections.activate(*connections.profileNamed(u"leaktest"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.accountsModel()->rowCount(), 2, 20000);
    QVERIFY(window.connectionLabel()->text().contains(u"leaktest"_s));
    QTRY_VERIFY(window.usersModel()->rowCount() > 0);
    const QModelIndex license = window.usersModel()->index(0, UsersModel::LicenseColumn);
    const QString other = license.data(UsersModel::LicenseRole).toString() == u"Basic"_s ? u"Pro"_s
                                                                                       : u"Basic"_s;
    QSignalSpy updated(&engine, &ChangeEngine::runFinished);
    QVERIFY(window.usersModel()->setData(license, other));
    QVERIFY(updated.wait());
    QTRY_VERIFY(QFile(journal.path()).size() > 0);
    window.close();
    QSettings().sync();
    qInstallMessageHandler(nullptr);

    // Search everything the session could have written.
    const QList<QByteArray> forbidden { secret.toUtf8(), token.toUtf8(),
                                        QUrl::toPercentEncoding(token), QUrl::toPercentEncoding(secret) };
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int filesSearched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++filesSearched;
        for (const QByteArray &value : forbidden)
            QVERIFY2(!content.contains(value), qPrintable(file.fileName()));
    }
    QVERIFY(filesSearched >= 2); // the settings and the journal at least
    const QString log = capturedLog.join(u'\n');
    QVERIFY2(log.contains(u"chimeadmin.api"_s), "debug logging was not on");
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(secret), qPrintable(line.section(secret, 0, 0)));
        QVERIFY2(!line.contains(token), qPrintable(line.section(token, 0, 0)));
    }
    // The headers are logged, but only redacted.
    QVERIFY(log.contains(u"\"Authorization\" \"<redacted>\""_s));
    QVERIFY(log.contains(u"\"X-Amz-Security-Token\" \"<redacted>\""_s));
    QVERIFY(!log.contains(u"Signature="_s));
    QVERIFY(!log.contains(u"Credential="_s));

    if (useKeychain) {
        std::optional<CredentialStore::Result> removed;
        profiles.remove(u"leaktest"_s, this, [&](const CredentialStore::Result &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QCOMPARE(removed->status, CredentialStore::Status::Ok);
    }
}

// The emulator refuses a wrong secret as AWS does, quoting the canonical request it computed —
// which carries the session token. The banner, its Copy and the log must not.
void TstSecretsLeak::refusalQuotingTheSignedRequestShowsNoSecret()
{
    capturedLog.clear();
    qInstallMessageHandler(capture);
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.credentials.insert(accessKeyId, { accessKeyId, u"the-secret-the-service-knows-1234"_s, token });
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    MemoryCredentialStore memory;
    ProfileStore profiles(&memory);
    profiles.useSessionOnly(&memory);
    std::optional<CredentialStore::Result> saved;
    profiles.save({ u"wrongsecret"_s, accessKeyId, u"us-east-1"_s, fixture.emulator().endpoint().toString(), true },
                  secret, token, this, [&](const CredentialStore::Result &result) { saved = result; });
    QTRY_VERIFY(saved.has_value());
    QTemporaryDir home;
    AsyncJournal journal(home.filePath(u"journal.jsonl"_s));
    JournalSessions sessions(home.filePath(u"sessions"_s));
    QString sessionError;
    QVERIFY(sessions.begin(&sessionError));
    ChangeEngine engine(fixture.client(), &journal, sessions.sessionId());
    ConnectionManager connections(fixture.client(), &profiles, QProcessEnvironment(), ChimeClientConfig());
    MainWindow window({ fixture.client(), &connections, &profiles, &engine, &sessions });
    window.show();
    connections.activate(*connections.profileNamed(u"wrongsecret"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->text().contains(u"InvalidSignatureException"_s), 20000);
    qInstallMessageHandler(nullptr);

    const QString banner = window.errorBanner()->text();
    QVERIFY2(carriesNoSecret(banner), "the banner shows a secret");
    QVERIFY(banner.contains(u"Check your AWS Secret Access Key"_s));
    QVERIFY(!banner.contains(u"Canonical String"_s));
    window.errorBanner()->findChild<QPushButton *>(u"copyButton"_s)->click();
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
    QVERIFY2(carriesNoSecret(QApplication::clipboard()->text()), "Copy put a secret on the clipboard");
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(carriesNoSecret(line), "a log line carries a secret");
}

// A refusal of a change whose message quotes the credentials: neither the results nor the
// journal (the audit log) keep them.
void TstSecretsLeak::refusedChangeQuotingSecretsJournalsNone()
{
    const QByteArray quoted = "{\"message\":\"Signature mismatch. x-amz-security-token:" + token.toUtf8()
        + " signed with " + secret.toUtf8()
        + ", Authorization: AWS4-HMAC-SHA256 Credential=" + accessKeyId.toUtf8()
        + "/20261201/us-east-1/chime/aws4_request, Signature=0123abcd\"}";
    ScriptedServer service([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        return std::optional<ScriptedServer::Answer>({ 403, quoted });
    });
    LoopbackClient client(service.endpoint(), std::chrono::seconds(10), { accessKeyId, secret, token });
    EngineFixture engine(client.client());
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = u"account"_s;
    change.targets.append({ u"user"_s, {}, {}, u"Pro"_s, u"Basic"_s });
    ChangeRun *run = engine.engine()->submit(change);
    QSignalSpy finished(run, &ChangeRun::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(run->targets().first().state, ChangeRun::TargetState::Failed);
    const QString message = run->targets().first().message;
    QVERIFY(message.contains(u"Signature mismatch"_s));
    QVERIFY2(carriesNoSecret(message), qPrintable(message.left(40)));
    QVERIFY(!message.contains(u"0123abcd"_s));
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    QFile file(engine.journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(carriesNoSecret(QString::fromUtf8(file.readAll())), "the journal keeps a secret");
}

QTEST_MAIN(TstSecretsLeak)
#include "tst_secretsleak.moc"
