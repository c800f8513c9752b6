#pragma once

#include "sync/client/syncrun.h"

#include <QString>

namespace schouw::test {

// Runs one sync of `vault` to its end on a local event loop and returns what SyncRun reported.
[[nodiscard]] Result<sync::SyncSummary> syncAndWait(Vault &vault, sync::SyncOptions options);

// Options for a sync: with a user, the first login (server and password given); without one, a
// later sync on the stored login.
[[nodiscard]] sync::SyncOptions loginOptions(const QUrl &server, const QString &user,
                                             const QString &password);

// The first column of every row of `sql` on the vault, as text.
[[nodiscard]] QStringList column(Vault &vault, const QString &sql);

// Every row of the fieldwork tables of one visit plus the open text conflicts, as sorted text
// (without the HLC column, which differs per device): two vaults that converged dump the same.
[[nodiscard]] QStringList fieldworkDump(Vault &vault, const QString &visitId);

// The first column of the first row of `sql` on the vault, as text; empty when none.
[[nodiscard]] QString firstValue(Vault &vault, const QString &sql);

} // namespace schouw::test
