#pragma once

#include "core/credentialsprovider.h"

// Credentials known when the program starts (environment, demo, a profile already read).
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    StaticCredentialsProvider(AwsCredentials credentials, QString sourceDescription);

    std::optional<AwsCredentials> credentials() const override;
    QString sourceDescription() const override;

private:
    AwsCredentials m_credentials;
    QString m_sourceDescription;
};
