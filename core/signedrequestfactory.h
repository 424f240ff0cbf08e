#pragma once

#include "core/chimeendpoint.h"
#include "core/outcome.h"
#include "core/preparedrequest.h"
#include "core/sigv4signer.h"

#include <QDateTime>
#include <QNetworkRequest>

#include <functional>

class CredentialsProvider;

// Turns a prepared operation into a QNetworkRequest for the endpoint, signed with the current
// credentials at the current time. Called once per attempt, so every retry is signed afresh.
class SignedRequestFactory
{
    Q_DECLARE_TR_FUNCTIONS(SignedRequestFactory)

public:
    using Clock = std::function<QDateTime()>;

    SignedRequestFactory(ChimeEndpoint endpoint, const CredentialsProvider *credentials,
                         Clock clock);

    Outcome<QNetworkRequest> make(const PreparedRequest &request) const;
    Outcome<QNetworkRequest> make(const PreparedRequest &request, const QDateTime &signingTime) const;
    QDateTime now() const { return m_clock(); }

    // What is signed for `request`: the headers this client signs and the body's hash.
    SigV4Signer::Request signingInput(const PreparedRequest &request) const;

    const ChimeEndpoint &endpoint() const { return m_endpoint; }
    // The secret key and session token requests are signed with now, to scrub from answers.
    QStringList secrets() const;

private:
    ChimeEndpoint m_endpoint;
    const CredentialsProvider *m_credentials;
    Clock m_clock;
    SigV4Signer m_signer;
};
