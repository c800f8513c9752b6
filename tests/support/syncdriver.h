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

// The first column of the first row of `sql` on the vault, as text; empty when none.
[[nodiscard]] QString firstValue(Vault &vault, const QString &sql);

} // namespace schouw::test
