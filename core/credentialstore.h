#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where secrets (secret access keys, session tokens) are kept. Asynchronous, because a system
// keychain may wait for the person to unlock it; the callback runs once on the context's
// thread, and not at all if the context is gone.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // no secret under this key yet
        Unavailable, // no keychain reachable (no Secret Service, no D-Bus session)
        Denied, // the person or the system refused access (locked, declined)
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; // only for a successful read
        QString message; // why, when not Ok; never contains the secret
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // Where the secrets go, for a person ("system keychain", "memory, this session only").
    virtual QString description() const = 0;
};
