#include "core/chimeendpoint.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The Host header Qt's HTTP stack sends for `url` (QHttpNetworkConnectionPrivate::prepareRequest):
// the host, in brackets if it is an IPv6 address, then ":port" whenever the URL names a port,
// even the scheme's default one. What the endpoint signs as Host must be exactly this.
QByteArray hostQtSends(const QUrl &url)
{
    const QString host = url.host();
    QHostAddress address;
    QByteArray header
        = address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol
        ? '[' + host.toLatin1() + ']'
        : QUrl::toAce(host);
    if (url.port() != -1)
        header += ':' + QByteArray::number(url.port());
    return header;
}

} // namespace

class TstChimeendpoint : public QObject
{
    Q_OBJECT

private slots:
    void regions_data();
    void regions();
    void bogusRegionRefused_data();
    void bogusRegionRefused();
    void overridesAccepted_data();
    void overridesAccepted();
    void overrideKeepsRegion_data();
    void overrideKeepsRegion();
    void overridesRefused_data();
    void overridesRefused();
};

void TstChimeendpoint::regions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("baseUrl");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("signingRegion");

    const QByteArray global = "https://chime.us-east-1.amazonaws.com";
    const QByteArray globalHost = "chime.us-east-1.amazonaws.com";
    QTest::newRow("us-east-1") << u"us-east-1"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("us-west-2") << u"us-west-2"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("eu-west-1") << u"eu-west-1"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("ap-southeast-2")
        << u"ap-southeast-2"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("ca-central-1") << u"ca-central-1"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("sa-east-1") << u"sa-east-1"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("aws-global") << u"aws-global"_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("empty region is us-east-1")
        << QString() << global << globalHost << u"us-east-1"_s;
    QTest::newRow("region with spaces around")
        << u" eu-west-1 "_s << global << globalHost << u"us-east-1"_s;
    QTest::newRow("cn-north-1") << u"cn-north-1"_s
                                << QByteArray("https://chime.cn-north-1.amazonaws.com.cn")
                                << QByteArray("chime.cn-north-1.amazonaws.com.cn")
                                << u"cn-north-1"_s;
    QTest::newRow("cn-northwest-1")
        << u"cn-northwest-1"_s << QByteArray("https://chime.cn-northwest-1.amazonaws.com.cn")
        << QByteArray("chime.cn-northwest-1.amazonaws.com.cn") << u"cn-northwest-1"_s;
    QTest::newRow("us-gov-west-1")
        << u"us-gov-west-1"_s << QByteArray("https://chime.us-gov-west-1.amazonaws.com")
        << QByteArray("chime.us-gov-west-1.amazonaws.com") << u"us-gov-west-1"_s;
    QTest::newRow("us-gov-east-1")
        << u"us-gov-east-1"_s << QByteArray("https://chime.us-gov-east-1.amazonaws.com")
        << QByteArray("chime.us-gov-east-1.amazonaws.com") << u"us-gov-east-1"_s;
}

void TstChimeendpoint::regions()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, baseUrl);
    QFETCH(QByteArray, host);
    QFETCH(QString, signingRegion);

    const Outcome<ChimeEndpoint> outcome = ChimeEndpoint::resolve(region, QString());
    if (!outcome.isOk())
        QFAIL(qPrintable(outcome.error().userMessage()));
    const ChimeEndpoint &endpoint = outcome.value();
    QCOMPARE(endpoint.baseUrl().toEncoded(), baseUrl);
    QCOMPARE(endpoint.signingRegion(), signingRegion);
    QCOMPARE(endpoint.hostHeader(), host);
    QCOMPARE(endpoint.fullPath("/accounts"), QByteArray("/accounts"));
    const QUrl url = endpoint.urlFor("/accounts/a%2Fb/users", "max-results=5");
    QCOMPARE(url.toEncoded(), baseUrl + "/accounts/a%2Fb/users?max-results=5");
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(hostQtSends(url), host);
    QCOMPARE(endpoint.urlFor("/accounts", {}).toEncoded(), baseUrl + "/accounts");
}

