#include "core/connectionmanager.h"

#include "core/awsconfigfiles.h"
#include "core/chimeclient.h"
#include "core/credentialcheck.h"
#include "core/profilestore.h"
#include "core/staticcredentialsprovider.h"

#include <QSettings>

#include <utility>

namespace {

using namespace Qt::StringLiterals;

const QString lastProfileKey = u"session/lastProfile"_s;

} // namespace

QString ConnectionManager::Source::originDescription() const
{
    switch (origin) {
    case Origin::Keychain:
        return ConnectionManager::tr("system keychain");
    case Origin::SessionOnly:
        return ConnectionManager::tr("this session only");
    case Origin::AwsFiles:
        return ConnectionManager::tr("AWS CLI files");
    case Origin::Environment:
        return ConnectionManager::tr("environment variables");
    case Origin::Demo:
        return ConnectionManager::tr("demo");
    }
    return {};
}

QString ConnectionManager::Source::label() const
{
    switch (origin) {
    case Origin::Environment:
        return ConnectionManager::tr("Environment variables");
    case Origin::Demo:
        return ConnectionManager::tr("Demo (local emulator)");
    default:
        return ConnectionManager::tr("%1 (%2)").arg(profileName, originDescription());
    }
}

ConnectionManager::ConnectionManager(ChimeClient *client, ProfileStore *profiles,
                                     QProcessEnvironment environment, ChimeClientConfig baseConfig,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_environment(std::move(environment))
    , m_baseConfig(std::move(baseConfig))
{
    m_keychainPatience.setSingleShot(true);
    m_keychainPatience.setInterval(keychainPatienceMs);
    connect(&m_keychainPatience, &QTimer::timeout, this, [this] { emit waitingForKeychain(true); });
    connect(profiles, &ProfileStore::profilesChanged, this, &ConnectionManager::sourcesChanged);
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::enableDemo(const AwsCredentials &credentials, const QString &endpoint)
{
    m_demoCredentials = credentials;
    m_demoEndpoint = endpoint;
    emit sourcesChanged();
}

void ConnectionManager::setOverrides(const QString &region, const QString &endpointUrl)
{
    m_regionOverride = region;
    m_endpointOverride = endpointUrl;
}

QList<ConnectionManager::Source> ConnectionManager::sources(QStringList *awsFilesWarnings) const
{
    QList<Source> all;
    if (m_demoCredentials)
        all.append({ Origin::Demo, {}, {} });
    const Origin own = m_profiles->isSessionOnly() ? Origin::SessionOnly : Origin::Keychain;
    for (const Profile &profile : m_profiles->profiles())
        all.append({ own, profile.name, {} });
    const auto files = AwsConfigFiles::read(AwsConfigFiles::locations(m_environment), awsFilesWarnings);
    for (const AwsConfigFiles::Profile &profile : files)
        all.append({ Origin::AwsFiles, profile.name, profile.unusableReason });
    if (const auto environment = AwsConfigFiles::fromEnvironment(m_environment))
        all.append({ Origin::Environment, {}, environment->unusableReason });
    return all;
}

std::optional<AwsConfigFiles::Profile> ConnectionManager::readForImport(const Source &source) const
{
    if (source.origin == Origin::Environment)
        return AwsConfigFiles::fromEnvironment(m_environment);
    if (source.origin != Origin::AwsFiles)
        return std::nullopt;
    for (AwsConfigFiles::Profile &profile :
         AwsConfigFiles::read(AwsConfigFiles::locations(m_environment), nullptr)) {
        if (profile.name == source.profileName)
            return std::move(profile);
    }
    return std::nullopt;
}

std::optional<ConnectionManager::Source> ConnectionManager::profileNamed(const QString &name) const
{
    std::optional<Source> fromFiles;
    for (const Source &source : sources()) {
        if (source.profileName != name)
            continue;
        if (source.origin == Origin::Keychain || source.origin == Origin::SessionOnly)
            return source;
        if (source.origin == Origin::AwsFiles)
            fromFiles = source;
    }
    return fromFiles;
}

std::optional<ConnectionManager::Source> ConnectionManager::initialSource(
    const QString &requestedProfile, QString *error) const
{
    const auto named = [&](const QString &name, const QString &where) -> std::optional<Source> {
        std::optional<Source> source = profileNamed(name);
        if (!source) {
            *error = tr("There is no profile named \"%1\" (asked for by %2): neither among this "
                        "program's profiles nor in the AWS CLI files.")
                         .arg(name, where);
        }
        return source;
    };
    if (!requestedProfile.isEmpty())
        return named(requestedProfile, u"--profile"_s);
    if (const QString selected = AwsConfigFiles::selectedProfileName(m_environment); !selected.isEmpty())
        return named(selected, u"AWS_PROFILE"_s);
    if (AwsConfigFiles::fromEnvironment(m_environment))
        return Source { Origin::Environment, {}, {} };
    const QString last = QSettings().value(lastProfileKey).toString();
    if (!last.isEmpty()) {
        if (std::optional<Source> source = profileNamed(last); source && source->unusableReason.isEmpty())
            return source;
    }
    if (std::optional<Source> fallback = profileNamed(u"default"_s); fallback && fallback->unusableReason.isEmpty())
        return fallback;
    return std::nullopt;
}

void ConnectionManager::activate(const Source &source)
{
    const quint64 activation = ++m_activation;
    m_keychainPatience.stop();
    m_activating = source;
    if (!source.unusableReason.isEmpty()) {
        fail(tr("%1 cannot be used: %2").arg(source.label(), source.unusableReason));
        return;
    }
    switch (source.origin) {
    case Origin::Demo:
        apply(source, *m_demoCredentials, u"us-east-1"_s, m_demoEndpoint);
        return;
    case Origin::Environment: {
        const auto environment = AwsConfigFiles::fromEnvironment(m_environment);
        if (!environment) {
            fail(tr("The AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables are not set."));
            return;
        }
        apply(source, environment->credentials, environment->region, environment->endpointUrl);
        return;
    }
    case Origin::AwsFiles: {
        const auto files = AwsConfigFiles::read(AwsConfigFiles::locations(m_environment), nullptr);
        for (const AwsConfigFiles::Profile &profile : files) {
            if (profile.name != source.profileName)
                continue;
            // The files may have changed since the profile was listed.
            if (!profile.unusableReason.isEmpty())
                fail(tr("%1 cannot be used: %2").arg(source.label(), profile.unusableReason));
            else
                apply(source, profile.credentials, profile.region, profile.endpointUrl);
            return;
        }
        fail(tr("The profile %1 is no longer in the AWS CLI files.").arg(source.profileName));
        return;
    }
    case Origin::Keychain:
    case Origin::SessionOnly:
        break;
    }
    const std::optional<Profile> profile = m_profiles->profile(source.profileName);
    if (!profile) {
        fail(tr("There is no profile %1.").arg(source.profileName));
        return;
    }
    // A keychain that has to be unlocked first can take long: say so if it does.
    m_keychainPatience.start();
    m_profiles->load(source.profileName, this,
                     [this, activation, source, stored = *profile](const CredentialStore::Result &result,
                                                                   const AwsCredentials &credentials) {
                         if (activation != m_activation)
                             return; // cancelled, or another source was chosen meanwhile
                         m_keychainPatience.stop();
                         emit waitingForKeychain(false);
                         if (result.status != CredentialStore::Status::Ok) {
                             fail(tr("The secret of profile %1 could not be read from the %2: %3")
                                      .arg(source.profileName, m_profiles->secrets()->description(),
                                           result.message),
                                  result.status);
                             return;
                         }
                         apply(source, credentials, stored.region, stored.endpointUrl);
                     });
}

void ConnectionManager::cancelActivation()
{
    ++m_activation;
    m_keychainPatience.stop();
    m_activating.reset();
    emit waitingForKeychain(false);
}

void ConnectionManager::apply(const Source &source, const AwsCredentials &credentials,
                              const QString &region, const QString &endpointUrl)
{
    ChimeClientConfig config = m_baseConfig;
    config.region = m_regionOverride.isEmpty() ? region : m_regionOverride;
    if (const std::optional<QString> problem = CredentialCheck::problem(credentials, config.region)) {
        fail(tr("%1 cannot be used. %2").arg(source.label(), *problem));
        return;
    }
    config.endpointOverride = m_endpointOverride.isEmpty() ? endpointUrl : m_endpointOverride;
    if (source.origin == Origin::Demo) {
        config.region = region;
        config.endpointOverride = endpointUrl;
    }
    m_providers.push_back(std::make_unique<StaticCredentialsProvider>(credentials, source.label()));
    m_client->setConnection(m_providers.back().get(), config);
    m_active = source;
    m_activating.reset();
    if (source.origin == Origin::Keychain || source.origin == Origin::AwsFiles)
        QSettings().setValue(lastProfileKey, source.profileName);
    emit activated();
}

void ConnectionManager::fail(const QString &message, CredentialStore::Status status)
{
    m_activating.reset();
    emit activationFailed(message, status);
}

QString ConnectionManager::activeDescription() const
{
    if (!m_active)
        return tr("No credentials");
    const QString endpoint = m_client->endpointDescription();
    const QString source = m_active->profileName.isEmpty()
        ? m_active->originDescription()
        : tr("profile %1, %2").arg(m_active->profileName, m_active->originDescription());
    return endpoint.isEmpty() ? tr("Credentials: %1").arg(source)
                              : tr("Credentials: %1 — %2").arg(source, endpoint);
}
