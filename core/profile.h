#pragma once

#include <QString>

// A named set of connection settings. The secret access key and session token are not here:
// they live only in the credential store.
struct Profile
{
    QString name;
    QString accessKeyId;
    QString region;
    QString endpointUrl;
    bool hasSessionToken = false;

    friend bool operator==(const Profile &, const Profile &) = default;
};
