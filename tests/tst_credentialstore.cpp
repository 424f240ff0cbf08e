#include "core/keychaincredentialstore.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Status;

namespace {

const QString secret = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYTESTSECRET"_s;
const QString token = u"FQoGZXIvYXdzEXAMPLETOKEN//////////wEaDExampleSessionToken"_s;

bool keyringRequired()
{
    return qEnvironmentVariableIntValue("CHIMEADMIN_REQUIRE_KEYRING") == 1;
}

} // namespace

// The credential store through a real Secret Service (gnome-keyring on a private D-Bus
// session, as scripts/test starts it) and the in-memory store, with profiles on top.
class TstCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void keychainRoundTrip();
    void profileRoundTrip_data();
    void profileRoundTrip();
    void profileNames_data();
    void profileNames();
    void noKeychainReportsUnavailable();

private:
    CredentialStore::Result call(const std::function<void(QObject *, CredentialStore::Callback)> &start);
    bool keychainReachable();

    QTemporaryDir m_settingsDir;
};

void TstCredentialStore::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"chime-admin-tests"_s);
    QCoreApplication::setApplicationName(u"tst_credentialstore"_s);
}

void TstCredentialStore::cleanup()
{
    QSettings().clear();
}

CredentialStore::Result TstCredentialStore::call(
    const std::function<void(QObject *, CredentialStore::Callback)> &start)
{
    std::optional<CredentialStore::Result> result;
    start(this, [&result](const CredentialStore::Result &answer) { result = answer; });
    // A keychain may take a moment (D-Bus round trips); the test waits, the app never does.
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return { Status::Failed, {}, u"no answer within 20 s"_s };
    return *result;
}

bool TstCredentialStore::keychainReachable()
{
    KeychainCredentialStore store { QString(ProfileStore::keychainService) };
    const auto probe = call([&](QObject *context, CredentialStore::Callback done) {
        store.read(u"v1/probe"_s, context, done);
    });
    return probe.status == Status::Ok || probe.status == Status::NotFound;
}

void TstCredentialStore::keychainRoundTrip()
{
    if (!keychainReachable()) {
        if (keyringRequired())
            QFAIL("scripts/with-keyring started gnome-keyring, yet the Secret Service is unreachable");
        QSKIP("No Secret Service on this session bus: run through scripts/test, which starts one");
    }
    KeychainCredentialStore store { QString(ProfileStore::keychainService) };
    const QString key = u"v1/tests/round-trip"_s;
    const auto written = call([&](QObject *c, CredentialStore::Callback d) { store.write(key, secret, c, d); });
    QCOMPARE(written.status, Status::Ok);
    const auto read = call([&](QObject *c, CredentialStore::Callback d) { store.read(key, c, d); });
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, secret);
    const auto updated = call([&](QObject *c, CredentialStore::Callback d) { store.write(key, token, c, d); });
    QCOMPARE(updated.status, Status::Ok);
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) { store.read(key, c, d); }).secret, token);
    const auto removed = call([&](QObject *c, CredentialStore::Callback d) { store.remove(key, c, d); });
    QCOMPARE(removed.status, Status::Ok);
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) { store.read(key, c, d); }).status,
             Status::NotFound);
}

void TstCredentialStore::profileRoundTrip_data()
{
    QTest::addColumn<bool>("systemKeychain");
    QTest::newRow("system keychain") << true;
    QTest::newRow("memory, this session only") << false;
}

void TstCredentialStore::profileRoundTrip()
{
    QFETCH(bool, systemKeychain);
    if (systemKeychain && !keychainReachable()) {
        if (keyringRequired())
            QFAIL("scripts/with-keyring started gnome-keyring, yet the Secret Service is unreachable");
        QSKIP("No Secret Service on this session bus: run through scripts/test, which starts one");
    }
    std::unique_ptr<CredentialStore> secrets;
    if (systemKeychain)
        secrets = std::make_unique<KeychainCredentialStore>(QString(ProfileStore::keychainService));
    else
        secrets = std::make_unique<MemoryCredentialStore>();
    ProfileStore profiles(secrets.get());
    if (!systemKeychain)
        profiles.useSessionOnly(secrets.get());
    const Profile work { u"work"_s, u"AKIDEXAMPLE"_s, u"eu-west-1"_s, {}, false };

    const auto saved = call([&](QObject *c, CredentialStore::Callback d) { profiles.save(work, secret, token, c, d); });
    QCOMPARE(saved.status, Status::Ok);
    QCOMPARE(profiles.profiles().size(), 1);
    QCOMPARE(profiles.profile(u"work"_s)->hasSessionToken, true);

    std::optional<AwsCredentials> loaded;
    CredentialStore::Result loadResult;
    profiles.load(u"work"_s, this, [&](const CredentialStore::Result &result, const AwsCredentials &credentials) {
        loadResult = result;
        loaded = credentials;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QCOMPARE(loadResult.status, Status::Ok);
    QCOMPARE(loaded->accessKeyId, u"AKIDEXAMPLE"_s);
    QCOMPARE(loaded->secretAccessKey, secret);
    QCOMPARE(loaded->sessionToken, token);

    // Neither secret is ever written to the settings.
    QSettings().sync();
    QDirIterator files(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
    }

    // Updating without retyping the secret keeps it; dropping the token deletes its entry.
    Profile edited = work;
    edited.region = u"us-east-1"_s;
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) { profiles.save(edited, {}, {}, c, d); }).status,
             Status::Ok);
    QCOMPARE(profiles.profile(u"work"_s)->region, u"us-east-1"_s);
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) {
                 secrets->read(ProfileStore::secretKeyEntry(u"work"_s), c, d);
             }).secret,
             secret);
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) {
                 secrets->read(ProfileStore::sessionTokenEntry(u"work"_s), c, d);
             }).status,
             Status::NotFound);

    // Deleting the profile deletes its keychain entry.
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) { profiles.remove(u"work"_s, c, d); }).status,
             Status::Ok);
    QVERIFY(profiles.profiles().isEmpty());
    QCOMPARE(call([&](QObject *c, CredentialStore::Callback d) {
                 secrets->read(ProfileStore::secretKeyEntry(u"work"_s), c, d);
             }).status,
             Status::NotFound);
}

void TstCredentialStore::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("plain") << u"work"_s << true;
    QTest::newRow("dashes and dots") << u"prod-eu.admin"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << u"   "_s << false;
    QTest::newRow("leading space") << u" work"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
}

void TstCredentialStore::profileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, acceptable);
    QCOMPARE(ProfileStore::nameProblem(name).isEmpty(), acceptable);
}

void TstCredentialStore::noKeychainReportsUnavailable()
{
    // Runs as its own CTest entry with the session bus pointing nowhere.
    if (qEnvironmentVariableIntValue("CHIMEADMIN_EXPECT_NO_KEYCHAIN") != 1)
        QSKIP("Checked by the separate CTest entry tst_credentialstore_without_dbus");
    KeychainCredentialStore store { QString(ProfileStore::keychainService) };
    const auto result = call([&](QObject *c, CredentialStore::Callback d) {
        store.write(u"v1/tests/unavailable"_s, secret, c, d);
    });
    QVERIFY2(result.status == Status::Unavailable, qPrintable(result.message));
    QVERIFY(!result.message.contains(secret));
}

QTEST_GUILESS_MAIN(TstCredentialStore)
#include "tst_credentialstore.moc"