void TstChimeendpoint::bogusRegionRefused_data()
{
    QTest::addColumn<QString>("region");

    QTest::newRow("made up") << u"moon-base-1"_s;
    QTest::newRow("no number") << u"us-east"_s;
    QTest::newRow("upper case") << u"US-EAST-1"_s;
    QTest::newRow("a word") << u"local"_s;
    QTest::newRow("path in region") << u"eu-west-1/../x"_s;
    QTest::newRow("host in region") << u"us-east-1.evil.example"_s;
    QTest::newRow("iso partition") << u"us-isob-east-1"_s;
    QTest::newRow("aws-cn-global") << u"aws-cn-global"_s;
}

void TstChimeendpoint::bogusRegionRefused()
{
    QFETCH(QString, region);
    const Outcome<ChimeEndpoint> outcome = ChimeEndpoint::resolve(region, QString());
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().kind(), ChimeError::Kind::InvalidConfiguration);
    QVERIFY2(outcome.error().message().contains(region), qPrintable(outcome.error().message()));
}

void TstChimeendpoint::overridesAccepted_data()
{
    QTest::addColumn<QString>("endpointOverride");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("fullPath"); // for "/accounts/acc"
    QTest::addColumn<QByteArray>("url"); // for "/accounts/acc" and "max-results=5"

    QTest::newRow("http://127.0.0.1:8080")
        << u"http://127.0.0.1:8080"_s << QByteArray("127.0.0.1:8080") << QByteArray("/accounts/acc")
        << QByteArray("http://127.0.0.1:8080/accounts/acc?max-results=5");
    QTest::newRow("http://127.0.0.1:8080/")
        << u"http://127.0.0.1:8080/"_s << QByteArray("127.0.0.1:8080")
        << QByteArray("/accounts/acc")
        << QByteArray("http://127.0.0.1:8080/accounts/acc?max-results=5");
    QTest::newRow("http://localhost:1")
        << u"http://localhost:1"_s << QByteArray("localhost:1") << QByteArray("/accounts/acc")
        << QByteArray("http://localhost:1/accounts/acc?max-results=5");
    QTest::newRow("http://LOCALHOST:1")
        << u"http://LOCALHOST:1"_s << QByteArray("localhost:1") << QByteArray("/accounts/acc")
        << QByteArray("http://localhost:1/accounts/acc?max-results=5");
    QTest::newRow("http://[::1]:9")
        << u"http://[::1]:9"_s << QByteArray("[::1]:9") << QByteArray("/accounts/acc")
        << QByteArray("http://[::1]:9/accounts/acc?max-results=5");
    QTest::newRow("http://127.0.0.2:1 (loopback range)")
        << u"http://127.0.0.2:1"_s << QByteArray("127.0.0.2:1") << QByteArray("/accounts/acc")
        << QByteArray("http://127.0.0.2:1/accounts/acc?max-results=5");
    QTest::newRow("https://example.com/prefix")
        << u"https://example.com/prefix"_s << QByteArray("example.com")
        << QByteArray("/prefix/accounts/acc")
        << QByteArray("https://example.com/prefix/accounts/acc?max-results=5");
    QTest::newRow("https://example.com/prefix/")
        << u"https://example.com/prefix/"_s << QByteArray("example.com")
        << QByteArray("/prefix/accounts/acc")
        << QByteArray("https://example.com/prefix/accounts/acc?max-results=5");
    QTest::newRow("https://example.com:8443/a/b")
        << u"https://example.com:8443/a/b"_s << QByteArray("example.com:8443")
        << QByteArray("/a/b/accounts/acc")
        << QByteArray("https://example.com:8443/a/b/accounts/acc?max-results=5");
    QTest::newRow("https://example.com:443 (default port)")
        << u"https://example.com:443"_s << QByteArray("example.com") << QByteArray("/accounts/acc")
        << QByteArray("https://example.com/accounts/acc?max-results=5");
    QTest::newRow("http://localhost:80 (default port)")
        << u"http://localhost:80"_s << QByteArray("localhost") << QByteArray("/accounts/acc")
        << QByteArray("http://localhost/accounts/acc?max-results=5");
    QTest::newRow("https://example.com:80 (not https's default)")
        << u"https://example.com:80"_s << QByteArray("example.com:80")
        << QByteArray("/accounts/acc")
        << QByteArray("https://example.com:80/accounts/acc?max-results=5");
    QTest::newRow("https://[2001:db8::1]:8443")
        << u"https://[2001:db8::1]:8443"_s << QByteArray("[2001:db8::1]:8443")
        << QByteArray("/accounts/acc")
        << QByteArray("https://[2001:db8::1]:8443/accounts/acc?max-results=5");
    QTest::newRow("https://[2001:db8::1]")
        << u"https://[2001:db8::1]"_s << QByteArray("[2001:db8::1]") << QByteArray("/accounts/acc")
        << QByteArray("https://[2001:db8::1]/accounts/acc?max-results=5");
    QTest::newRow("HTTPS://Chime.Example.COM")
        << u"HTTPS://Chime.Example.COM"_s << QByteArray("chime.example.com")
        << QByteArray("/accounts/acc")
        << QByteArray("https://chime.example.com/accounts/acc?max-results=5");
}

