#include "core/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

const QString profilesGroup = u"profiles"_s;

bool acceptable(const CredentialStore::Result &result)
{
    return result.status == CredentialStore::Status::Ok
        || result.status == CredentialStore::Status::NotFound;
}

} // namespace

QString ProfileStore::secretKeyEntry(const QString &profile)
{
    return u"v1/profiles/%1/secret-access-key"_s.arg(profile);
}

QString ProfileStore::sessionTokenEntry(const QString &profile)
{
    return u"v1/profiles/%1/session-token"_s.arg(profile);
}

QString ProfileStore::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    if (name.contains(u'/') || name.contains(u'\\'))
        return tr("A profile name cannot contain / or \\.");
    return {};
}

ProfileStore::ProfileStore(CredentialStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all = m_sessionProfiles.values();
    QSettings settings;
    settings.beginGroup(profilesGroup);
    const QStringList names = settings.childGroups();
    for (const QString &name : names) {
        if (m_sessionProfiles.contains(name))
            continue;
        settings.beginGroup(name);
        all.append({ name, settings.value(u"accessKeyId"_s).toString(),
                     settings.value(u"region"_s).toString(),
                     settings.value(u"endpointUrl"_s).toString(),
                     settings.value(u"hasSessionToken"_s).toBool() });
        settings.endGroup();
    }
    std::sort(all.begin(), all.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return all;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const QList<Profile> all = profiles();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&](const Profile &profile) { return profile.name == name; });
    if (found == all.cend())
        return std::nullopt;
    return *found;
}

void ProfileStore::save(const Profile &profile, const QString &secretAccessKey,
                        const QString &sessionToken, QObject *context, Done done)
{
    if (const QString problem = nameProblem(profile.name); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, problem] { done({ CredentialStore::Status::Failed, {}, problem }); },
            Qt::QueuedConnection);
        return;
    }
    if (secretAccessKey.isEmpty()) {
        storeToken(profile, sessionToken, context, std::move(done));
        return;
    }
    m_secrets->write(secretKeyEntry(profile.name), secretAccessKey, context,
                     [this, profile, sessionToken, context, done](const CredentialStore::Result &result) {
                         if (result.status != CredentialStore::Status::Ok)
                             done(result);
                         else
                             storeToken(profile, sessionToken, context, done);
                     });
}

void ProfileStore::storeToken(const Profile &profile, const QString &sessionToken,
                              QObject *context, Done done)
{
    Profile stored = profile;
    stored.hasSessionToken = !sessionToken.isEmpty();
    const auto finish = [this, stored, done](const CredentialStore::Result &result) {
        if (!acceptable(result)) {
            done(result);
            return;
        }
        commit(stored);
        done({ CredentialStore::Status::Ok, {}, {} });
    };
    // Each secret is its own entry: a profile without a token has none in the keychain.
    if (sessionToken.isEmpty())
        m_secrets->remove(sessionTokenEntry(profile.name), context, finish);
    else
        m_secrets->write(sessionTokenEntry(profile.name), sessionToken, context, finish);
}

void ProfileStore::commit(const Profile &profile)
{
    if (m_sessionOnly) {
        m_sessionProfiles.insert(profile.name, profile);
    } else {
        QSettings settings;
        settings.beginGroup(profilesGroup);
        settings.beginGroup(profile.name);
        settings.setValue(u"accessKeyId"_s, profile.accessKeyId);
        settings.setValue(u"region"_s, profile.region);
        settings.setValue(u"endpointUrl"_s, profile.endpointUrl);
        settings.setValue(u"hasSessionToken"_s, profile.hasSessionToken);
    }
    emit profilesChanged();
}

void ProfileStore::load(const QString &name, QObject *context, Loaded done)
{
    const std::optional<Profile> found = profile(name);
    if (!found) {
        QMetaObject::invokeMethod(context, [done, name] {
            done({ CredentialStore::Status::NotFound, {}, tr("There is no profile %1.").arg(name) }, {});
        }, Qt::QueuedConnection);
        return;
    }
    const Profile stored = *found;
    m_secrets->read(secretKeyEntry(name), context, [this, stored, context, done](const CredentialStore::Result &secret) {
        if (secret.status != CredentialStore::Status::Ok) {
            done(secret, {});
            return;
        }
        AwsCredentials credentials { stored.accessKeyId, secret.secret, {} };
        if (!stored.hasSessionToken) {
            done(secret, credentials);
            return;
        }
        m_secrets->read(sessionTokenEntry(stored.name), context,
                        [done, credentials](const CredentialStore::Result &token) mutable {
                            credentials.sessionToken = token.secret;
                            done(token, token.status == CredentialStore::Status::Ok ? credentials
                                                                                   : AwsCredentials());
                        });
    });
}

void ProfileStore::remove(const QString &name, QObject *context, Done done)
{
    // The keychain entries go first: a profile is only forgotten once its secrets are gone.
    m_secrets->remove(secretKeyEntry(name), context, [this, name, context, done](const CredentialStore::Result &secret) {
        if (!acceptable(secret)) {
            done(secret);
            return;
        }
        m_secrets->remove(sessionTokenEntry(name), context, [this, name, done](const CredentialStore::Result &token) {
            if (!acceptable(token)) {
                done(token);
                return;
            }
            m_sessionProfiles.remove(name);
            QSettings settings;
            settings.beginGroup(profilesGroup);
            settings.remove(name);
            emit profilesChanged();
            done({ CredentialStore::Status::Ok, {}, {} });
        });
    });
}

void ProfileStore::useSessionOnly(CredentialStore *memory)
{
    m_secrets = memory;
    m_sessionOnly = true;
}
