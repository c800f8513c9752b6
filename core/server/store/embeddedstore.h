#pragma once

#include "store.h"

#include <QCoreApplication>

namespace schouw::server {

// The embedded store: one SQLCipher database, store.db, in the data directory, keyed with the
// raw 256-bit key in store.key (created on first start, owner-only; a key file that group or
// others may read is refused). WAL mode; schema versions in the table store_schema.
//
// Thread safety: one connection behind a mutex. Every run()/read() holds it for the whole
// callback, so calls from the HTTP threads are serialised; that is ample for one office (a push
// of 1,000 changes is about 40 ms of work, docs/benchmarks.md). Another process (schouw-server admin) may use
// the same files: SQLite's locking and a busy timeout keep them apart.
class EmbeddedStore
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedStore)

public:
    static constexpr const char *DatabaseName = "store.db";
    static constexpr const char *KeyFileName = "store.key";
    // SQLCipher page sizes: new stores use PageSize; stores made before it (SQLCipher 3's
    // default) are recognised at open and keep theirs.
    static constexpr int PageSize = 4096;
    static constexpr int LegacyPageSize = 1024;

    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &dataDirectory);

    // The schema version this build writes; a store with a higher one is refused.
    [[nodiscard]] static int schemaVersion();
};

} // namespace schouw::server
