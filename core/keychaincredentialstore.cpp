#include "core/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <utility>

namespace {

CredentialStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::Status::Failed;
}

// QtKeychain reports a missing session bus or Secret Service as a generic error; asked only
// after a failure, D-Bus says whether a keychain could have answered at all.
bool secretServiceReachable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    return bus.interface()->isServiceRegistered(service).value()
        || bus.interface()->activatableServiceNames().value().contains(service);
}

// Starts a configured job and hands its outcome to `done` in the context's thread.
void run(QKeychain::Job *job, const QString &key, QObject *context, CredentialStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         CredentialStore::Result result;
                         result.status = statusOf(finished->error());
                         if (result.status == CredentialStore::Status::Ok) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 result.secret = read->textData();
                         } else {
                             result.message = finished->errorString();
                             if (result.status == CredentialStore::Status::Failed
                                 && !secretServiceReachable())
                                 result.status = CredentialStore::Status::Unavailable;
                         }
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, key, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done));
}

QString KeychainCredentialStore::description() const
{
    return tr("system keychain");
}
