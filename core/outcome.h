#pragma once

#include "core/chimeerror.h"

#include <utility>
#include <variant>

// Either the value an operation produced or the error that stopped it.
template<typename T>
class Outcome
{
public:
    Outcome(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::move(value))
    {
    }
    Outcome(ChimeError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error))
    {
    }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ChimeError &error() const { return std::get<ChimeError>(m_state); }

    // The service's x-amzn-RequestId for the answer, success or error.
    QString requestId() const { return isOk() ? m_requestId : error().requestId(); }
    void setRequestId(const QString &requestId) { m_requestId = requestId; }

private:
    std::variant<T, ChimeError> m_state;
    QString m_requestId;
};
