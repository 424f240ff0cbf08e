#pragma once

#include <QList>
#include <QRandomGenerator>

// Decides, request by request and deterministically from a seed, which requests fail with an
// injected error status and which connections are dropped mid-response.
class FaultInjector
{
public:
    enum class Fault { None, ErrorStatus, DropConnection };

    struct Decision
    {
        Fault fault = Fault::None;
        int status = 0;
    };

    FaultInjector(quint32 seed, double failRate, QList<int> failCodes, double dropRate);

    Decision next();
    bool isActive() const { return m_failRate > 0.0 || m_dropRate > 0.0; }

private:
    QRandomGenerator m_random;
    double m_failRate;
    QList<int> m_failCodes;
    double m_dropRate;
};
