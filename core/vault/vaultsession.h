#pragma once

#include "domain/error.h"
#include "unlockthrottle.h"
#include "vault.h"

#include <QObject>

#include <memory>

class QThread;

namespace schouw {

class IntegrityProbe;

// The unlocked vault of the running client, as a QObject so windows can follow its life. Locking
// first asks every editor to save (aboutToLock, connected directly), then closes the vault and
// wipes its key (locked). Lives in the GUI thread.
class VaultSession : public QObject
{
    Q_OBJECT

public:
    explicit VaultSession(QString directory, VaultOptions options = {}, QObject *parent = nullptr);
    ~VaultSession() override;

    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] bool exists() const;
    [[nodiscard]] bool isUnlocked() const { return m_vault && m_vault->isOpen(); }
    // Precondition: isUnlocked().
    [[nodiscard]] Vault &vault() { return *m_vault; }

    [[nodiscard]] Status create(const SecureBytes &passphrase);
    // Refused with a typed error while the throttle says wait.
    [[nodiscard]] Status unlock(const SecureBytes &passphrase);
    [[nodiscard]] UnlockThrottle &throttle() { return m_throttle; }

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void unlocked();
    // The deferred quick_check (VaultOptions::deferQuickCheck) found damage; the session locks
    // right after this signal.
    void integrityFailed(const schouw::Error &error);
    void integrityVerified();
    // Emitted before the vault closes: save what is being typed now.
    void aboutToLock();
    void locked();

private:
    void startIntegrityProbe();
    void stopIntegrityProbe();

    QString m_directory;
    VaultOptions m_options;
    std::unique_ptr<Vault> m_vault;
    UnlockThrottle m_throttle;
    std::shared_ptr<IntegrityProbe> m_probe;
    QThread *m_probeThread = nullptr;
};

} // namespace schouw
