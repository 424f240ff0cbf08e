#pragma once

#include "core/awscredentials.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the profiles of the AWS CLI's shared files (~/.aws/credentials and ~/.aws/config) the way
// the AWS CLI does (botocore on Python's configparser.RawConfigParser), so administrators can
// import the profiles they already have. Nothing here is ever logged; warnings and reasons name
// files, lines, sections, keys and profiles, never a value.
class AwsConfigFiles
{
    Q_DECLARE_TR_FUNCTIONS(AwsConfigFiles)
public:
    struct Profile {
        QString name;
        AwsCredentials credentials;   // empty members when the profile has no keys
        QString region;               // config file `region`
        QString endpointUrl;          // config file `endpoint_url`
        QString unusableReason;       // empty when usable; else a tr() sentence saying why not
    };
    struct Locations { QString credentialsFile; QString configFile; };
    // AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, else ~/.aws/credentials and ~/.aws/config (HOME from env).
    static Locations locations(const QProcessEnvironment &environment);
    // Reads both files (a missing file is simply empty, not an error; an unreadable one adds a warning).
    static QList<Profile> read(const Locations &locations, QStringList *warnings);
    // Pure: both files' contents; merged by profile name, credentials-file keys win over config-file ones; sorted with "default" first, then by name.
    static QList<Profile> parse(const QByteArray &credentialsText, const QByteArray &configText, QStringList *warnings);
    // AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SECURITY_TOKEN (else AWS_SESSION_TOKEN), AWS_REGION (else AWS_DEFAULT_REGION), AWS_ENDPOINT_URL; nothing when no access key id is set; unusableReason when only one of id/secret is set.
    static std::optional<Profile> fromEnvironment(const QProcessEnvironment &environment);
    // AWS_PROFILE (else AWS_DEFAULT_PROFILE); empty when neither is set.
    static QString selectedProfileName(const QProcessEnvironment &environment);
};
