#include "core/chimeclient.h"
#include "core/connectionmanager.h"
#include "core/profilestore.h"
#include "ui/credentialsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A keychain that cannot be reached, as on a desktop without a Secret Service.
class UnreachableKeychain final : public CredentialStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { refuse(context, done); }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        refuse(context, done);
    }
    void remove(const QString &, QObject *context, Callback done) override { refuse(context, done); }
    QString description() const override { return u"system keychain"_s; }

private:
    static void refuse(QObject *context, const Callback &done)
    {
        QMetaObject::invokeMethod(context, [done] {
            done({ Status::Unavailable, {}, u"Could not connect: no session bus"_s });
        }, Qt::QueuedConnection);
    }
};

// The dialog over a profile store whose keychain cannot be reached.
struct DialogWithoutKeychain
{
    QNetworkAccessManager network;
    ChimeClient client { &network, nullptr, {} };
    UnreachableKeychain keychain;
    ProfileStore profiles { &keychain };
    ConnectionManager connections { &client, &profiles, QProcessEnvironment(), {} };
    CredentialsDialog dialog { &profiles, &connections };
};

} // namespace

class TstCredentialsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeychainOffersThisSessionOnly();
    void invalidFormIsExplained_data();
    void invalidFormIsExplained();
};

void TstCredentialsDialog::initTestCase()
{
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(u"chime-admin-tests"_s);
}

void TstCredentialsDialog::noKeychainOffersThisSessionOnly()
{
    DialogWithoutKeychain fixture;
    ProfileStore &profiles = fixture.profiles;
    CredentialsDialog &dialog = fixture.dialog;
    dialog.show();

    dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(u"work"_s);
    dialog.findChild<QLineEdit *>(u"accessKeyId"_s)->setText(u"AKIDEXAMPLE"_s);
    auto *secret = dialog.findChild<QLineEdit *>(u"secretAccessKey"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(u"example-secret"_s);
    auto *sessionOnly = dialog.findChild<QPushButton *>(u"sessionOnlyButton"_s);
    QVERIFY(!sessionOnly->isVisible());
    dialog.findChild<QPushButton *>(u"saveProfile"_s)->click();

    // Said plainly, with the offer; nothing was stored anywhere.
    auto *message = dialog.findChild<QLabel *>(u"credentialsMessage"_s);
    QTRY_VERIFY(sessionOnly->isVisible());
    QVERIFY2(message->text().contains(u"No keychain is reachable"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"never written to a file"_s));
    QVERIFY(profiles.profiles().isEmpty());

    sessionOnly->click();
    QTRY_COMPARE(profiles.profiles().size(), 1);
    QVERIFY(profiles.isSessionOnly());
    QVERIFY(dialog.findChild<QLabel *>(u"storeStatus"_s)->text().contains(u"this session only"_s));
    // A stored secret is not shown again.
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(dialog.findChild<QListWidget *>(u"profileList"_s)->count(), 1);

    QSignalSpy use(&dialog, &CredentialsDialog::useRequested);
    dialog.findChild<QPushButton *>(u"useProfile"_s)->click();
    QCOMPARE(use.count(), 1);
    const auto source = use.first().at(0).value<ConnectionManager::Source>();
    QCOMPARE(source.origin, ConnectionManager::Origin::SessionOnly);
    QCOMPARE(source.profileName, u"work"_s);
}

void TstCredentialsDialog::invalidFormIsExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secretValue");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("no name") << QString() << u"AKID"_s << u"s"_s << QString() << u"needs a name"_s;
    QTest::newRow("slash in name") << u"a/b"_s << u"AKID"_s << u"s"_s << QString() << u"cannot contain"_s;
    QTest::newRow("no key id") << u"p"_s << QString() << u"s"_s << QString() << u"access key id"_s;
    QTest::newRow("no secret") << u"p"_s << u"AKID"_s << QString() << QString() << u"secret access key"_s;
    QTest::newRow("secret of only spaces") << u"p"_s << u"AKID"_s << u"    "_s << QString() << u"only spaces"_s;
    QTest::newRow("line break inside the secret")
        << u"p"_s << u"AKID"_s << u"abc\r\nX-Injected: yes"_s << QString() << u"control character"_s;
    QTest::newRow("plain http to a remote host")
        << u"p"_s << u"AKID"_s << u"s"_s << u"http://chime.example.com"_s << u"plain http"_s;
}

void TstCredentialsDialog::invalidFormIsExplained()
{
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, secretValue);
    QFETCH(QString, endpoint);
    QFETCH(QString, explanation);
    DialogWithoutKeychain fixture;
    ProfileStore &profiles = fixture.profiles;
    CredentialsDialog &dialog = fixture.dialog;
    dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(name);
    dialog.findChild<QLineEdit *>(u"accessKeyId"_s)->setText(keyId);
    dialog.findChild<QLineEdit *>(u"secretAccessKey"_s)->setText(secretValue);
    dialog.findChild<QLineEdit *>(u"endpointUrl"_s)->setText(endpoint);
    dialog.findChild<QPushButton *>(u"saveProfile"_s)->click();
    const QString message = dialog.findChild<QLabel *>(u"credentialsMessage"_s)->text();
    QVERIFY2(message.contains(explanation), qPrintable(message));
    QVERIFY(profiles.profiles().isEmpty());
}

QTEST_MAIN(TstCredentialsDialog)
#include "tst_credentialsdialog.moc"
