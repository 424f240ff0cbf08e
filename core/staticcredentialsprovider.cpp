#include "core/staticcredentialsprovider.h"

#include <utility>

StaticCredentialsProvider::StaticCredentialsProvider(AwsCredentials credentials,
                                                     QString sourceDescription)
    : m_credentials(std::move(credentials))
    , m_sourceDescription(std::move(sourceDescription))
{
}

std::optional<AwsCredentials> StaticCredentialsProvider::credentials() const
{
    if (!m_credentials.isComplete())
        return std::nullopt;
    return m_credentials;
}

QString StaticCredentialsProvider::sourceDescription() const
{
    return m_sourceDescription;
}
