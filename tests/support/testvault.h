#pragma once

#include "vault/securebytes.h"
#include "vault/vault.h"

#include <QTemporaryDir>

#include <memory>

namespace schouw::test {

inline constexpr const char *TestPassphrase = "lindeboom-gracht-zeventien";

[[nodiscard]] SecureBytes passphrase(const char *text = TestPassphrase);
// Options for test vaults: cheap key derivation so suites can make many vaults.
[[nodiscard]] VaultOptions fastOptions();

// A vault in a temporary directory that disappears with the object.
class TempVault
{
public:
    TempVault();
    [[nodiscard]] bool isValid() const { return m_vault != nullptr; }
    [[nodiscard]] QString directory() const { return m_dir.filePath(QStringLiteral("vault")); }
    [[nodiscard]] Vault &vault() { return *m_vault; }
    [[nodiscard]] const Error &error() const { return m_error; }
    // Closes the vault (a clean shutdown) and opens it again with the test passphrase.
    [[nodiscard]] bool reopen();
    void close() { m_vault.reset(); }

private:
    QTemporaryDir m_dir;
    // The vault lives in a subdirectory so tests can also make vaults next to it.
    std::unique_ptr<Vault> m_vault;
    Error m_error;
};

// Stores a 2 MB attachment, checkpoints, and flips one byte in the middle of the database file:
// a page only a full read (quick_check) reaches, never the open path. The vault must be open; it
// is left open. Returns false if any step failed.
[[nodiscard]] bool damagePageOnlyAFullCheckReads(Vault &vault);

// Every file of a vault directory, read whole (database, WAL, shared memory, key file).
[[nodiscard]] QList<QPair<QString, QByteArray>> vaultFiles(const QString &directory);

} // namespace schouw::test
