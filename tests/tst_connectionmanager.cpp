#include "core/connectionmanager.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Origin = ConnectionManager::Origin;

namespace {

// A keychain that answers only when told to, like one waiting to be unlocked.
class SlowCredentialStore final : public CredentialStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        m_pending.append([this, key, done] { done({ Status::Ok, m_secrets.value(key), {} }); });
        Q_UNUSED(context);
    }
    void write(const QString &key, const QString &secret, QObject *, Callback done) override
    {
        m_secrets.insert(key, secret);
        done({ Status::Ok, {}, {} });
    }
    void remove(const QString &key, QObject *, Callback done) override
    {
        m_secrets.remove(key);
        done({ Status::Ok, {}, {} });
    }
    QString description() const override { return u"slow keychain"_s; }
    void answerAll()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &answer : pending)
            answer();
    }

private:
    QHash<QString, QString> m_secrets;
    QList<std::function<void()>> m_pending;
};

} // namespace

class TstConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void initialSource_data();
    void initialSource();
    void activatesAwsFilesProfileAgainstTheService();
    void unusableProfileFailsWithItsReason();
    void aFileTheAwsCliRefusesGivesNoProfile();
    void slowKeychainIsReportedAndCanBeCancelled();
    void commandLineOverridesWin();
    void controlCharactersFromTheEnvironmentAreRefused_data();
    void controlCharactersFromTheEnvironmentAreRefused();

private:
    void writeAwsFiles();
    void saveProfile(ProfileStore &profiles, const QString &name);
    QProcessEnvironment awsEnvironment() const;

    QTemporaryDir m_dir;
    std::unique_ptr<EmulatorFixture> m_fixture;
};

void TstConnectionManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"chime-admin-tests"_s);
    writeAwsFiles();
}

void TstConnectionManager::init()
{
    QSettings().clear();
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.credentials.insert(u"AKIDFILEDEFAULT"_s, { u"AKIDFILEDEFAULT"_s, u"file-default-secret"_s, {} });
    m_fixture = std::make_unique<EmulatorFixture>(config);
    QVERIFY(m_fixture->started());
}

void TstConnectionManager::writeAwsFiles()
{
    QFile credentials(m_dir.filePath(u"credentials"_s));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[default]\naws_access_key_id = AKIDFILEDEFAULT\naws_secret_access_key = "
                      "file-default-secret\n\n[work]\naws_access_key_id = AKIDFILEWORK\n"
                      "aws_secret_access_key = file-work-secret\n");
    QFile config(m_dir.filePath(u"config"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = us-east-1\n\n[profile sso]\nsso_start_url = "
                 "https://example.awsapps.com/start\nsso_region = us-east-1\n");
}

QProcessEnvironment TstConnectionManager::awsEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_dir.filePath(u"credentials"_s));
    environment.insert(u"AWS_CONFIG_FILE"_s, m_dir.filePath(u"config"_s));
    return environment;
}

void TstConnectionManager::saveProfile(ProfileStore &profiles, const QString &name)
{
    bool saved = false;
    profiles.save({ name, u"AKIDOWN"_s, u"us-east-1"_s, {}, false }, u"own-secret"_s, {}, this,
                  [&saved](const CredentialStore::Result &result) {
                      saved = result.status == CredentialStore::Status::Ok;
                  });
    QTRY_VERIFY(saved);
}

void TstConnectionManager::initialSource_data()
{
    QTest::addColumn<QString>("requested"); // --profile
    QTest::addColumn<QString>("awsProfile"); // AWS_PROFILE
    QTest::addColumn<bool>("environmentKeys");
    QTest::addColumn<QString>("lastUsed");
    QTest::addColumn<bool>("withAwsFiles");
    QTest::addColumn<int>("origin"); // -1: none
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("errorMentions"); // empty: no error

    QTest::newRow("--profile names own profile") << u"mine"_s << QString() << false << QString() << true
                                                 << int(Origin::Keychain) << u"mine"_s << QString();
    QTest::newRow("--profile names AWS CLI profile") << u"work"_s << QString() << false << QString() << true
                                                     << int(Origin::AwsFiles) << u"work"_s << QString();
    QTest::newRow("own profile shadows AWS CLI one of the same name")
        << u"shared"_s << QString() << false << QString() << true << int(Origin::Keychain) << u"shared"_s
        << QString();
    QTest::newRow("unknown --profile is an error") << u"ghost"_s << QString() << true << u"mine"_s << true
                                                   << -1 << QString() << u"--profile"_s;
    QTest::newRow("--profile beats AWS_PROFILE and keys") << u"mine"_s << u"work"_s << true << QString()
                                                          << true << int(Origin::Keychain) << u"mine"_s
                                                          << QString();
    QTest::newRow("AWS_PROFILE") << QString() << u"work"_s << true << QString() << true
                                 << int(Origin::AwsFiles) << u"work"_s << QString();
    QTest::newRow("unknown AWS_PROFILE is an error") << QString() << u"ghost"_s << true << QString() << true
                                                     << -1 << QString() << u"AWS_PROFILE"_s;
    QTest::newRow("environment keys") << QString() << QString() << true << u"mine"_s << true
                                      << int(Origin::Environment) << QString() << QString();
    QTest::newRow("last used profile") << QString() << QString() << false << u"mine"_s << true
                                       << int(Origin::Keychain) << u"mine"_s << QString();
    QTest::newRow("AWS CLI default") << QString() << QString() << false << QString() << true
                                     << int(Origin::AwsFiles) << u"default"_s << QString();
    QTest::newRow("nothing at all") << QString() << QString() << false << QString() << false << -1
                                    << QString() << QString();
}

