#include "integrityprobe.h"

#include "sqlite.h"
#include "vault.h"

#include <sqlite3.h>

namespace schouw {

IntegrityProbe::IntegrityProbe(QString databasePath, SecureBytes dataKey, bool encrypted)
    : m_path(std::move(databasePath))
    , m_dataKey(std::move(dataKey))
    , m_encrypted(encrypted)
{
}

Status IntegrityProbe::run()
{
    Status result;
    {
        auto db = m_encrypted ? Database::open(m_path, Database::OpenMode::ReadOnly, m_dataKey)
                              : Database::openPlain(m_path, Database::OpenMode::ReadOnly);
        m_dataKey.wipe(); // SQLCipher holds its own derived copy while the connection lives
        if (!db)
            return std::unexpected(db.error());
        if (m_encrypted) {
            if (auto done = db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096")); !done)
                return done;
        }
        {
            const std::lock_guard guard(m_mutex);
            if (m_cancelled)
                return {};
            m_running = db->handle();
        }
        auto check = db->scalar(QStringLiteral("PRAGMA quick_check"));
        {
            const std::lock_guard guard(m_mutex);
            m_running = nullptr;
        }
        if (m_cancelled)
            return {};
        if (!check)
            result = std::unexpected(Vault::damagedError(check.error().detail));
        else if (check->toString() != QStringLiteral("ok"))
            result = std::unexpected(Vault::damagedError(QStringLiteral("quick_check failed")));
    }
    return result;
}

void IntegrityProbe::cancel()
{
    const std::lock_guard guard(m_mutex);
    m_cancelled = true;
    if (m_running)
        sqlite3_interrupt(m_running);
}

} // namespace schouw
