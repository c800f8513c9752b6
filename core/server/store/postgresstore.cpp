#include "postgresstore.h"

#include "pgconnection.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace schouw::server {

namespace {

constexpr int MaxAttempts = 5;
constexpr std::chrono::milliseconds PoolWait {10'000};
constexpr qint64 MaxPasswordFileBytes = 4096;

// Advisory lock keys (one namespace per database): "SCHW" and a purpose.
constexpr qint64 MigrationLockKey = 0x5343485700000001;
constexpr qint64 ChangeLogLockKey = 0x5343485700000002;

struct Step
{
    int version;
    const char *sql;
};

// The embedded store's schema in PostgreSQL's words; versions match EmbeddedStore's. Times stay
// ISO 8601 text in UTC with milliseconds, written and read exactly as the embedded store does (so
// "expires_at <= now" compares the same way); the columns that are sorted or compared as text
// use the "C" collation, the embedded store's byte order, whatever the database's locale.
// Never change a released step: add one.
constexpr const char *SchemaV1 = R"SQL(
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    scope_epoch BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    team_id TEXT REFERENCES teams(id),
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    last_seen_at TEXT NOT NULL,
    revoked BOOLEAN NOT NULL DEFAULT FALSE,
    revoked_at TEXT
);
CREATE INDEX devices_by_user ON devices(user_id);

CREATE TABLE refresh_tokens (
    hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    expires_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX refresh_tokens_by_user ON refresh_tokens(user_id);
CREATE INDEX refresh_tokens_by_device ON refresh_tokens(device_id);

CREATE TABLE access_tokens (
    hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    expires_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX access_tokens_by_user ON access_tokens(user_id);
CREATE INDEX access_tokens_by_device ON access_tokens(device_id);

CREATE TABLE assignments (
    team_id TEXT NOT NULL REFERENCES teams(id),
    provider_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (team_id, provider_id)
);

CREATE TABLE changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op SMALLINT NOT NULL CHECK (op BETWEEN 0 AND 2),
    fields_json TEXT NOT NULL,
    bases_json TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc BIGINT NOT NULL,
    received_at TEXT NOT NULL,
    scope_provider_id TEXT,
    pushed_by TEXT
);
CREATE INDEX changes_by_scope ON changes(scope_provider_id, seq);

CREATE TABLE record_scope (
    entity_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    scope_provider_id TEXT
);
)SQL";

// Attachment content, in the chunks it was uploaded in ("offset" is a reserved word here).
constexpr const char *SchemaV2 = R"SQL(
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    complete BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
);

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    chunk_offset BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (sha256, chunk_offset)
);

CREATE TABLE blob_refs (
    sha256 TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    scope_provider_id TEXT COLLATE "C",
    PRIMARY KEY (sha256, attachment_id)
);
)SQL";

constexpr std::array Steps {
    Step {1, SchemaV1},
    Step {2, SchemaV2},
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs); // written with Z: UTC
}

// ---- Password file ----------------------------------------------------------------------------

