#pragma once

#include "core/awsconfigfiles.h"
#include "core/awscredentials.h"
#include "core/chimeclientconfig.h"
#include "core/credentialstore.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class ChimeClient;
class ProfileStore;
class StaticCredentialsProvider;

// Where the credentials in use come from, and switching between the sources: the program's
// profiles (keychain, or memory for this session), the AWS CLI's ~/.aws files, the AWS_*
// environment variables, and demo mode. Activating a source gives the client its credentials
// and endpoint; a keychain that takes long to answer (waiting to be unlocked) is reported, and
// the wait can be cancelled.
class ConnectionManager final : public QObject
{
    Q_OBJECT

public:
    enum class Origin { Keychain, SessionOnly, AwsFiles, Environment, Demo };
    Q_ENUM(Origin)

    struct Source
    {
        Origin origin = Origin::Demo;
        QString profileName; // empty for the environment and demo
        QString unusableReason; // a source that is listed but cannot be used says why

        QString label() const; // as the profile switcher shows it
        QString originDescription() const; // "system keychain", "~/.aws files", …
        friend bool operator==(const Source &a, const Source &b)
        {
            return a.origin == b.origin && a.profileName == b.profileName;
        }
    };

    static constexpr int keychainPatienceMs = 400;

    ConnectionManager(ChimeClient *client, ProfileStore *profiles, QProcessEnvironment environment,
                      ChimeClientConfig baseConfig, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void enableDemo(const AwsCredentials &credentials, const QString &endpoint);
    // --region and --endpoint-url: they win over what a profile says.
    void setOverrides(const QString &region, const QString &endpointUrl);

    // `awsFilesWarnings`, if given, gets what reading the AWS CLI files found wrong with them
    // (file, line, problem; never a value), from the same reading: the first one says so when
    // the AWS CLI cannot read a file at all.
    QList<Source> sources(QStringList *awsFilesWarnings = nullptr) const;
    // What an AWS CLI files or environment source holds now, read with this manager's
    // environment (for the credentials dialog to import); nothing when it is gone.
    std::optional<AwsConfigFiles::Profile> readForImport(const Source &source) const;
    // The program's profile of that name, else the ~/.aws one.
    std::optional<Source> profileNamed(const QString &name) const;
    // The source to start with: --profile, else AWS_PROFILE, else the environment's keys,
    // else the last profile used, else the ~/.aws default profile. An unknown requested
    // profile is an error, never a silent fall-back. Nothing when there are no credentials.
    std::optional<Source> initialSource(const QString &requestedProfile, QString *error) const;

    void activate(const Source &source);
    void cancelActivation();
    bool isActivating() const { return m_activating.has_value(); }
    const std::optional<Source> &active() const { return m_active; }
    // The source and endpoint in use, for the window to show.
    QString activeDescription() const;

signals:
    void activated();
    void activationFailed(const QString &message, CredentialStore::Status status);
    void waitingForKeychain(bool waiting);
    void sourcesChanged();

private:
    void apply(const Source &source, const AwsCredentials &credentials, const QString &region,
               const QString &endpointUrl);
    void fail(const QString &message, CredentialStore::Status status = CredentialStore::Status::Failed);

    ChimeClient *m_client;
    ProfileStore *m_profiles;
    QProcessEnvironment m_environment;
    ChimeClientConfig m_baseConfig;
    QString m_regionOverride;
    QString m_endpointOverride;
    std::optional<AwsCredentials> m_demoCredentials;
    QString m_demoEndpoint;
    std::optional<Source> m_active;
    std::optional<Source> m_activating;
    quint64 m_activation = 0; // a newer activation or a cancel makes older answers stale
    QTimer m_keychainPatience;
    // Every provider stays alive: calls started with it may still be retrying.
    std::vector<std::unique_ptr<StaticCredentialsProvider>> m_providers;
};
