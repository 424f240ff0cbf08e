#include "core/connectionmanager.h"
#include "core/keychaincredentialstore.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "emulatorfixture.h"
#include "enginefixture.h"
#include "store/journalsessions.h"
#include "models/accountsmodel.h"
#include "models/usersmodel.h"
#include "ui/mainwindow.h"

#include <QDirIterator>
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
};

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

QTEST_MAIN(TstSecretsLeak)
#include "tst_secretsleak.moc"
