#include "sqlite.h"

#include "securebytes.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <utility>

namespace schouw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString sqliteText(const char *message)
{
    return message ? QString::fromUtf8(message) : QString();
}

} // namespace

// Idle compiled statements of one connection, by SQL text. Bounded, because a few callers build
// SQL with a varying number of placeholders.
struct StatementCache
{
    static constexpr qsizetype MaxStatements = 256;

    ~StatementCache() { clear(); }
    void clear()
    {
        for (sqlite3_stmt *stmt : std::as_const(idle))
            sqlite3_finalize(stmt);
        idle.clear();
    }

    QHash<QByteArray, sqlite3_stmt *> idle;
};

Error sqliteError(int resultCode, const QString &context, const char *sqliteMessage)
{
    const int primary = resultCode & 0xff;
    const QString detail =
        QStringLiteral("%1: %2 (%3)").arg(context, sqliteText(sqliteMessage)).arg(resultCode);
    switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::VaultDamaged,
                Tr::tr("The vault is damaged and cannot be read. It has not been changed."),
                detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::VaultBusy, Tr::tr("The vault is in use by another program."), detail};
    case SQLITE_FULL:
        return {ErrorCode::Io, Tr::tr("The disk is full. Nothing was saved."), detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return {ErrorCode::Io, Tr::tr("The vault file could not be read or written."), detail};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::InvalidInput,
                Tr::tr("The change conflicts with data already in the vault."), detail};
    default:
        return {ErrorCode::Database, Tr::tr("The vault reported an unexpected error."), detail};
    }
}

// ---- Statement ------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, std::weak_ptr<StatementCache> cache,
                     QByteArray sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_cache(std::move(cache))
    , m_sql(std::move(sql))
{
}

Statement::~Statement()
{
    release();
}

// Back to the cache, reset and with its values unbound (nothing bound outlives its use), or
// finalized when the database is gone, the cache is full or already holds this SQL.
void Statement::release()
{
    if (!m_stmt)
        return;
    sqlite3_stmt *stmt = std::exchange(m_stmt, nullptr);
    if (const std::shared_ptr<StatementCache> cache = m_cache.lock(); cache && !m_sql.isEmpty() &&
        cache->idle.size() < StatementCache::MaxStatements && !cache->idle.contains(m_sql)) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        cache->idle.insert(m_sql, stmt);
        return;
    }
    sqlite3_finalize(stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return bindBlob(index, bytes.constData(), static_cast<int>(bytes.size()));
    }
    case QMetaType::QUuid:
        return bind(index, value.toUuid());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString is still text: records keep '' rather than NULL. NULL is bound explicitly
    // with bindNull() or an empty QVariant.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const Id &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, idText(value));
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    // An empty blob must stay a blob, not become NULL.
    sqlite3_bind_blob(m_stmt, index, size > 0 ? data : "", size, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(sqlite3_extended_errcode(m_db), QStringLiteral("step"),
                              sqlite3_errmsg(m_db));
    return false;
}

Status Statement::exec()
{
    m_error.reset();
    while (next()) { }
    sqlite3_reset(m_stmt);
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QString Statement::text(int column) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!chars)
        return {};
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Id Statement::id(int column) const
{
    return idFromText(text(column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB:
        return blob(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

// ---- Database -------------------------------------------------------------------------------

Database::Database(sqlite3 *db)
    : m_db(db)
    , m_cache(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    // Statements still held elsewhere find the cache gone and finalize themselves;
    // sqlite3_close_v2 keeps the connection until they have.
    m_cache.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

static int openFlags(Database::OpenMode mode)
{
    switch (mode) {
    case Database::OpenMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::OpenMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::OpenMode::Create:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

Result<Database> Database::openPlain(const QString &path, OpenMode mode)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle,
                                   openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK)
        return std::unexpected(
            sqliteError(rc, QStringLiteral("open"), handle ? sqlite3_errmsg(handle) : nullptr));
    sqlite3_extended_result_codes(handle, 1);
    return db;
}

Result<Database> Database::open(const QString &path, OpenMode mode, const SecureBytes &rawKey)
{
    auto db = openPlain(path, mode);
    if (!db)
        return db;
    // PRAGMA key = "x'<64 hex digits>'" hands SQLCipher the raw key. The statement text holds the
    // key, so it is built in guarded memory and wiped afterwards.
    static constexpr char prefix[] = "PRAGMA key = \"x'";
    static constexpr char suffix[] = "'\";";
    const SecureBytes hex = rawKey.toHex();
    SecureBytes sql(sizeof(prefix) - 1 + hex.size() + sizeof(suffix));
    auto *out = reinterpret_cast<char *>(sql.data());
    std::memcpy(out, prefix, sizeof(prefix) - 1);
    std::memcpy(out + sizeof(prefix) - 1, hex.data(), hex.size());
    std::memcpy(out + sizeof(prefix) - 1 + hex.size(), suffix, sizeof(suffix)); // with the NUL
    char *message = nullptr;
    const int rc = sqlite3_exec(db->handle(), out, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(rc, QStringLiteral("key"), message);
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return db;
}

Result<Statement> Database::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (m_cache) {
        if (sqlite3_stmt *idle = m_cache->idle.take(utf8))
            return Statement(m_db, idle, m_cache, std::move(utf8));
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(QStringLiteral("prepare")));
    return Statement(m_db, stmt, m_cache, std::move(utf8));
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(sqlite3_extended_errcode(m_db), QStringLiteral("exec"), message);
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return {};
}

Result<QVariant> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    if (stmt->next())
        return stmt->value(0);
    if (stmt->error())
        return std::unexpected(*stmt->error());
    return QVariant();
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Error Database::lastError(const QString &context) const
{
    return sqliteError(sqlite3_extended_errcode(m_db), context, sqlite3_errmsg(m_db));
}

// ---- Transaction ----------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.inTransaction()) {
        static std::atomic<quint64> counter {0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        m_begun = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_open = m_begun.has_value();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.has_value() ? Status {} : m_begun;
    Status done = m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("COMMIT"))
                                        : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (done)
        m_open = false;
    return done;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace schouw