void TstConnectionManager::initialSource()
{
    QFETCH(QString, requested);
    QFETCH(QString, awsProfile);
    QFETCH(bool, environmentKeys);
    QFETCH(QString, lastUsed);
    QFETCH(bool, withAwsFiles);
    QFETCH(int, origin);
    QFETCH(QString, profile);
    QFETCH(QString, errorMentions);

    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    saveProfile(profiles, u"mine"_s);
    saveProfile(profiles, u"shared"_s);
    QProcessEnvironment environment = withAwsFiles ? awsEnvironment() : QProcessEnvironment();
    if (!withAwsFiles)
        environment.insert(u"HOME"_s, m_dir.filePath(u"empty-home"_s));
    if (!awsProfile.isEmpty())
        environment.insert(u"AWS_PROFILE"_s, awsProfile);
    if (environmentKeys) {
        environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
        environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"env-secret"_s);
    }
    if (!lastUsed.isEmpty())
        QSettings().setValue(u"session/lastProfile"_s, lastUsed);
    if (withAwsFiles) {
        // "shared" also exists in the AWS CLI files.
        QFile credentials(m_dir.filePath(u"credentials"_s));
        QVERIFY(credentials.open(QIODevice::Append));
        credentials.write("\n[shared]\naws_access_key_id = AKIDX\naws_secret_access_key = x\n");
    }
    ConnectionManager manager(m_fixture->client(), &profiles, environment, {});
    QString error;
    const std::optional<ConnectionManager::Source> source = manager.initialSource(requested, &error);
    if (origin < 0) {
        QVERIFY(!source);
    } else {
        QVERIFY(source);
        QCOMPARE(int(source->origin), origin);
        QCOMPARE(source->profileName, profile);
    }
    QCOMPARE(error.isEmpty(), errorMentions.isEmpty());
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    writeAwsFiles();
}

void TstConnectionManager::activatesAwsFilesProfileAgainstTheService()
{
    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    QProcessEnvironment environment = awsEnvironment();
    ConnectionManager manager(m_fixture->client(), &profiles, environment, {});
    manager.setOverrides({}, m_fixture->emulator().endpoint().toString());
    QSignalSpy activated(&manager, &ConnectionManager::activated);
    manager.activate(*manager.profileNamed(u"default"_s));
    QCOMPARE(activated.count(), 1);
    QVERIFY(manager.activeDescription().contains(u"default"_s));
    QVERIFY(manager.activeDescription().contains(u"AWS CLI files"_s));
    // The client now signs with the file's key, which the emulator accepts.
    std::optional<Outcome<AccountsPage>> page;
    m_fixture->client()->listAccounts({}, this, [&](const Outcome<AccountsPage> &answer) { page = answer; });
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->isOk(), qPrintable(page->isOk() ? QString() : page->error().userMessage()));
    QCOMPARE(QSettings().value(u"session/lastProfile"_s).toString(), u"default"_s);
}

void TstConnectionManager::unusableProfileFailsWithItsReason()
{
    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    ConnectionManager manager(m_fixture->client(), &profiles, awsEnvironment(), {});
    const std::optional<ConnectionManager::Source> sso = manager.profileNamed(u"sso"_s);
    QVERIFY(sso);
    QVERIFY(!sso->unusableReason.isEmpty());
    QSignalSpy failed(&manager, &ConnectionManager::activationFailed);
    QSignalSpy activated(&manager, &ConnectionManager::activated);
    manager.activate(*sso);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(activated.count(), 0);
    QVERIFY(failed.first().at(0).toString().contains(sso->unusableReason));
    QVERIFY(!manager.active());
}

