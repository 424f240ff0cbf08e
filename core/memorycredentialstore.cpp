#include "core/memorycredentialstore.h"

#include <utility>

void MemoryCredentialStore::answer(QObject *context, Callback done, Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend())
        answer(context, std::move(done), { Status::NotFound, {}, tr("No secret is stored.") });
    else
        answer(context, std::move(done), { Status::Ok, *found, {} });
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                  Callback done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), { Status::Ok, {}, {} });
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool existed = m_secrets.remove(key) > 0;
    answer(context, std::move(done),
           { existed ? Status::Ok : Status::NotFound, {}, existed ? QString() : tr("No secret is stored.") });
}

QString MemoryCredentialStore::description() const
{
    return tr("memory, this session only");
}
