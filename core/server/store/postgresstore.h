#pragma once

#include "store.h"

#include <QCoreApplication>

namespace schouw::server {

// The PostgreSQL store (PostgreSQL 15, through libpq): the same tables and behaviour as the
// embedded store, for an office that wants its store on a database server (docs/server.md).
//
// Thread safety: a pool of connections (poolSize, made as needed). run() and read() take one for
// the callback, so reads and writes from the HTTP threads run in parallel; run() is READ COMMITTED
// and read() a REPEATABLE READ, READ ONLY snapshot. Appends to the change log are serialised
// (see appendChange in postgresstore.cpp: the cursor hazard). A run() that meets a deadlock or a
// serialization failure is rolled back and its callback called again, at most 5 times; after
// that, and for lock timeouts, a lost connection or a server that accepts no more connections,
// the error is ServerBusy.
class PostgresStore
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)

public:
    struct Options
    {
        QString url; // postgresql://user@host:port/dbname[?params]; never logged
        QString passwordFile; // "": none (or libpq's PGPASSFILE); else owner-only, first line
        int poolSize = 4;
    };

    // Connects, creates or migrates the schema and reads the store id. Errors: InvalidInput for a
    // URL libpq cannot read, a refused password or login, a password file others may read (Io) or
    // cannot be read; VaultMissing when the database does not exist; Network when the server
    // cannot be reached; VaultTooNew for a store migrated by a newer build (left unchanged).
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const Options &options);

    // The schema version this build writes; a store with a higher one is refused.
    [[nodiscard]] static int schemaVersion();

    [[nodiscard]] static bool isPostgresUrl(const QString &url);
};

} // namespace schouw::server
