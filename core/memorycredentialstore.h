#pragma once

#include "core/credentialstore.h"

#include <QHash>

// Secrets kept in this process's memory only: for running without a keychain ("this session
// only") and for tests. Answers asynchronously, like a real keychain.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_secrets;
};
