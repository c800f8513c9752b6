#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

#include <span>

namespace schouw {

class Database;

// One step of the vault's schema. Steps are numbered from 1, run in order, each in its own
// transaction together with the PRAGMA user_version bump, and never change once released: a fix
// is a new step.
struct Migration
{
    int version;
    const char *sql;
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
struct EntityDefinition
{
    const char *name;
    const char *table;
    QStringList columns;
};

[[nodiscard]] const EntityDefinition *findEntity(QStringView name);
[[nodiscard]] std::span<const EntityDefinition> entities();

} // namespace schouw
