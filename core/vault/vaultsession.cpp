#include "vaultsession.h"

#include "auditlog.h"

#include <QLoggingCategory>

namespace schouw {

VaultSession::VaultSession(QString directory, VaultOptions options, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_options(std::move(options))
{
}

VaultSession::~VaultSession()
{
    lock();
}

bool VaultSession::exists() const
{
    return Vault::exists(m_directory);
}

Status VaultSession::create(const SecureBytes &passphrase)
{
    auto vault = Vault::create(m_directory, passphrase, m_options);
    if (!vault)
        return std::unexpected(vault.error());
    m_vault = std::move(*vault);
    (void)AuditLog(*m_vault).append(QStringLiteral("vault.created"));
    Q_EMIT unlocked();
    return {};
}

Status VaultSession::unlock(const SecureBytes &passphrase)
{
    if (isUnlocked())
        return {};
    if (const auto wait = m_throttle.remaining(); wait.count() > 0)
        return fail(ErrorCode::PassphraseIncorrect,
                    tr("Too many attempts. Try again in %n second(s).", nullptr,
                       static_cast<int>((wait.count() + 999) / 1000)),
                    QStringLiteral("throttled"));
    auto vault = Vault::open(m_directory, passphrase, m_options);
    if (!vault) {
        if (vault.error().code == ErrorCode::PassphraseIncorrect)
            m_throttle.recordFailure();
        return std::unexpected(vault.error());
    }
    m_throttle.recordSuccess();
    m_vault = std::move(*vault);
    (void)AuditLog(*m_vault).append(QStringLiteral("vault.unlocked"));
    Q_EMIT unlocked();
    return {};
}

void VaultSession::lock()
{
    if (!m_vault)
        return;
    Q_EMIT aboutToLock();
    m_vault.reset(); // closes the database and wipes the key
    Q_EMIT locked();
}

} // namespace schouw