// A duplicate key makes botocore refuse the credentials file: no profile of either file is used,
// every one says which file and line, and a profile listed before the file broke is refused too.
void TstConnectionManager::aFileTheAwsCliRefusesGivesNoProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment;
    environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"credentials"_s));
    environment.insert(u"AWS_CONFIG_FILE"_s, dir.filePath(u"config"_s));
    const auto write = [&dir](const QByteArray &credentials) {
        QFile file(dir.filePath(u"credentials"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(credentials);
    };
    const QByteArray good = "[default]\naws_access_key_id = AKIDFILEDEFAULT\n"
                            "aws_secret_access_key = file-default-secret\n";
    write(good);
    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    ConnectionManager manager(m_fixture->client(), &profiles, environment, {});
    const std::optional<ConnectionManager::Source> listed = manager.profileNamed(u"default"_s);
    QVERIFY(listed && listed->unusableReason.isEmpty());
    QStringList before;
    manager.sources(&before);
    QVERIFY(before.isEmpty());

    write(good + "aws_access_key_id = AKIDSECOND\n");
    const QString credentialsFile = QDir::toNativeSeparators(dir.filePath(u"credentials"_s));
    QStringList warnings;
    manager.sources(&warnings);
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.first().contains(credentialsFile) && warnings.first().contains(u"line 4:"_s),
             qPrintable(warnings.first()));
    const std::optional<ConnectionManager::Source> now = manager.profileNamed(u"default"_s);
    QVERIFY(now && now->unusableReason.contains(u"line 4:"_s));
    QVERIFY(!manager.readForImport(*now)->unusableReason.isEmpty());
    QVERIFY(manager.readForImport(*now)->credentials.accessKeyId.isEmpty());

    QSignalSpy failed(&manager, &ConnectionManager::activationFailed);
    QSignalSpy activated(&manager, &ConnectionManager::activated);
    manager.activate(*listed); // as listed before the file broke
    QCOMPARE(failed.count(), 1);
    QCOMPARE(activated.count(), 0);
    QVERIFY2(failed.first().at(0).toString().contains(u"line 4:"_s),
             qPrintable(failed.first().at(0).toString()));
}

void TstConnectionManager::slowKeychainIsReportedAndCanBeCancelled()
{
    SlowCredentialStore slow;
    ProfileStore profiles(&slow);
    saveProfile(profiles, u"mine"_s);
    ConnectionManager manager(m_fixture->client(), &profiles, QProcessEnvironment(), {});
    QSignalSpy waiting(&manager, &ConnectionManager::waitingForKeychain);
    QSignalSpy activated(&manager, &ConnectionManager::activated);
    manager.activate(*manager.profileNamed(u"mine"_s));
    QVERIFY(manager.isActivating());
    QVERIFY(waiting.wait(2000)); // said after a moment, not at once
    QCOMPARE(waiting.last().at(0).toBool(), true);
    manager.cancelActivation();
    QCOMPARE(waiting.last().at(0).toBool(), false);
    slow.answerAll(); // the keychain answers after all: too late, ignored
    QCOMPARE(activated.count(), 0);
    QVERIFY(!manager.active());

    // Without cancelling, the answer activates the profile.
    manager.activate(*manager.profileNamed(u"mine"_s));
    slow.answerAll();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(manager.active()->profileName, u"mine"_s);
}

void TstConnectionManager::commandLineOverridesWin()
{
    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    QProcessEnvironment environment;
    environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDFILEDEFAULT"_s);
    environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"file-default-secret"_s);
    environment.insert(u"AWS_ENDPOINT_URL"_s, u"https://somewhere.example"_s);
    ConnectionManager manager(m_fixture->client(), &profiles, environment, {});
    manager.setOverrides(u"eu-west-1"_s, m_fixture->emulator().endpoint().toString());
    manager.activate({ Origin::Environment, {}, {} });
    QCOMPARE(m_fixture->client()->endpointDescription(), m_fixture->emulator().endpoint().toString());
}

void TstConnectionManager::controlCharactersFromTheEnvironmentAreRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("token with an injected header")
        << u"AWS_SESSION_TOKEN"_s << u"abc\r\nX-Injected: yes"_s << u"session token"_s;
    QTest::newRow("key id with a line break") << u"AWS_ACCESS_KEY_ID"_s << u"AKIDDEMO\n"_s
                                             << u"access key id"_s;
    QTest::newRow("region with a line break") << u"AWS_REGION"_s << u"us-east-1\r\n"_s << u"region"_s;
}

void TstConnectionManager::controlCharactersFromTheEnvironmentAreRefused()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QProcessEnvironment environment;
    environment.insert(u"AWS_ACCESS_KEY_ID"_s, EmulatorConfig::demoCredentials().accessKeyId);
    environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, EmulatorConfig::demoCredentials().secretAccessKey);
    environment.insert(variable, value);
    MemoryCredentialStore secrets;
    ProfileStore profiles(&secrets);
    ConnectionManager manager(m_fixture->client(), &profiles, environment, ChimeClientConfig());
    QSignalSpy failed(&manager, &ConnectionManager::activationFailed);
    QSignalSpy activated(&manager, &ConnectionManager::activated);
    manager.activate({ ConnectionManager::Origin::Environment, {}, {} });
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(field), qPrintable(message));
    QVERIFY(!message.contains(value.trimmed()));
    QCOMPARE(activated.size(), 0);
    QCOMPARE(m_fixture->emulator().requestCount(), quint64(0));
}

QTEST_GUILESS_MAIN(TstConnectionManager)
#include "tst_connectionmanager.moc"
