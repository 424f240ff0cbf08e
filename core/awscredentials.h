#pragma once

#include <QString>

// The key pair (and optional session token) a request is signed with. Lives in memory only:
// never logged, never written to QSettings.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};
