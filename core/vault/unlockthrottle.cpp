#include "unlockthrottle.h"

#include <algorithm>

namespace schouw {

UnlockThrottle::UnlockThrottle(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

std::chrono::milliseconds UnlockThrottle::delayAfter(int failures)
{
    constexpr int FreeAttempts = 3;
    constexpr std::chrono::milliseconds Longest = std::chrono::minutes(5);
    if (failures < FreeAttempts)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(failures - FreeAttempts, 16);
    return std::min<std::chrono::milliseconds>(std::chrono::seconds(2) * (1LL << doublings),
                                               Longest);
}

void UnlockThrottle::recordFailure()
{
    ++m_failures;
    m_nextAllowedMs = m_clock() + delayAfter(m_failures).count();
}

void UnlockThrottle::recordSuccess()
{
    m_failures = 0;
    m_nextAllowedMs = 0;
}

std::chrono::milliseconds UnlockThrottle::remaining() const
{
    return std::chrono::milliseconds(std::max<qint64>(0, m_nextAllowedMs - m_clock()));
}

} // namespace schouw
