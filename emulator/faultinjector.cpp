#include "emulator/faultinjector.h"

#include <utility>

FaultInjector::FaultInjector(quint32 seed, double failRate, QList<int> failCodes, double dropRate)
    : m_random(seed ^ 0x5eed'fa17U)
    , m_failRate(failRate)
    , m_failCodes(std::move(failCodes))
    , m_dropRate(dropRate)
{
}

FaultInjector::Decision FaultInjector::next()
{
    // Both draws happen for every request so one rate never shifts the other's sequence.
    const double failRoll = m_random.generateDouble();
    const double dropRoll = m_random.generateDouble();
    const quint32 codeRoll = m_random.generate();
    if (failRoll < m_failRate && !m_failCodes.isEmpty()) {
        return { Fault::ErrorStatus,
                 m_failCodes.at(static_cast<qsizetype>(codeRoll % m_failCodes.size())) };
    }
    if (dropRoll < m_dropRate)
        return { Fault::DropConnection, 0 };
    return {};
}
