#pragma once

#include <QString>

// Who a change is sent as and where: the profile (or source) the credentials came from, their
// access key id (never the secret) and the endpoint. Recorded with every change so that neither
// a profile switch nor a later run re-attributes it.
struct ConnectionIdentity
{
    QString profile;
    QString accessKeyId;
    QString endpoint;

    // The same credentials at the same service: the profile's name may differ between runs.
    bool reaches(const ConnectionIdentity &other) const
    {
        return accessKeyId == other.accessKeyId && endpoint == other.endpoint;
    }

    friend bool operator==(const ConnectionIdentity &, const ConnectionIdentity &) = default;
};
