#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/emulatorstore.h"
#include "emulator/faultinjector.h"
#include "emulator/ratelimiter.h"
#include "emulator/signatureverifier.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

// A local HTTP service that answers the Chime account and user API on the wire as the real one
// does (paths, query names, JSON bodies, status codes, x-amzn-RequestId, x-amzn-ErrorType),
// refuses requests whose SigV4 signature does not verify, and can inject faults.
class ChimeEmulator final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ChimeEmulator(EmulatorConfig config, QObject *parent = nullptr);
    ~ChimeEmulator() override;

    // Loads the state file or generates data, then listens. False with a reason on failure.
    bool start(QString *error);

    QUrl endpoint() const;
    quint16 port() const { return m_port; }
    EmulatorStore &store() { return m_store; }
    quint64 requestCount() const { return m_requestCount; }
    // How many requests of one operation ("BatchUpdateUser", …) passed the signature check.
    int operationCount(const QString &operation) const { return m_operationCounts.value(operation); }

    bool saveState(QString *error) const;
    // Changes the injected faults of the running emulator (tests switch an outage on and off).
    void setFaults(double failRate, const QList<int> &failCodes, double dropRate);
    void setLatency(int milliseconds) { m_config.latencyMs = milliseconds; }

signals:
    void stateChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    EmulatorReply dispatch(const QByteArray &method, const QByteArray &path,
                           const EmulatorStore::Query &query, const QByteArray &body);
    EmulatorReply answer(const QString &operation, const QStringList &segments,
                         const EmulatorStore::Query &query, const QByteArray &body);
    void respond(QTcpSocket *socket, const EmulatorReply &answered, FaultInjector::Fault fault);

    EmulatorConfig m_config;
    EmulatorStore m_store;
    SignatureVerifier m_verifier;
    FaultInjector m_faults;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_uptime;
    QTimer m_saveTimer;
    quint16 m_port = 0;
    quint64 m_requestCount = 0;
    quint64 m_errorsAnswered = 0; // each error's form follows from its number
    QHash<QString, int> m_operationCounts;
};
