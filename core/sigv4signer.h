#pragma once

#include "core/awscredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// AWS Signature Version 4 (AWS4-HMAC-SHA256, Authorization header) for services other than S3:
// the path is normalized (dot segments and duplicate slashes removed) and percent-encoded once
// more as it stands, the query is decoded and re-encoded, every given header is signed.
//
// A pure function of its inputs; the time is passed in so tests and retries control it. The
// derived signing key is cached per (secret, date) for this signer's region and service, so one
// instance belongs to one thread.
class SigV4Signer
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray path; // as sent on the wire (already percent-encoded where needed)
        QByteArray query; // as sent on the wire, without the '?'
        HeaderList headers; // every header to be signed, Host included
        QByteArray payloadSha256Hex;
    };

    enum class SessionToken {
        Signed, // the SDKs' default: X-Amz-Security-Token is part of the signature
        AddedAfterSigning,
    };

    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signatureHex;
        QByteArray authorization;
        HeaderList headersToAdd; // X-Amz-Date, X-Amz-Security-Token, Authorization
    };

    SigV4Signer(QString region, QString service);

    Signature sign(const Request &request, const AwsCredentials &credentials,
                   const QDateTime &signingTime,
                   SessionToken tokenMode = SessionToken::Signed) const;

    const QString &region() const { return m_region; }
    const QString &service() const { return m_service; }

    static QByteArray sha256Hex(QByteArrayView data);
    static QByteArray amzDate(const QDateTime &time);
    static QByteArray canonicalPath(QByteArrayView path);
    static QByteArray canonicalQuery(QByteArrayView query);
    static QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);

private:
    QByteArray signingKey(const QString &secret, const QByteArray &date) const;

    QString m_region;
    QString m_service;
    mutable QHash<QByteArray, QByteArray> m_signingKeys;
    mutable QByteArray m_lastSecretCacheKey; // SHA-256 of the last secret signed with
    mutable size_t m_lastSecretQuickHash = 0;
};