void TstChimeendpoint::overridesAccepted()
{
    QFETCH(QString, endpointOverride);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, fullPath);
    QFETCH(QByteArray, url);

    const Outcome<ChimeEndpoint> outcome = ChimeEndpoint::resolve(u"us-east-1"_s, endpointOverride);
    if (!outcome.isOk())
        QFAIL(qPrintable(outcome.error().userMessage()));
    const ChimeEndpoint &endpoint = outcome.value();
    QCOMPARE(endpoint.hostHeader(), host);
    QCOMPARE(endpoint.fullPath("/accounts/acc"), fullPath);
    const QUrl built = endpoint.urlFor("/accounts/acc", "max-results=5");
    QVERIFY(built.isValid());
    QCOMPARE(built.toEncoded(), url);
    // What is signed as Host is what the network stack will send for that URL.
    QCOMPARE(hostQtSends(built), endpoint.hostHeader());
    QCOMPARE(endpoint.signingRegion(), u"us-east-1"_s);
}

void TstChimeendpoint::overrideKeepsRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("signingRegion");

    QTest::newRow("eu-west-1") << u"eu-west-1"_s << u"eu-west-1"_s;
    QTest::newRow("empty is us-east-1") << QString() << u"us-east-1"_s;
}

void TstChimeendpoint::overrideKeepsRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, signingRegion);
    const Outcome<ChimeEndpoint> outcome
        = ChimeEndpoint::resolve(region, u"http://127.0.0.1:8080"_s);
    QVERIFY(outcome.isOk());
    QCOMPARE(outcome.value().signingRegion(), signingRegion);
}

void TstChimeendpoint::overridesRefused_data()
{
    QTest::addColumn<QString>("endpointOverride");

    QTest::newRow("http://example.com") << u"http://example.com"_s;
    QTest::newRow("http://10.0.0.1") << u"http://10.0.0.1"_s;
    QTest::newRow("http://10.0.0.1:8080") << u"http://10.0.0.1:8080"_s;
    QTest::newRow("http://192.168.1.1") << u"http://192.168.1.1"_s;
    QTest::newRow("http://0.0.0.0:8080") << u"http://0.0.0.0:8080"_s;
    QTest::newRow("http://[2001:db8::1]") << u"http://[2001:db8::1]"_s;
    QTest::newRow("http://localhost.example.com") << u"http://localhost.example.com"_s;
    QTest::newRow("http://127.0.0.1.example.com") << u"http://127.0.0.1.example.com"_s;
    QTest::newRow("ftp://127.0.0.1") << u"ftp://127.0.0.1"_s;
    QTest::newRow("file URL") << u"file:///tmp/chime"_s;
    QTest::newRow("no scheme") << u"chime.us-east-1.amazonaws.com"_s;
    QTest::newRow("no host") << u"https://"_s;
    QTest::newRow("not a URL") << u"not a url at all"_s;
    QTest::newRow("with a query") << u"https://example.com/?a=b"_s;
    QTest::newRow("with a fragment") << u"https://example.com/#x"_s;
}

void TstChimeendpoint::overridesRefused()
{
    QFETCH(QString, endpointOverride);
    const Outcome<ChimeEndpoint> outcome = ChimeEndpoint::resolve(u"us-east-1"_s, endpointOverride);
    QVERIFY2(!outcome.isOk(), qPrintable(endpointOverride));
    QCOMPARE(outcome.error().kind(), ChimeError::Kind::InvalidConfiguration);
    QVERIFY2(outcome.error().message().contains(endpointOverride),
        qPrintable(outcome.error().message()));
}

QTEST_GUILESS_MAIN(TstChimeendpoint)
#include "tst_chimeendpoint.moc"
