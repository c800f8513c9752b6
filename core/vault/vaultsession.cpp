#include "vaultsession.h"

#include "auditlog.h"
#include "integrityprobe.h"

#include <QLoggingCategory>
#include <QThread>

namespace schouw {

VaultSession::VaultSession(QString directory, VaultOptions options, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_options(std::move(options))
{
}

VaultSession::~VaultSession()
{
    stopIntegrityProbe();
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
    startIntegrityProbe();
    Q_EMIT unlocked();
    return {};
}

void VaultSession::startIntegrityProbe()
{
    std::unique_ptr<IntegrityProbe> probe = m_vault->takeIntegrityProbe();
    if (!probe)
        return;
    m_probe = std::move(probe);
    auto result = std::make_shared<Status>();
    QThread *thread = QThread::create([probe = m_probe, result] { *result = probe->run(); });
    thread->setParent(this);
    m_probeThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        if (m_probeThread != thread)
            return; // cancelled by a lock; its verdict no longer matters
        m_probeThread = nullptr;
        m_probe.reset();
        if (!*result) {
            // From now on open() checks before it opens, so the damage is refused, not re-found.
            m_options.deferQuickCheck = false;
            Q_EMIT integrityFailed(result->error());
            lock();
        } else {
            Q_EMIT integrityVerified();
        }
    });
    thread->start(QThread::LowPriority);
}

void VaultSession::stopIntegrityProbe()
{
    if (!m_probeThread)
        return;
    m_probe->cancel();
    m_probeThread->wait();
    m_probeThread = nullptr;
    m_probe.reset(); // its copy of the key is gone once run() has returned
}

void VaultSession::lock()
{
    if (!m_vault)
        return;
    Q_EMIT aboutToLock();
    stopIntegrityProbe();
    m_vault.reset(); // closes the database and wipes the key
    Q_EMIT locked();
}

} // namespace schouw
