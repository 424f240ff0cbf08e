#pragma once

#include "core/credentialstore.h"

// Secrets in the operating system's keychain through QtKeychain (the Secret Service on Linux:
// GNOME Keyring, KWallet). Never falls back to storing a secret in a plain file.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;

private:
    QString m_service;
};
