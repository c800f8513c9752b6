#pragma once

#include "domain/error.h"
#include "server/store/store.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace schouw {
class Vault;
}

namespace schouw::server {

// The office's own vault (<data>/office-vault): the office data that clients receive as changes
// (teams, users' display records, frameworks, providers with locations and risk signals) is
// written here with the client's own repositories and importers, and its change log is then
// copied into the store as changes of device "office". Its passphrase is a random secret in
// <data>/office-vault.secret (owner-only); since that secret is random, the key derivation runs
// with minimal cost. Used by the admin verbs and demo-seed only, never by the serving process.
class OfficeVault
{
    Q_DECLARE_TR_FUNCTIONS(OfficeVault)

public:
    ~OfficeVault();

    // Opens the office vault, creating it (and its secret) on first use.
    [[nodiscard]] static Result<std::unique_ptr<OfficeVault>> open(const QString &dataDirectory);

    [[nodiscard]] Vault &vault() { return *m_vault; }

    // Runs vaultWork against the vault and storeWork against the store, and moves the vault
    // changes vaultWork made into the store, all in one store transaction; the vault's
    // transaction commits only after the store's did. A failure anywhere leaves both unchanged.
    // Returns the number of office changes stored.
    [[nodiscard]] Result<int> write(Store &store, const QDateTime &now,
                                    const std::function<Status(Vault &)> &vaultWork,
                                    const std::function<Status(StoreSession &)> &storeWork = {});

private:
    explicit OfficeVault(std::unique_ptr<Vault> vault);
    std::unique_ptr<Vault> m_vault;
};

} // namespace schouw::server
