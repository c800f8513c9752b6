#include "loginthrottle.h"

#include <algorithm>

namespace schouw::server {

namespace {

// Bounds the memory a flood of made-up names or addresses can take.
constexpr qsizetype MaxTracked = 50'000;

QString userKey(const QString &user)
{
    return user.trimmed().toCaseFolded();
}

int secondsUntil(const QDateTime &now, const QDateTime &then)
{
    const qint64 ms = now.msecsTo(then);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

} // namespace

LoginThrottle::LoginThrottle(std::function<QDateTime()> clock)
    : m_clock(std::move(clock))
{
}

int LoginThrottle::retryAfter(const QString &user, const QString &address)
{
    std::lock_guard lock(m_mutex);
    const QDateTime now = m_clock();
    int wait = 0;
    if (auto it = m_users.constFind(userKey(user));
        it != m_users.cend() && it->lockedUntil.isValid())
        wait = secondsUntil(now, it->lockedUntil);
    if (auto it = m_addresses.find(address); it != m_addresses.end()) {
        QList<QDateTime> &failures = *it;
        const QDateTime windowStart = now.addSecs(-AddressWindowSeconds);
        failures.erase(std::remove_if(failures.begin(), failures.end(),
                                      [&](const QDateTime &at) { return at <= windowStart; }),
                       failures.end());
        if (failures.size() >= MaxFailuresPerAddress)
            wait = std::max(wait,
                            secondsUntil(now,
                                         failures.at(failures.size() - MaxFailuresPerAddress)
                                             .addSecs(AddressWindowSeconds)));
    }
    return wait;
}

void LoginThrottle::recordFailure(const QString &user, const QString &address)
{
    std::lock_guard lock(m_mutex);
    const QDateTime now = m_clock();
    if (m_users.size() > MaxTracked || m_addresses.size() > MaxTracked)
        forgetOld(now);
    UserState &state = m_users[userKey(user)];
    // Failures long past do not count against a user for ever.
    if (state.lastFailure.isValid() && state.lastFailure.secsTo(now) > MaxUserLockSeconds * 2)
        state = {};
    ++state.failures;
    state.lastFailure = now;
    if (state.failures >= FreeFailuresPerUser) {
        const int doublings = std::min(state.failures - FreeFailuresPerUser, 20);
        const qint64 seconds = std::min<qint64>(qint64(1) << doublings, MaxUserLockSeconds);
        state.lockedUntil = now.addSecs(seconds);
    }
    m_addresses[address].append(now);
}

void LoginThrottle::recordSuccess(const QString &user)
{
    std::lock_guard lock(m_mutex);
    m_users.remove(userKey(user));
}

void LoginThrottle::forgetOld(const QDateTime &now)
{
    const QDateTime horizon = now.addSecs(-std::max(MaxUserLockSeconds, AddressWindowSeconds));
    m_users.removeIf([&](const auto &it) { return it.value().lastFailure <= horizon; });
    m_addresses.removeIf(
        [&](const auto &it) { return it.value().isEmpty() || it.value().last() <= horizon; });
}

} // namespace schouw::server
