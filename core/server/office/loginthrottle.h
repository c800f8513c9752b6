#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <mutex>

namespace schouw::server {

// Failed-login limits, kept in memory (a restart forgets them, which costs an attacker nothing
// worth having: each guess still costs an Argon2id run). Per user name: after 5 failures each
// further failure locks the name for 1 s, doubling up to 15 min; a success clears it. Per remote
// address: at most 20 failures in any 15 minutes. Thread-safe.
class LoginThrottle
{
public:
    static constexpr int FreeFailuresPerUser = 5;
    static constexpr qint64 MaxUserLockSeconds = 15 * 60;
    static constexpr int MaxFailuresPerAddress = 20;
    static constexpr qint64 AddressWindowSeconds = 15 * 60;

    explicit LoginThrottle(std::function<QDateTime()> clock);

    // Seconds until an attempt for this user from this address may be made; 0 when it may now.
    [[nodiscard]] int retryAfter(const QString &user, const QString &address);
    void recordFailure(const QString &user, const QString &address);
    void recordSuccess(const QString &user);

private:
    struct UserState
    {
        int failures = 0;
        QDateTime lockedUntil;
        QDateTime lastFailure;
    };

    void forgetOld(const QDateTime &now);

    std::function<QDateTime()> m_clock;
    std::mutex m_mutex;
    QHash<QString, UserState> m_users;
    QHash<QString, QList<QDateTime>> m_addresses;
};

} // namespace schouw::server