Result<QByteArray> readPasswordFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    PostgresStore::tr("The store's password file %1 cannot be read.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("open password file failed (errno %1)").arg(errno));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        return fail(ErrorCode::Io,
                    PostgresStore::tr("The store's password file %1 may be read by other users. "
                                      "Restrict it to the service's account (chmod 600) and "
                                      "start again.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("password file mode %1").arg(info.st_mode & 0777, 0, 8));
    }
    QByteArray bytes(MaxPasswordFileBytes, '\0');
    const ssize_t got = ::read(fd, bytes.data(), std::size_t(bytes.size()));
    ::close(fd);
    if (got < 0)
        return fail(ErrorCode::Io,
                    PostgresStore::tr("The store's password file %1 cannot be read.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("read password file failed"));
    bytes.truncate(got);
    // The first line, without its line end: "echo secret > file" works.
    const qsizetype end = bytes.indexOf('\n');
    if (end >= 0)
        bytes.truncate(end);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    PostgresStore::tr("The store's password file %1 is empty.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("empty password file"));
    return bytes;
}

// ---- Connection pool --------------------------------------------------------------------------

class PgPool
{
public:
    PgPool(PgTarget target, int size)
        : m_target(std::move(target))
        , m_size(std::max(1, size))
    {
    }

    class Lease
    {
    public:
        Lease(PgPool &pool, std::unique_ptr<PgConnection> connection)
            : m_pool(pool)
            , m_connection(std::move(connection))
        {
        }
        Lease(Lease &&other) noexcept
            : m_pool(other.m_pool)
            , m_connection(std::move(other.m_connection))
        {
        }
        Lease &operator=(Lease &&) = delete;
        ~Lease() { m_pool.giveBack(std::move(m_connection)); }

        PgConnection &operator*() { return *m_connection; }
        PgConnection *operator->() { return m_connection.get(); }

    private:
        PgPool &m_pool;
        std::unique_ptr<PgConnection> m_connection;
    };

    // An idle connection, a new one while the pool is not full, or the first one given back
    // within PoolWait. Errors after the store was opened are ServerBusy: the HTTP layer answers
    // 503 and the client tries again later.
    Result<Lease> acquire()
    {
        std::unique_lock lock(m_mutex);
        if (!m_available.wait_for(lock, PoolWait,
                                  [this] { return !m_idle.empty() || m_open < m_size; }))
            return fail(
                ErrorCode::ServerBusy,
                PostgresStore::tr("The office store is busy. Try again shortly."),
                QStringLiteral("no pooled connection free within %1 ms").arg(PoolWait.count()));
        if (!m_idle.empty()) {
            std::unique_ptr<PgConnection> connection = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(connection));
        }
        ++m_open;
        lock.unlock();
        auto made = PgConnection::connect(m_target);
        if (!made) {
            lock.lock();
            --m_open;
            m_available.notify_one();
            Error error = made.error();
            error.code = ErrorCode::ServerBusy;
            return std::unexpected(error);
        }
        return Lease(*this, std::make_unique<PgConnection>(std::move(*made)));
    }

    // The first connection, made while opening: its errors keep their own codes.
    Status adopt(PgConnection connection)
    {
        std::lock_guard lock(m_mutex);
        ++m_open;
        m_idle.push_back(std::make_unique<PgConnection>(std::move(connection)));
        return {};
    }

private:
    void giveBack(std::unique_ptr<PgConnection> connection)
    {
        if (!connection)
            return;
        std::lock_guard lock(m_mutex);
        if (connection->isBroken())
            --m_open; // dropped: the next acquire makes a new one
        else
            m_idle.push_back(std::move(connection));
        m_available.notify_one();
    }

    PgTarget m_target;
    const int m_size;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    int m_open = 0;
};

// ---- Session ----------------------------------------------------------------------------------

class PostgresSession final : public StoreSession
{
public:
    PostgresSession(PgConnection &connection, bool writable)
        : m_db(connection)
        , m_writable(writable)
    {
    }

    Result<std::optional<TeamRecord>> findTeam(const QString &idOrName) override
    {
        return readOne<TeamRecord>(
            QStringLiteral("SELECT id, name, created_at, scope_epoch FROM teams "
                           "WHERE id = $1 OR name = $1 ORDER BY (id = $1) DESC LIMIT 1"),
            PgParams().text(idOrName), readTeam);
    }

    Result<QList<TeamRecord>> teams() override
    {
        return readAll<TeamRecord>(
            QStringLiteral("SELECT id, name, created_at, scope_epoch FROM teams ORDER BY name"), {},
            readTeam);
    }

    Status insertTeam(const TeamRecord &team) override
    {
        return execute(QStringLiteral("INSERT INTO teams (id, name, created_at, scope_epoch) "
                                      "VALUES ($1, $2, $3, $4)"),
                       PgParams()
                           .text(team.id)
                           .text(team.name)
                           .text(timeText(team.createdAt))
                           .integer(qint64(team.scopeEpoch)));
    }

    Status raiseScopeEpoch(const QString &teamId) override
    {
        return execute(
            QStringLiteral("UPDATE teams SET scope_epoch = scope_epoch + 1 WHERE id = $1"),
            PgParams().text(teamId));
    }

    Result<std::optional<UserRecord>> findUserByLogin(const QString &login) override
    {
        return readOne<UserRecord>(UserSelect + QStringLiteral(" WHERE login = $1"),
                                   PgParams().text(login), readUser);
    }

    Result<std::optional<UserRecord>> findUserById(const QString &id) override
    {
        return readOne<UserRecord>(UserSelect + QStringLiteral(" WHERE id = $1"),
                                   PgParams().text(id), readUser);
    }

    Result<QList<UserRecord>> users() override
    {
        return readAll<UserRecord>(UserSelect + QStringLiteral(" ORDER BY login"), {}, readUser);
    }

    Status insertUser(const UserRecord &user) override
    {
        return execute(QStringLiteral("INSERT INTO users (id, login, display_name, team_id, role, "
                                      "password_hash, disabled, created_at) VALUES "
                                      "($1, $2, $3, $4, $5, $6, $7, $8)"),
                       PgParams()
                           .text(user.id)
                           .text(user.login)
                           .text(user.displayName)
                           .optionalText(user.teamId)
                           .text(user.role)
                           .text(user.passwordHash)
                           .boolean(user.disabled)
                           .text(timeText(user.createdAt)));
    }

    Status updateUser(const UserRecord &user) override
    {
        return execute(QStringLiteral("UPDATE users SET display_name = $1, team_id = $2, "
                                      "role = $3, password_hash = $4, disabled = $5 WHERE id = $6"),
                       PgParams()
                           .text(user.displayName)
                           .optionalText(user.teamId)
                           .text(user.role)
                           .text(user.passwordHash)
                           .boolean(user.disabled)
                           .text(user.id));
    }

    Result<std::optional<DeviceRecord>> findDevice(const QString &id) override
    {
        return readOne<DeviceRecord>(DeviceSelect + QStringLiteral(" WHERE id = $1"),
                                     PgParams().text(id), readDevice);
    }

    Result<QList<DeviceRecord>> devices(const QString &userId) override
    {
        if (userId.isEmpty())
            return readAll<DeviceRecord>(DeviceSelect + QStringLiteral(" ORDER BY created_at"), {},
                                         readDevice);
        return readAll<DeviceRecord>(DeviceSelect +
                                         QStringLiteral(" WHERE user_id = $1 ORDER BY created_at"),
                                     PgParams().text(userId), readDevice);
    }

    Status saveDevice(const DeviceRecord &device) override
    {
        // One statement, so that two first logins of the same laptop at once cannot both insert.
        return execute(
            QStringLiteral("INSERT INTO devices (id, user_id, name, created_at, last_seen_at, "
                           "revoked) VALUES ($1, $2, $3, $4, $5, FALSE) ON CONFLICT (id) DO "
                           "UPDATE SET user_id = EXCLUDED.user_id, name = EXCLUDED.name, "
                           "last_seen_at = EXCLUDED.last_seen_at"),
            PgParams()
                .text(device.id)
                .text(device.userId)
                .text(device.name)
                .text(timeText(device.createdAt))
                .text(timeText(device.lastSeenAt)));
    }

    Status touchDevice(const QString &id, const QDateTime &seenAt) override
    {
        return execute(QStringLiteral("UPDATE devices SET last_seen_at = $1 WHERE id = $2"),
                       PgParams().text(timeText(seenAt)).text(id));
    }

    Result<bool> revokeDevice(const QString &id, const QDateTime &at) override
    {
        auto done = m_db.exec(QStringLiteral("UPDATE devices SET revoked = TRUE, revoked_at = "
                                             "coalesce(revoked_at, $1) WHERE id = $2"),
                              PgParams().text(timeText(at)).text(id));
        if (!done)
            return std::unexpected(done.error());
        return done->affected() > 0;
    }

    Status insertToken(const TokenRecord &token) override
    {
        return execute(QStringLiteral("INSERT INTO %1 (hash, user_id, device_id, expires_at) "
                                      "VALUES ($1, $2, $3, $4)")
                           .arg(tokenTable(token.kind)),
                       PgParams()
                           .text(token.hash)
                           .text(token.userId)
                           .text(token.deviceId)
                           .text(timeText(token.expiresAt)));
    }

    Result<std::optional<TokenRecord>> findToken(TokenKind kind, const QString &hash) override
    {
        return readOne<TokenRecord>(
            QStringLiteral("SELECT hash, user_id, device_id, expires_at FROM %1 WHERE hash = $1")
                .arg(tokenTable(kind)),
            PgParams().text(hash), [kind](const PgResult &rows, int row) {
                return TokenRecord {rows.text(row, 0), kind, rows.text(row, 1), rows.text(row, 2),
                                    timeFrom(rows.text(row, 3))};
            });
    }

    Status deleteToken(TokenKind kind, const QString &hash) override
    {
        return execute(QStringLiteral("DELETE FROM %1 WHERE hash = $1").arg(tokenTable(kind)),
                       PgParams().text(hash));
    }

    Status deleteTokensOfUser(const QString &userId) override
    {
        for (TokenKind kind : {TokenKind::Access, TokenKind::Refresh})
            if (auto done = execute(
                    QStringLiteral("DELETE FROM %1 WHERE user_id = $1").arg(tokenTable(kind)),
                    PgParams().text(userId));
                !done)
                return done;
        return {};
    }

    Status shortenTokenExpiry(TokenKind kind, const QString &hash,
                              const QDateTime &expiresAt) override
    {
        // Times are UTC text of one fixed format in "C" order, so text order is time order.
        return execute(QStringLiteral("UPDATE %1 SET expires_at = $2 WHERE hash = $1 AND "
                                      "expires_at > $2")
                           .arg(tokenTable(kind)),
                       PgParams().text(hash).text(timeText(expiresAt)));
    }

    Status keepOnlyRefreshTokens(const QString &deviceId, const QString &keptHash,
                                 const QString &otherKeptHash) override
    {
        return execute(QStringLiteral("DELETE FROM refresh_tokens WHERE device_id = $1 AND hash "
                                      "NOT IN ($2, $3)"),
                       PgParams().text(deviceId).text(keptHash).text(otherKeptHash));
    }

    Status deleteExpiredTokens(const QDateTime &now) override
    {
        for (TokenKind kind : {TokenKind::Access, TokenKind::Refresh})
            if (auto done = execute(
                    QStringLiteral("DELETE FROM %1 WHERE expires_at <= $1").arg(tokenTable(kind)),
                    PgParams().text(timeText(now)));
                !done)
                return done;
        return {};
    }

    Result<bool> assign(const QString &teamId, const QString &providerId) override
    {
        auto done = m_db.exec(QStringLiteral("INSERT INTO assignments (team_id, provider_id) "
                                             "VALUES ($1, $2) ON CONFLICT DO NOTHING"),
                              PgParams().text(teamId).text(providerId));
        if (!done)
            return std::unexpected(done.error());
        return done->affected() > 0;
    }

    Result<bool> unassign(const QString &teamId, const QString &providerId) override
    {
        auto done = m_db.exec(
            QStringLiteral("DELETE FROM assignments WHERE team_id = $1 AND provider_id = $2"),
            PgParams().text(teamId).text(providerId));
        if (!done)
            return std::unexpected(done.error());
        return done->affected() > 0;
    }

    Result<bool> isAssigned(const QString &teamId, const QString &providerId) override
    {
        return exists(
            QStringLiteral("SELECT 1 FROM assignments WHERE team_id = $1 AND provider_id = $2"),
            PgParams().text(teamId).text(providerId));
    }

    Result<QStringList> assignedProviders(const QString &teamId) override
    {
        return readTexts(QStringLiteral("SELECT provider_id FROM assignments WHERE team_id = $1 "
                                        "ORDER BY provider_id"),
                         PgParams().text(teamId));
    }

    Result<bool> hasChange(const QString &changeId) override
    {
        // In a write, "is it known?" and the append that follows must be one step, as they are
        // behind the embedded store's mutex: otherwise two pushes of the same batch (a retry
        // while the first is still running) both find the change new.
        if (auto locked = lockChangeLog(); !locked)
            return std::unexpected(locked.error());
        return exists(QStringLiteral("SELECT 1 FROM changes WHERE change_id = $1"),
                      PgParams().text(changeId));
    }

    Result<QSet<QString>> knownChangeIds(const QStringList &changeIds, bool lockForAppend) override
    {
        if (lockForAppend)
            if (auto locked = lockChangeLog(); !locked)
                return std::unexpected(locked.error());
        // One text[] parameter; each element quoted as an array literal wants it.
        QStringList elements;
        elements.reserve(changeIds.size());
        for (QString id : changeIds)
            elements << QLatin1Char('"') +
                    id.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                        .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                    QLatin1Char('"');
        auto ids = readTexts(
            QStringLiteral("SELECT change_id FROM changes WHERE change_id = ANY($1::text[])"),
            PgParams().text(QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}')));
        if (!ids)
            return std::unexpected(ids.error());
        return QSet<QString>(ids->cbegin(), ids->cend());
    }

    Result<quint64> appendChange(const StoredChange &change) override
    {
        // THE CURSOR HAZARD. Clients pull "seq > cursor" and move their cursor to the highest
        // seq they saw. A sequence hands out numbers at once but transactions commit in their
        // own time: if a push that took seq 101 committed after one that took 102, a pull in
        // between would see 102, move the cursor past 101 and never receive it. So appends are
        // serialised: this transaction-level advisory lock is taken before the next seq is drawn
        // and held to commit (PostgreSQL makes a commit visible before it releases its locks),
        // so seqs become visible in the order they were drawn, and every snapshot holds a prefix
        // of the log. Readers do not take it.
        if (auto locked = lockChangeLog(); !locked)
            return std::unexpected(locked.error());
        auto done = m_db.exec(
            QStringLiteral("INSERT INTO changes (change_id, entity, entity_id, op, fields_json, "
                           "bases_json, author_id, device_id, hlc, received_at, "
                           "scope_provider_id, pushed_by) VALUES "
                           "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING seq"),
            PgParams()
                .text(change.changeId)
                .text(change.entity)
                .text(change.entityId)
                .integer(change.op)
                .text(change.fieldsJson)
                .text(change.basesJson)
                .text(change.authorId)
                .text(change.deviceId)
                .integer(qint64(change.hlc))
                .text(timeText(change.receivedAt))
                .optionalText(change.scopeProviderId)
                .optionalText(change.pushedBy));
        if (!done)
            return std::unexpected(done.error());
        return quint64(done->integer(0, 0));
    }

    Result<std::optional<RecordScope>> recordScope(const QString &entityId) override
    {
        return readOne<RecordScope>(
            QStringLiteral("SELECT entity, parent_id, scope_provider_id FROM record_scope "
                           "WHERE entity_id = $1"),
            PgParams().text(entityId), [](const PgResult &rows, int row) {
                return RecordScope {rows.text(row, 0), rows.text(row, 1), rows.text(row, 2)};
            });
    }

    Status insertRecordScope(const QString &entityId, const RecordScope &scope) override
    {
        return execute(QStringLiteral("INSERT INTO record_scope (entity_id, entity, parent_id, "
                                      "scope_provider_id) VALUES ($1, $2, $3, $4) "
                                      "ON CONFLICT DO NOTHING"),
                       PgParams()
                           .text(entityId)
                           .text(scope.entity)
                           .text(scope.parentId)
                           .optionalText(scope.scopeProviderId));
    }

    Result<quint64> lastSeq() override
    {
        auto rows = m_db.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
        if (!rows)
            return std::unexpected(rows.error());
        return quint64(rows->integer(0, 0));
    }

    Result<QList<StoredChange>> changes(const PullQuery &query) override
    {
        // audit_event is kept for the office and never handed out.
        // The byte bound is applied here, so that libpq never holds more than the page: a row
        // comes when the rows before it stay below it (so the first always comes).
        QString sql = QStringLiteral(
            "SELECT seq, change_id, entity, entity_id, op, fields_json, bases_json, author_id, "
            "device_id, hlc, received_at, scope_provider_id, pushed_by FROM (SELECT *, "
            "sum(octet_length(fields_json) + octet_length(bases_json)) OVER (ORDER BY seq) - "
            "(octet_length(fields_json) + octet_length(bases_json)) AS bytes_before FROM changes "
            "WHERE seq > $1 AND device_id <> $2 AND entity <> 'audit_event' AND ");
        if (query.globalOnly)
            sql += QStringLiteral("scope_provider_id IS NULL AND $3::text = ''");
        else
            sql += QStringLiteral("(scope_provider_id IS NULL OR scope_provider_id IN "
                                  "(SELECT provider_id FROM assignments WHERE team_id = $3))");
        sql += QStringLiteral(" ORDER BY seq LIMIT $4) page WHERE $5::bigint <= 0 OR "
                              "bytes_before < $5::bigint ORDER BY seq");
        return readAll<StoredChange>(sql,
                                     PgParams()
                                         .integer(qint64(query.after))
                                         .text(query.excludeDeviceId)
                                         .text(query.teamId)
                                         .integer(query.limit)
                                         .integer(query.maxBytes),
                                     [](const PgResult &rows, int row) {
                                         return StoredChange {quint64(rows.integer(row, 0)),
                                                              rows.text(row, 1),
                                                              rows.text(row, 2),
                                                              rows.text(row, 3),
                                                              int(rows.integer(row, 4)),
                                                              rows.text(row, 5),
                                                              rows.text(row, 6),
                                                              rows.text(row, 7),
                                                              rows.text(row, 8),
                                                              quint64(rows.integer(row, 9)),
                                                              timeFrom(rows.text(row, 10)),
                                                              rows.text(row, 11),
                                                              rows.text(row, 12)};
                                     });
    }

    Result<qint64> changeCount() override
    {
        auto rows = m_db.exec(QStringLiteral("SELECT count(*) FROM changes"));
        if (!rows)
            return std::unexpected(rows.error());
        return rows->integer(0, 0);
    }

    Result<std::optional<BlobRecord>> findBlob(const QString &sha256) override
    {
        return readOne<BlobRecord>(
            QStringLiteral("SELECT sha256, size, received, complete, created_at FROM blobs "
                           "WHERE sha256 = $1"),
            PgParams().text(sha256), [](const PgResult &rows, int row) {
                return BlobRecord {rows.text(row, 0), rows.integer(row, 1), rows.integer(row, 2),
                                   rows.boolean(row, 3), timeFrom(rows.text(row, 4))};
            });
    }

    Status insertBlob(const BlobRecord &blob) override
    {
        return execute(
            QStringLiteral("INSERT INTO blobs (sha256, size, received, complete, "
                           "created_at) VALUES ($1, $2, 0, FALSE, $3) "
                           "ON CONFLICT DO NOTHING"),
            PgParams().text(blob.sha256).integer(blob.size).text(timeText(blob.createdAt)));
    }

    Status appendBlobChunk(const QString &sha256, qint64 offset, const QByteArray &bytes) override
    {
        // The offset condition makes a racing duplicate upload a no-op rather than a second copy:
        // the second UPDATE waits for the first one's row lock, then finds received moved on.
        auto moved = m_db.exec(QStringLiteral("UPDATE blobs SET received = received + $1 "
                                              "WHERE sha256 = $2 AND received = $3"),
                               PgParams().integer(bytes.size()).text(sha256).integer(offset));
        if (!moved)
            return std::unexpected(moved.error());
        if (moved->affected() == 0)
            return fail(ErrorCode::InvalidInput, PostgresStore::tr("The upload is out of order."),
                        QStringLiteral("blob chunk at an offset other than the received count"));
        return execute(QStringLiteral("INSERT INTO blob_chunks (sha256, chunk_offset, data) "
                                      "VALUES ($1, $2, $3)"),
                       PgParams().text(sha256).integer(offset).bytes(bytes));
    }

    Status markBlobComplete(const QString &sha256) override
    {
        return execute(QStringLiteral("UPDATE blobs SET complete = TRUE WHERE sha256 = $1"),
                       PgParams().text(sha256));
    }

    Status deleteBlob(const QString &sha256) override
    {
        if (auto done = execute(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = $1"),
                                PgParams().text(sha256));
            !done)
            return done;
        return execute(QStringLiteral("DELETE FROM blobs WHERE sha256 = $1"),
                       PgParams().text(sha256));
    }

    Result<QByteArray> readBlob(const QString &sha256, qint64 offset, qint64 length) override
    {
        // Binary results: the chunks arrive as bytes, not as hex text twice their size.
        auto rows =
            m_db.exec(QStringLiteral("SELECT chunk_offset, data FROM blob_chunks WHERE sha256 = $1 "
                                     "AND chunk_offset < $2::bigint + $3::bigint "
                                     "AND chunk_offset + octet_length(data) > $2::bigint "
                                     "ORDER BY chunk_offset"),
                      PgParams().text(sha256).integer(offset).integer(length), PgFormat::Binary);
        if (!rows)
            return std::unexpected(rows.error());
        QByteArray out;
        for (int row = 0; row < rows->rows(); ++row) {
            const qint64 chunkOffset = rows->integer(row, 0);
            const QByteArray data = rows->bytes(row, 1);
            const qint64 from = qMax<qint64>(0, offset - chunkOffset);
            const qint64 wanted = offset + length - (chunkOffset + from);
            out += data.mid(from, qMin<qint64>(data.size() - from, wanted));
        }
        return out;
    }

    Status insertBlobReference(const QString &sha256, const QString &attachmentId,
                               const QString &scopeProviderId) override
    {
        return execute(QStringLiteral("INSERT INTO blob_refs (sha256, attachment_id, "
                                      "scope_provider_id) VALUES ($1, $2, $3) "
                                      "ON CONFLICT DO NOTHING"),
                       PgParams().text(sha256).text(attachmentId).optionalText(scopeProviderId));
    }

    Result<QStringList> blobScopes(const QString &sha256) override
    {
        return readTexts(QStringLiteral("SELECT DISTINCT coalesce(scope_provider_id, '') "
                                        "COLLATE \"C\" FROM blob_refs WHERE sha256 = $1 "
                                        "ORDER BY 1"),
                         PgParams().text(sha256));
    }

private:
    inline static const QString UserSelect =
        QStringLiteral("SELECT id, login, display_name, coalesce(team_id, ''), role, "
                       "password_hash, disabled, created_at FROM users");
    inline static const QString DeviceSelect =
        QStringLiteral("SELECT id, user_id, name, created_at, last_seen_at, revoked, "
                       "coalesce(revoked_at, '') FROM devices");

    static QString tokenTable(TokenKind kind)
    {
        return kind == TokenKind::Access ? QStringLiteral("access_tokens")
                                         : QStringLiteral("refresh_tokens");
    }

    static TeamRecord readTeam(const PgResult &rows, int row)
    {
        return TeamRecord {rows.text(row, 0), rows.text(row, 1), timeFrom(rows.text(row, 2)),
                           quint64(rows.integer(row, 3))};
    }

    static UserRecord readUser(const PgResult &rows, int row)
    {
        return UserRecord {rows.text(row, 0),    rows.text(row, 1),          rows.text(row, 2),
                           rows.text(row, 3),    rows.text(row, 4),          rows.text(row, 5),
                           rows.boolean(row, 6), timeFrom(rows.text(row, 7))};
    }

    static DeviceRecord readDevice(const PgResult &rows, int row)
    {
        return DeviceRecord {rows.text(row, 0),
                             rows.text(row, 1),
                             rows.text(row, 2),
                             timeFrom(rows.text(row, 3)),
                             timeFrom(rows.text(row, 4)),
                             rows.boolean(row, 5),
                             rows.text(row, 6).isEmpty() ? QDateTime()
                                                         : timeFrom(rows.text(row, 6))};
    }

    Status lockChangeLog()
    {
        if (!m_writable || m_changeLogLocked)
            return {};
        if (auto done = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"),
                                  PgParams().integer(ChangeLogLockKey));
            !done)
            return std::unexpected(done.error());
        m_changeLogLocked = true;
        return {};
    }

    Status execute(const QString &sql, const PgParams &params)
    {
        auto done = m_db.exec(sql, params);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }

    Result<bool> exists(const QString &sql, const PgParams &params)
    {
        auto rows = m_db.exec(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        return rows->rows() > 0;
    }

    Result<QStringList> readTexts(const QString &sql, const PgParams &params)
    {
        auto rows = m_db.exec(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QStringList list;
        list.reserve(rows->rows());
        for (int row = 0; row < rows->rows(); ++row)
            list.append(rows->text(row, 0));
        return list;
    }

    template<typename T, typename Reader>
    Result<std::optional<T>> readOne(const QString &sql, const PgParams &params, Reader reader)
    {
        auto rows = m_db.exec(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::optional<T>();
        return std::optional<T>(reader(*rows, 0));
    }

    template<typename T, typename Reader>
    Result<QList<T>> readAll(const QString &sql, const PgParams &params, Reader reader)
    {
        auto rows = m_db.exec(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<T> list;
        list.reserve(rows->rows());
        for (int row = 0; row < rows->rows(); ++row)
            list.append(reader(*rows, row));
        return list;
    }

    PgConnection &m_db;
    const bool m_writable;
    bool m_changeLogLocked = false;
};

// ---- Schema -----------------------------------------------------------------------------------

Result<int> currentVersion(PgConnection &db)
{
    auto table = db.exec(QStringLiteral("SELECT to_regclass('store_schema') IS NOT NULL"));
    if (!table)
        return std::unexpected(table.error());
    if (!table->boolean(0, 0))
        return 0;
    auto version = db.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM store_schema"));
    if (!version)
        return std::unexpected(version.error());
    return int(version->integer(0, 0));
}

Error tooNew(int version, int latest)
{
    return Error {ErrorCode::VaultTooNew,
                  PostgresStore::tr("The office store was made by a newer version of "
                                    "schouw-server. Update schouw-server; the store has not "
                                    "been changed."),
                  QStringLiteral("store schema %1, this build knows %2").arg(version).arg(latest)};
}

// One transaction per step, each under an advisory lock, so that the service and an admin
// command started together on an empty database do not both create the tables.
Status migrate(PgConnection &db)
{
    const int latest = Steps.back().version;
    for (const Step &step : Steps) {
        if (auto begun = db.exec(QStringLiteral("BEGIN")); !begun)
            return std::unexpected(begun.error());
        const auto rollback = [&db](Error error) -> Status {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(std::move(error));
        };
        if (auto locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"),
                                  PgParams().integer(MigrationLockKey));
            !locked)
            return rollback(locked.error());
        auto version = currentVersion(db);
        if (!version)
            return rollback(version.error());
        if (*version > latest)
            return rollback(tooNew(*version, latest));
        if (step.version <= *version) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        if (*version == 0)
            if (auto done = db.exec(QStringLiteral("CREATE TABLE store_schema (version INTEGER "
                                                   "NOT NULL, applied_at TEXT NOT NULL)"));
                !done)
                return rollback(done.error());
        if (auto done = db.execScript(QString::fromUtf8(step.sql)); !done)
            return rollback(done.error());
        if (auto done = db.exec(
                QStringLiteral("INSERT INTO store_schema (version, applied_at) VALUES ($1, $2)"),
                PgParams().integer(step.version).text(timeText(QDateTime::currentDateTimeUtc())));
            !done)
            return rollback(done.error());
        if (*version == 0)
            if (auto done =
                    db.exec(QStringLiteral("INSERT INTO store_meta (key, value) "
                                           "VALUES ('store_id', $1)"),
                            PgParams().text(QUuid::createUuid().toString(QUuid::WithoutBraces)));
                !done)
                return rollback(done.error());
        auto committed = db.exec(QStringLiteral("COMMIT"));
        if (!committed)
            return std::unexpected(committed.error());
    }
    // Nothing to do for this build, but a newer one may have been here.
    auto version = currentVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > latest)
        return std::unexpected(tooNew(*version, latest));
    return {};
}

// ---- Store ------------------------------------------------------------------------------------

class PostgresStoreImpl final : public Store
{
public:
    PostgresStoreImpl(std::unique_ptr<PgPool> pool, QString storeId)
        : m_pool(std::move(pool))
        , m_storeId(std::move(storeId))
    {
    }

    QString storeId() const override { return m_storeId; }

    Status run(const std::function<Status(StoreSession &)> &work) override
    {
        for (int attempt = 1;; ++attempt) {
            auto lease = m_pool->acquire();
            if (!lease)
                return std::unexpected(lease.error());
            PgConnection &db = **lease;
            db.clearFailure();
            if (auto begun = db.exec(QStringLiteral("BEGIN")); !begun) {
                // A pooled connection the server dropped meanwhile (a restart): nothing ran yet,
                // so a fresh connection may simply try again.
                if (db.isBroken() && attempt < MaxAttempts)
                    continue;
                return std::unexpected(busy(begun.error()));
            }
            PostgresSession session(db, true);
            Status result = work(session);
            if (result) {
                // A callback that ignored a failed statement must not be taken for a success:
                // COMMIT of an aborted transaction answers ROLLBACK.
                auto committed = db.exec(QStringLiteral("COMMIT"));
                if (committed && committed->commandStatus() == "COMMIT")
                    return {};
                result = committed ? std::unexpected(pgError(db.firstFailure(),
                                                             QStringLiteral("commit rolled back")))
                                   : std::unexpected(committed.error());
            } else if (!db.isBroken()) {
                (void)db.exec(QStringLiteral("ROLLBACK"));
            }
            if (!isRetryableSqlState(db.firstFailure()) || attempt >= MaxAttempts)
                return std::unexpected(busy(result.error()));
            // Deadlock or serialization failure: rolled back, so the whole unit may run again.
            // Short, jittered waits keep two retrying transactions from meeting again.
            const int waitMs = 5 * attempt + int(QRandomGenerator::global()->bounded(10 * attempt));
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        }
    }

    Status read(const std::function<Status(StoreSession &)> &work) override
    {
        for (int attempt = 1;; ++attempt) {
            auto lease = m_pool->acquire();
            if (!lease)
                return std::unexpected(lease.error());
            PgConnection &db = **lease;
            db.clearFailure();
            // One snapshot for the whole callback: lastSeq and the changes it reads agree.
            if (auto begun =
                    db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
                !begun) {
                if (db.isBroken() && attempt < MaxAttempts)
                    continue;
                return std::unexpected(busy(begun.error()));
            }
            PostgresSession session(db, false);
            Status result = work(session);
            if (!db.isBroken())
                (void)db.exec(QStringLiteral("ROLLBACK"));
            if (!result)
                return std::unexpected(busy(result.error()));
            return {};
        }
    }

private:
    // As the embedded store: a store that cannot be had now is "busy", whatever the reason.
    static Error busy(Error error)
    {
        if (error.code == ErrorCode::Network)
            error.code = ErrorCode::ServerBusy;
        return error;
    }

    std::unique_ptr<PgPool> m_pool;
    QString m_storeId;
};

} // namespace

bool PostgresStore::isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://")) ||
        url.startsWith(QLatin1String("postgres://"));
}

int PostgresStore::schemaVersion()
{
    return Steps.back().version;
}

Result<std::unique_ptr<Store>> PostgresStore::open(const Options &options)
{
    if (!isPostgresUrl(options.url))
        return fail(ErrorCode::InvalidInput, tr("The store URL must start with postgresql://."),
                    QStringLiteral("not a postgresql url"));
    if (auto valid = PgConnection::checkUrl(options.url); !valid)
        return std::unexpected(valid.error());
    PgTarget target;
    target.url = options.url;
    if (!options.passwordFile.isEmpty()) {
        auto password = readPasswordFile(options.passwordFile);
        if (!password)
            return std::unexpected(password.error());
        target.password = *password;
    }
    auto first = PgConnection::connect(target);
    if (!first)
        return std::unexpected(first.error());
    if (auto done = migrate(*first); !done)
        return std::unexpected(done.error());
    auto id = first->exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
    if (!id)
        return std::unexpected(id.error());
    if (id->rows() != 1)
        return fail(ErrorCode::VaultDamaged,
                    tr("The office store in PostgreSQL has no store id: it is damaged."),
                    QStringLiteral("store_meta without store_id"));
    const QString storeId = id->text(0, 0);
    auto pool = std::make_unique<PgPool>(std::move(target), options.poolSize);
    (void)pool->adopt(std::move(*first));
    return std::unique_ptr<Store>(std::make_unique<PostgresStoreImpl>(std::move(pool), storeId));
}

} // namespace schouw::server
