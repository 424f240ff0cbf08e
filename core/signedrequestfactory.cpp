#include "core/signedrequestfactory.h"

#include "core/credentialcheck.h"
#include "core/credentialsprovider.h"

#include <QCoreApplication>

#include <utility>

namespace {

QByteArray userAgent()
{
    return QCoreApplication::applicationName().toUtf8() + '/'
        + QCoreApplication::applicationVersion().toUtf8() + " Qt/" + qVersion();
}

} // namespace

SignedRequestFactory::SignedRequestFactory(ChimeEndpoint endpoint,
                                           const CredentialsProvider *credentials, Clock clock)
    : m_endpoint(std::move(endpoint))
    , m_credentials(credentials)
    , m_clock(std::move(clock))
    , m_signer(m_endpoint.signingRegion(), QString(ChimeEndpoint::signingService))
{
}

SigV4Signer::Request SignedRequestFactory::signingInput(const PreparedRequest &request) const
{
    SigV4Signer::Request input;
    input.method = request.method;
    input.path = m_endpoint.fullPath(request.path);
    input.query = request.query;
    input.headers.append({ QByteArray("Host"), m_endpoint.hostHeader() });
    if (!request.body.isEmpty())
        input.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    input.payloadSha256Hex = SigV4Signer::sha256Hex(request.body);
    return input;
}

QStringList SignedRequestFactory::secrets() const
{
    const std::optional<AwsCredentials> credentials = m_credentials ? m_credentials->credentials()
                                                                    : std::nullopt;
    if (!credentials)
        return {};
    return { credentials->secretAccessKey, credentials->sessionToken };
}

Outcome<QNetworkRequest> SignedRequestFactory::make(const PreparedRequest &request) const
{
    return make(request, m_clock());
}

Outcome<QNetworkRequest> SignedRequestFactory::make(const PreparedRequest &request,
                                                    const QDateTime &signingTime) const
{
    const std::optional<AwsCredentials> credentials = m_credentials
        ? m_credentials->credentials()
        : std::nullopt;
    if (!credentials) {
        return ChimeError(ChimeError::Kind::InvalidConfiguration, request.operation,
                          tr("No credentials are set: choose a profile or enter an access key."));
    }
    // Whatever source they came from: a line break here would become a header of its own.
    if (const std::optional<QString> problem = CredentialCheck::problem(*credentials, m_endpoint.signingRegion()))
        return ChimeError(ChimeError::Kind::InvalidConfiguration, request.operation, *problem);
    // QUrl turns %2E back into '.' and Qt's HTTP stack then drops dot segments, so an id of "."
    // or ".." would reach another resource than the one signed (GetUser "..": the account).
    // Send only a URL that carries exactly the signed path and query.
    const QUrl url = m_endpoint.urlFor(request.path, request.query);
    QByteArray target = m_endpoint.fullPath(request.path);
    if (!request.query.isEmpty())
        target += '?' + request.query;
    if (!url.isValid() || url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) != target) {
        return ChimeError(ChimeError::Kind::BadRequest, request.operation,
                          tr("The request for \"%1\" cannot be sent as signed: an id of \".\" or "
                             "\"..\" would address another resource.")
                              .arg(QString::fromLatin1(target)));
    }

    const SigV4Signer::Request input = signingInput(request);
    const SigV4Signer::Signature signature = m_signer.sign(input, *credentials, signingTime);

    QNetworkRequest networkRequest(url);
    // A redirect would resend the signed headers to wherever it points: never follow one.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : input.headers) {
        if (name != "Host")
            networkRequest.setRawHeader(name, value);
    }
    for (const auto &[name, value] : signature.headersToAdd)
        networkRequest.setRawHeader(name, value);
    networkRequest.setRawHeader("User-Agent", userAgent());
    return networkRequest;
}
