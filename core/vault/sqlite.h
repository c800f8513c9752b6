#pragma once

#include "domain/error.h"
#include "domain/id.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace schouw {

class SecureBytes;
struct StatementCache;

// A thin RAII layer over SQLCipher's C API. We never use Qt's QSQLITE driver: on Debian it is
// plain SQLite, which ignores PRAGMA key and writes plaintext, and it exports the same symbols.
// Not thread-safe: one Database per thread.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    // A statement that goes back to its database's cache when destroyed (Database::prepare).
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::weak_ptr<StatementCache> cache, QByteArray sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // Binding, 1-based like SQLite. QVariant binds by type: null, integers, doubles, QByteArray as
    // blob, everything else as UTF-8 text.
    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const Id &value);
    Statement &bind(int index, qint64 value);
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bindNull(int index);

    // Advances to the next row: true if there is one, false when done; errors land in error().
    [[nodiscard]] bool next();
    // Runs a statement that returns no rows.
    [[nodiscard]] Status exec();
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] Id id(int column) const;
    [[nodiscard]] QVariant value(int column) const;

    // Set when next() or exec() failed.
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_error;
    std::weak_ptr<StatementCache> m_cache;
    QByteArray m_sql; // the cache's key; empty for an uncached statement
};

class Database
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file and keys it with the raw 256-bit key (SQLCipher's own KDF never runs). Does
    // not read a page yet: a wrong key shows at the first query.
    [[nodiscard]] static Result<Database> open(const QString &path, OpenMode mode,
                                               const SecureBytes &rawKey);
    // An unencrypted database (for the benchmark that states SQLCipher's overhead).
    [[nodiscard]] static Result<Database> openPlain(const QString &path, OpenMode mode);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    void close();

    // Compiled statements are kept per SQL text and handed out again, reset and unbound, once the
    // previous user has let go: preparing costs more than running most of our statements (the
    // merge and the office's push run a handful per change). A statement still in use when the
    // same SQL is asked for again is simply prepared anew.
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    // Runs one or more statements without results.
    [[nodiscard]] Status exec(const QString &sql);
    // The first column of the first row, or a null QVariant.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql);
    [[nodiscard]] qint64 changes() const;
    [[nodiscard]] bool inTransaction() const;

    // Builds an Error from the connection's current SQLite error.
    [[nodiscard]] Error lastError(const QString &context) const;

    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db);
    sqlite3 *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache;
};

// Maps an SQLite result code to one of ours: corruption and "not a database" mean a damaged vault.
[[nodiscard]] Error sqliteError(int resultCode, const QString &context, const char *sqliteMessage);

// Hot UPDATEs are written UPDATE OR FAIL. With the default (ABORT) SQLite keeps a statement
// journal for every UPDATE of a table with NOT NULL or CHECK constraints, so it can undo the
// statement alone, and SQLCipher encrypts and authenticates each page written to that journal:
// marking 2,000 changes sent cost 7 times as much as with OR FAIL (docs/benchmarks.md, "Sync").
// OR FAIL keeps no such journal; it differs from ABORT only in leaving the rows a failing
// multi-row statement changed before the failure, and these statements change one row inside a
// Transaction that is rolled back on any error.

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded. Nested
// transactions become savepoints, so repositories may open one inside a caller's transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();
    void rollback();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begun;
    bool m_open = false;
};

} // namespace schouw
