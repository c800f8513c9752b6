#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace schouw {
class Vault;
}

namespace schouw::sync {

// What a client does when the office has revoked its device (docs/sync-client.md): locks the
// vault and deletes its files (schouw.db with its -wal and -shm, schouw.key, schouw.session),
// the key file first and overwritten with zeros before it goes, since without it the encrypted
// database cannot be opened again. The directory itself is removed when nothing else is in it.
// Afterwards the Vault object is locked for good. Io when a file could not be removed (the
// others are still removed).
[[nodiscard]] Status wipeVault(Vault &vault);

} // namespace schouw::sync
