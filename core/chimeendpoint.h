#pragma once

#include "core/outcome.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where Chime requests go and which region signs them, resolved as the AWS SDKs do from the
// service's endpoint rules: every region of the `aws` partition (and `aws-global`) reaches the
// global endpoint https://chime.us-east-1.amazonaws.com signed for us-east-1; the China and
// GovCloud partitions use their regional hosts. An override (tests, private endpoints) is used
// as given, but plain http only to a loopback host, so credentials never cross a network in clear.
class ChimeEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ChimeEndpoint)

public:
    static constexpr QLatin1StringView signingService { "chime" };
    static constexpr QLatin1StringView defaultRegion { "us-east-1" };

    static Outcome<ChimeEndpoint> resolve(const QString &region, const QString &endpointOverride);

    const QUrl &baseUrl() const { return m_baseUrl; }
    const QString &signingRegion() const { return m_signingRegion; }

    // The Host header as the network stack sends it (with the port when it is not the default).
    QByteArray hostHeader() const;
    // Base path + operation path, already encoded; then the query.
    QUrl urlFor(const QByteArray &encodedPath, const QByteArray &encodedQuery) const;
    QByteArray fullPath(const QByteArray &encodedPath) const;

private:
    ChimeEndpoint(QUrl baseUrl, QString signingRegion);

    QUrl m_baseUrl;
    QString m_signingRegion;
};
