#include "core/chimeendpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <utility>

namespace {

using namespace Qt::StringLiterals;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ChimeError configurationError(const QString &message)
{
    return ChimeError(ChimeError::Kind::InvalidConfiguration, QString(), message);
}

} // namespace

ChimeEndpoint::ChimeEndpoint(QUrl baseUrl, QString signingRegion)
    : m_baseUrl(std::move(baseUrl))
    , m_signingRegion(std::move(signingRegion))
{
}

Outcome<ChimeEndpoint> ChimeEndpoint::resolve(const QString &regionIn,
                                              const QString &endpointOverride)
{
    const QString region = regionIn.isEmpty() ? QString(defaultRegion) : regionIn.trimmed();
    static const QRegularExpression awsPartition(
        u"^(us|eu|ap|sa|ca|me|af|il|mx)-\\w+-\\d+$"_s);
    static const QRegularExpression chinaPartition(u"^cn-\\w+-\\d+$"_s);
    static const QRegularExpression govPartition(u"^us-gov-\\w+-\\d+$"_s);

    if (!endpointOverride.isEmpty()) {
        const QUrl url(endpointOverride, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)
            || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
            return configurationError(
                tr("The endpoint \"%1\" is not a valid http(s) URL without user name, query or "
                   "fragment.").arg(endpointOverride));
        }
        if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
            return configurationError(
                tr("The endpoint \"%1\" uses plain http to a host that is not this computer; "
                   "use https so credentials and data are encrypted.")
                    .arg(endpointOverride));
        }
        QUrl base = url;
        base.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
        // Qt sends ":443" in the Host header whenever the URL names the port, even the default
        // one, while hostHeader() leaves a default port out: drop it so both agree.
        if (base.port() == (scheme == u"https"_s ? 443 : 80))
            base.setPort(-1);
        // A private endpoint is still Chime: a global region name signs for us-east-1.
        return ChimeEndpoint(base, region == u"aws-global"_s ? u"us-east-1"_s : region);
    }

    if (govPartition.match(region).hasMatch())
        return ChimeEndpoint(QUrl(u"https://chime.%1.amazonaws.com"_s.arg(region)), region);
    if (chinaPartition.match(region).hasMatch())
        return ChimeEndpoint(QUrl(u"https://chime.%1.amazonaws.com.cn"_s.arg(region)), region);
    if (region == u"aws-global"_s || awsPartition.match(region).hasMatch())
        return ChimeEndpoint(QUrl(u"https://chime.us-east-1.amazonaws.com"_s), u"us-east-1"_s);
    return configurationError(tr("\"%1\" is not an AWS region this program knows.").arg(region));
}

QByteArray ChimeEndpoint::hostHeader() const
{
    const int defaultPort = m_baseUrl.scheme() == u"https"_s ? 443 : 80;
    QByteArray host = m_baseUrl.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = m_baseUrl.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray ChimeEndpoint::fullPath(const QByteArray &encodedPath) const
{
    return m_baseUrl.path(QUrl::FullyEncoded).toLatin1() + encodedPath;
}

QUrl ChimeEndpoint::urlFor(const QByteArray &encodedPath, const QByteArray &encodedQuery) const
{
    QByteArray url = m_baseUrl.toEncoded(QUrl::RemovePath) + fullPath(encodedPath);
    if (!encodedQuery.isEmpty())
        url += '?' + encodedQuery;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}
