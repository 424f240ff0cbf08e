#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// TLS errors are errors: a service whose certificate the system does not trust is never
// talked to, and nothing of the request (its signature included) reaches it.
class TstTls : public QObject
{
    Q_OBJECT

private slots:
    void untrustedCertificateIsRefused();
};

void TstTls::untrustedCertificateIsRefused()
{
    const QString dir = QStringLiteral(CHIMEADMIN_TEST_DATA_DIR) + u"/tls/"_s;
    QFile certFile(dir + u"selfsigned-test-only.crt"_s);
    QFile keyFile(dir + u"selfsigned-test-only.key"_s);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));

    QSslServer server;
    server.setSslConfiguration(tls);
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager network;
    StaticCredentialsProvider credentials({ u"AKIDEXAMPLE"_s, u"secret"_s, {} }, u"test"_s);
    ChimeClientConfig config;
    config.endpointOverride = u"https://127.0.0.1:%1"_s.arg(server.serverPort());
    config.retry.baseDelay = std::chrono::milliseconds(2);
    ChimeClient client(&network, &credentials, config);

    std::optional<Outcome<AccountsPage>> answer;
    client.listAccounts({}, this, [&](const Outcome<AccountsPage> &page) { answer = page; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(!answer->isOk());
    QCOMPARE(answer->error().kind(), ChimeError::Kind::NetworkFailure);
    QVERIFY2(answer->error().message().contains(u"SSL"_s, Qt::CaseInsensitive)
                 || answer->error().message().contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(answer->error().message()));
    // Had the client ignored the error, the server would have read the signed request here.
    QVERIFY(!received.contains("Authorization"));
    QVERIFY(received.isEmpty());
}

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
