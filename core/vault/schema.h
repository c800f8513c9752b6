#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

#include <span>

namespace schouw {

class Database;

// One step of the vault's schema. Steps are numbered from 1, run in order, each in its own
// transaction together with the PRAGMA user_version bump, and never change once released: a fix
// is a new step. A step may add a C++ part, run after its SQL in the same transaction, for what
// SQL 3.15 cannot do (it has no JSON1: backfilling from the change log's JSON is done in C++).
struct Migration
{
    int version;
    const char *sql;
    Status (*step)(Database &db) = nullptr;
};

[[nodiscard]] std::span<const Migration> vaultMigrations();
[[nodiscard]] int latestSchemaVersion();

// Applies the steps after the database's current version. VaultTooNew (nothing touched) if the
// database is newer than this build.
[[nodiscard]] Status migrate(Database &db);
// Same, with an explicit list: lets tests prove that a failing step leaves the previous version.
[[nodiscard]] Status migrate(Database &db, std::span<const Migration> steps);

// The synced record types: name, table and the columns a change may set (besides id). Anything
// else in a change is refused, so a field name can never smuggle SQL in.
//
// textColumns are the free-text fields among the columns: they merge as multi-value registers
// (concurrent edits keep both texts as a conflict), every other column is last-writer-wins per
// field (docs/sync-merge.md).
struct EntityDefinition
{
    const char *name;
    const char *table;
    QStringList columns;
    QStringList textColumns = {};

    [[nodiscard]] bool isText(QStringView column) const { return textColumns.contains(column); }
};

[[nodiscard]] const EntityDefinition *findEntity(QStringView name);
[[nodiscard]] std::span<const EntityDefinition> entities();

} // namespace schouw
