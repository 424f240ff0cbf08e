#include "core/retryquota.h"

#include <algorithm>

bool RetryQuota::tryAcquire(int cost)
{
    if (m_tokens < cost)
        return false;
    m_tokens -= cost;
    return true;
}

void RetryQuota::refund(int tokens)
{
    m_tokens = std::min(capacity, m_tokens + tokens);
}
