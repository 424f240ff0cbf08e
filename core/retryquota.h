#pragma once

// The SDKs' retry token bucket, shared by every call of one client: each retry takes tokens,
// each success gives one back, so a service that keeps failing is not hammered with retries.
class RetryQuota
{
public:
    static constexpr int capacity = 500;
    static constexpr int retryCost = 5;
    static constexpr int transientRetryCost = 10;

    bool tryAcquire(int cost);
    void refund(int tokens);
    int available() const { return m_tokens; }

private:
    int m_tokens = capacity;
};
