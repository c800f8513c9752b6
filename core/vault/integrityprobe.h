#pragma once

#include "domain/error.h"
#include "securebytes.h"

#include <QString>

#include <atomic>
#include <mutex>

struct sqlite3;

namespace schouw {

// PRAGMA quick_check on a read-only connection of its own, for running on a worker thread while
// the user already works. On a large vault the check reads every page (about 2 s for 900 MB on
// the reference machine), which would break the budget from unlock to a usable window if it ran
// before the window appeared. Holds its own copy of the data key in guarded memory, wiped when
// run() returns; cancel() (any thread) makes a running check stop at once, so locking never waits
// for it and no key copy outlives the lock.
class IntegrityProbe
{
public:
    IntegrityProbe(QString databasePath, SecureBytes dataKey, bool encrypted);
    IntegrityProbe(const IntegrityProbe &) = delete;
    IntegrityProbe &operator=(const IntegrityProbe &) = delete;

    // VaultDamaged if the check finds anything; Ok when sound or cancelled (see wasCancelled()).
    [[nodiscard]] Status run();
    void cancel();
    [[nodiscard]] bool wasCancelled() const { return m_cancelled.load(); }

private:
    QString m_path;
    SecureBytes m_dataKey;
    bool m_encrypted;
    std::mutex m_mutex; // guards m_running against cancel() while run() opens and closes it
    sqlite3 *m_running = nullptr;
    std::atomic<bool> m_cancelled {false};
};

} // namespace schouw
