#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

namespace schouw {

// Growing delays after wrong passphrases: none for the first three tries, then 2, 4, 8 ... seconds,
// at most five minutes. Kept in memory only: a wrong passphrase must not write to any file.
// Argon2id already makes each guess cost half a second; this slows a person at the keyboard.
class UnlockThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    explicit UnlockThrottle(Clock clock = {});

    void recordFailure();
    void recordSuccess();
    [[nodiscard]] int failures() const { return m_failures; }
    // How long until the next attempt is allowed (zero: now).
    [[nodiscard]] std::chrono::milliseconds remaining() const;
    [[nodiscard]] static std::chrono::milliseconds delayAfter(int failures);

private:
    Clock m_clock;
    int m_failures = 0;
    qint64 m_nextAllowedMs = 0;
};

} // namespace schouw
