#pragma once

#include "core/awscredentials.h"

#include <QString>

#include <optional>

// The one way the client obtains credentials, so a new source (SSO, assume-role) plugs in
// without the client changing. Called for every attempt, so a provider may refresh.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;

    virtual std::optional<AwsCredentials> credentials() const = 0;
    // Where the credentials come from, for the window to show (never the secret itself).
    virtual QString sourceDescription() const = 0;
};
