#pragma once

#include "core/requestpacer.h"
#include "core/retrypolicy.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>

// How a ChimeClient reaches the service. The clock is injectable so tests can sign with a
// skewed time.
struct ChimeClientConfig
{
    QString region;
    QString endpointOverride;
    std::chrono::milliseconds timeout { 30000 }; // per attempt
    RetryPolicy retry;
    RequestPacer::Config pacing;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};
