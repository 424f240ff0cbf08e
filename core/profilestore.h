#pragma once

#include "core/awscredentials.h"
#include "core/credentialstore.h"
#include "core/profile.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

// The program's own profiles: what is not secret in QSettings, each secret as its own entry
// of the credential store under a versioned key. After the keychain turned out to be
// unreachable, useSessionOnly() keeps new profiles and their secrets in memory for this run.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialStore::Result &)>;
    using Loaded = std::function<void(const CredentialStore::Result &, const AwsCredentials &)>;

    static constexpr QLatin1StringView keychainService { "chime-admin" };
    static QString secretKeyEntry(const QString &profile);
    static QString sessionTokenEntry(const QString &profile);
    // Empty when `name` can be a profile name, else why not.
    static QString nameProblem(const QString &name);

    explicit ProfileStore(CredentialStore *secrets, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool isSessionOnly() const { return m_sessionOnly; }
    CredentialStore *secrets() const { return m_secrets; }

    // An empty secret keeps the stored one (editing a profile without retyping its secret).
    void save(const Profile &profile, const QString &secretAccessKey, const QString &sessionToken,
              QObject *context, Done done);
    void load(const QString &name, QObject *context, Loaded done);
    void remove(const QString &name, QObject *context, Done done);
    void useSessionOnly(CredentialStore *memory);

signals:
    void profilesChanged();

private:
    void storeToken(const Profile &profile, const QString &sessionToken, QObject *context, Done done);
    void commit(const Profile &profile);

    CredentialStore *m_secrets;
    bool m_sessionOnly = false;
    QHash<QString, Profile> m_sessionProfiles;
};
