#include "embeddedstore.h"

#include "vault/securebytes.h"
#include "vault/sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

#include <array>
#include <mutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace schouw::server {

namespace {

constexpr std::size_t KeySize = 32;
constexpr int BusyTimeoutMs = 5000;
// The page cache of the one connection: decrypted pages stay in memory, so a pull reads the
// changes it hands out without decrypting them again (64 MiB holds about 150,000 changes).
constexpr int CacheKiB = 64 * 1024;

struct Step
{
    int version;
    const char *sql;
};

// Never change a released step: add one.
constexpr const char *SchemaV1 = R"SQL(
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    scope_epoch INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    team_id TEXT REFERENCES teams(id),
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX devices_by_user ON devices(user_id);

CREATE TABLE refresh_tokens (
    hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX refresh_tokens_by_user ON refresh_tokens(user_id);
CREATE INDEX refresh_tokens_by_device ON refresh_tokens(device_id);

CREATE TABLE access_tokens (
    hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX access_tokens_by_user ON access_tokens(user_id);
CREATE INDEX access_tokens_by_device ON access_tokens(device_id);

CREATE TABLE assignments (
    team_id TEXT NOT NULL REFERENCES teams(id),
    provider_id TEXT NOT NULL,
    PRIMARY KEY (team_id, provider_id)
) WITHOUT ROWID;

CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op INTEGER NOT NULL CHECK (op BETWEEN 0 AND 2),
    fields_json TEXT NOT NULL,
    bases_json TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    scope_provider_id TEXT,
    pushed_by TEXT
);
CREATE INDEX changes_by_scope ON changes(scope_provider_id, seq);

CREATE TABLE record_scope (
    entity_id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    scope_provider_id TEXT
) WITHOUT ROWID;
)SQL";

// Attachment content, in the chunks it was uploaded in (at most 1 MiB each).
constexpr const char *SchemaV2 = R"SQL(
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    offset INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, offset)
);

CREATE TABLE blob_refs (
    sha256 TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    scope_provider_id TEXT,
    PRIMARY KEY (sha256, attachment_id)
) WITHOUT ROWID;
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

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Error busyAware(Error error)
{
    if (error.code == ErrorCode::VaultBusy)
        error =
            Error {ErrorCode::ServerBusy,
                   EmbeddedStore::tr("The office store is busy. Try again shortly."), error.detail};
    return error;
}

// ---- Key file ---------------------------------------------------------------------------------

Result<SecureBytes> readKey(const QString &path)
{
    struct stat info
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return fail(ErrorCode::Io, EmbeddedStore::tr("The office store's key file cannot be read."),
                    QStringLiteral("stat store.key failed"));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(ErrorCode::Io,
                    EmbeddedStore::tr("The office store's key file %1 may be read by other users. "
                                      "Restrict it to the service's account (chmod 600) and "
                                      "start again.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("store.key mode %1").arg(info.st_mode & 0777, 0, 8));
    if (info.st_size != qint64(KeySize))
        return fail(ErrorCode::KeyFileDamaged,
                    EmbeddedStore::tr("The office store's key file is damaged."),
                    QStringLiteral("store.key has %1 bytes").arg(qint64(info.st_size)));
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io, EmbeddedStore::tr("The office store's key file cannot be read."),
                    QStringLiteral("open store.key failed"));
    SecureBytes key(KeySize);
    const ssize_t got = ::read(fd, key.data(), KeySize);
    ::close(fd);
    if (got != ssize_t(KeySize))
        return fail(ErrorCode::Io, EmbeddedStore::tr("The office store's key file cannot be read."),
                    QStringLiteral("short read of store.key"));
    return key;
}

Result<SecureBytes> createKey(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    EmbeddedStore::tr("The office store's key file cannot be created."),
                    QStringLiteral("create store.key failed (errno %1)").arg(errno));
    SecureBytes key = SecureBytes::random(KeySize);
    const bool written = ::write(fd, key.data(), KeySize) == ssize_t(KeySize) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return fail(ErrorCode::Io,
                    EmbeddedStore::tr("The office store's key file cannot be created."),
                    QStringLiteral("write store.key failed"));
    }
    return key;
}

Status ensureDirectory(const QString &directory)
{
    if (directory.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    EmbeddedStore::tr("No data directory is configured for the office store."));
    if (QFileInfo(directory).isDir())
        return {};
    const QByteArray native = QFile::encodeName(directory);
    QDir().mkpath(QFileInfo(directory).absolutePath());
    if (::mkdir(native.constData(), 0700) != 0 && !QFileInfo(directory).isDir())
        return fail(ErrorCode::Io,
                    EmbeddedStore::tr("The data directory %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(directory)),
                    QStringLiteral("mkdir failed (errno %1)").arg(errno));
    return {};
}

// ---- Session ----------------------------------------------------------------------------------

class EmbeddedSession final : public StoreSession
{
public:
    explicit EmbeddedSession(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<TeamRecord>> findTeam(const QString &idOrName) override
    {
        auto statement = m_db.prepare(QStringLiteral(
            "SELECT id, name, created_at, scope_epoch FROM teams WHERE id = ?1 OR name = ?1 "
            "ORDER BY id = ?1 DESC LIMIT 1"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, idOrName);
        if (!statement->next())
            return noRow<TeamRecord>(*statement);
        return std::optional<TeamRecord>(readTeam(*statement));
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
                                      "VALUES (?,?,?,?)"),
                       {team.id, team.name, timeText(team.createdAt), qint64(team.scopeEpoch)});
    }

    Status raiseScopeEpoch(const QString &teamId) override
    {
        return execute(
            QStringLiteral("UPDATE teams SET scope_epoch = scope_epoch + 1 WHERE id = ?"),
            {teamId});
    }

    Result<std::optional<UserRecord>> findUserByLogin(const QString &login) override
    {
        return findUser(QStringLiteral("login"), login);
    }

    Result<std::optional<UserRecord>> findUserById(const QString &id) override
    {
        return findUser(QStringLiteral("id"), id);
    }

    Result<QList<UserRecord>> users() override
    {
        return readAll<UserRecord>(UserSelect + QStringLiteral(" ORDER BY login"), {}, readUser);
    }

    Status insertUser(const UserRecord &user) override
    {
        return execute(QStringLiteral("INSERT INTO users (id, login, display_name, team_id, role, "
                                      "password_hash, disabled, created_at) VALUES "
                                      "(?,?,?,?,?,?,?,?)"),
                       {user.id, user.login, user.displayName, optionalText(user.teamId), user.role,
                        user.passwordHash, qint64(user.disabled ? 1 : 0),
                        timeText(user.createdAt)});
    }

    Status updateUser(const UserRecord &user) override
    {
        return execute(QStringLiteral("UPDATE users SET display_name = ?, team_id = ?, role = ?, "
                                      "password_hash = ?, disabled = ? WHERE id = ?"),
                       {user.displayName, optionalText(user.teamId), user.role, user.passwordHash,
                        qint64(user.disabled ? 1 : 0), user.id});
    }

    Result<std::optional<DeviceRecord>> findDevice(const QString &id) override
    {
        auto statement = m_db.prepare(DeviceSelect + QStringLiteral(" WHERE id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, id);
        if (!statement->next())
            return noRow<DeviceRecord>(*statement);
        return std::optional<DeviceRecord>(readDevice(*statement));
    }

    Result<QList<DeviceRecord>> devices(const QString &userId) override
    {
        if (userId.isEmpty())
            return readAll<DeviceRecord>(DeviceSelect + QStringLiteral(" ORDER BY created_at"), {},
                                         readDevice);
        return readAll<DeviceRecord>(DeviceSelect +
                                         QStringLiteral(" WHERE user_id = ? ORDER BY created_at"),
                                     {userId}, readDevice);
    }

    Status saveDevice(const DeviceRecord &device) override
    {
        // SQLite 3.15 has no UPSERT.
        if (auto done =
                execute(QStringLiteral("UPDATE devices SET user_id = ?, name = ?, "
                                       "last_seen_at = ? WHERE id = ?"),
                        {device.userId, device.name, timeText(device.lastSeenAt), device.id});
            !done)
            return done;
        if (m_db.changes() > 0)
            return {};
        return execute(QStringLiteral("INSERT INTO devices (id, user_id, name, created_at, "
                                      "last_seen_at, revoked) VALUES (?,?,?,?,?,0)"),
                       {device.id, device.userId, device.name, timeText(device.createdAt),
                        timeText(device.lastSeenAt)});
    }

    Status touchDevice(const QString &id, const QDateTime &seenAt) override
    {
        return execute(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"),
                       {timeText(seenAt), id});
    }

    Result<bool> revokeDevice(const QString &id, const QDateTime &at) override
    {
        if (auto done = execute(QStringLiteral("UPDATE devices SET revoked = 1, revoked_at = "
                                               "coalesce(revoked_at, ?) WHERE id = ?"),
                                {timeText(at), id});
            !done)
            return std::unexpected(done.error());
        const bool found = m_db.changes() > 0;
        return found;
    }

    Status insertToken(const TokenRecord &token) override
    {
        return execute(QStringLiteral("INSERT INTO %1 (hash, user_id, device_id, expires_at) "
                                      "VALUES (?,?,?,?)")
                           .arg(tokenTable(token.kind)),
                       {token.hash, token.userId, token.deviceId, timeText(token.expiresAt)});
    }

    Result<std::optional<TokenRecord>> findToken(TokenKind kind, const QString &hash) override
    {
        auto statement = m_db.prepare(
            QStringLiteral("SELECT hash, user_id, device_id, expires_at FROM %1 WHERE hash = ?")
                .arg(tokenTable(kind)));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, hash);
        if (!statement->next())
            return noRow<TokenRecord>(*statement);
        return std::optional<TokenRecord>(TokenRecord {statement->text(0), kind, statement->text(1),
                                                       statement->text(2),
                                                       timeFrom(statement->text(3))});
    }

    Status deleteToken(TokenKind kind, const QString &hash) override
    {
        return execute(QStringLiteral("DELETE FROM %1 WHERE hash = ?").arg(tokenTable(kind)),
                       {hash});
    }

    Status deleteTokensOfUser(const QString &userId) override
    {
        for (TokenKind kind : {TokenKind::Access, TokenKind::Refresh})
            if (auto done = execute(
                    QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(tokenTable(kind)),
                    {userId});
                !done)
                return done;
        return {};
    }

    Status shortenTokenExpiry(TokenKind kind, const QString &hash,
                              const QDateTime &expiresAt) override
    {
        // Times are UTC text of one fixed format, so text order is time order.
        return execute(QStringLiteral("UPDATE %1 SET expires_at = ?2 WHERE hash = ?1 AND "
                                      "expires_at > ?2")
                           .arg(tokenTable(kind)),
                       {hash, timeText(expiresAt)});
    }

    Status keepOnlyRefreshTokens(const QString &deviceId, const QString &keptHash,
                                 const QString &otherKeptHash) override
    {
        return execute(QStringLiteral("DELETE FROM refresh_tokens WHERE device_id = ? AND hash "
                                      "NOT IN (?, ?)"),
                       {deviceId, keptHash, otherKeptHash});
    }

    Status deleteExpiredTokens(const QDateTime &now) override
    {
        for (TokenKind kind : {TokenKind::Access, TokenKind::Refresh})
            if (auto done = execute(
                    QStringLiteral("DELETE FROM %1 WHERE expires_at <= ?").arg(tokenTable(kind)),
                    {timeText(now)});
                !done)
                return done;
        return {};
    }

    Result<bool> assign(const QString &teamId, const QString &providerId) override
    {
        if (auto done = execute(QStringLiteral("INSERT OR IGNORE INTO assignments (team_id, "
                                               "provider_id) VALUES (?,?)"),
                                {teamId, providerId});
            !done)
            return std::unexpected(done.error());
        return m_db.changes() > 0;
    }

    Result<bool> unassign(const QString &teamId, const QString &providerId) override
    {
        if (auto done = execute(
                QStringLiteral("DELETE FROM assignments WHERE team_id = ? AND provider_id = ?"),
                {teamId, providerId});
            !done)
            return std::unexpected(done.error());
        return m_db.changes() > 0;
    }

    Result<bool> isAssigned(const QString &teamId, const QString &providerId) override
    {
        auto statement = m_db.prepare(
            QStringLiteral("SELECT 1 FROM assignments WHERE team_id = ? AND provider_id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, teamId).bind(2, providerId);
        return exists(*statement);
    }

    Result<QStringList> assignedProviders(const QString &teamId) override
    {
        auto list = readAll<QString>(
            QStringLiteral(
                "SELECT provider_id FROM assignments WHERE team_id = ? ORDER BY provider_id"),
            {teamId}, [](const Statement &row) { return row.text(0); });
        if (!list)
            return std::unexpected(list.error());
        return QStringList(*list);
    }

    Result<QSet<QString>> knownChangeIds(const QStringList &changeIds, bool) override
    {
        auto statement = m_db.prepare(QStringLiteral("SELECT 1 FROM changes WHERE change_id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        QSet<QString> known;
        for (const QString &id : changeIds) {
            statement->reset();
            statement->bind(1, id);
            if (statement->next())
                known.insert(id);
            if (statement->error())
                return std::unexpected(*statement->error());
        }
        return known;
    }

    Result<bool> hasChange(const QString &changeId) override
    {
        auto statement = m_db.prepare(QStringLiteral("SELECT 1 FROM changes WHERE change_id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, changeId);
        return exists(*statement);
    }

    Result<quint64> appendChange(const StoredChange &change) override
    {
        if (auto done = execute(
                QStringLiteral("INSERT INTO changes (change_id, entity, entity_id, op, "
                               "fields_json, bases_json, author_id, device_id, hlc, received_at, "
                               "scope_provider_id, pushed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                {change.changeId, change.entity, change.entityId, qint64(change.op),
                 change.fieldsJson, change.basesJson, change.authorId, change.deviceId,
                 qint64(change.hlc), timeText(change.receivedAt),
                 optionalText(change.scopeProviderId), optionalText(change.pushedBy)});
            !done)
            return std::unexpected(done.error());
        return quint64(sqlite3_last_insert_rowid(m_db.handle()));
    }

    Result<std::optional<RecordScope>> recordScope(const QString &entityId) override
    {
        auto statement = m_db.prepare(QStringLiteral(
            "SELECT entity, parent_id, scope_provider_id FROM record_scope WHERE entity_id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, entityId);
        if (!statement->next())
            return noRow<RecordScope>(*statement);
        return std::optional<RecordScope>(
            RecordScope {statement->text(0), statement->text(1), statement->text(2)});
    }

    Status insertRecordScope(const QString &entityId, const RecordScope &scope) override
    {
        return execute(
            QStringLiteral("INSERT OR IGNORE INTO record_scope (entity_id, entity, "
                           "parent_id, scope_provider_id) VALUES (?,?,?,?)"),
            {entityId, scope.entity, scope.parentId, optionalText(scope.scopeProviderId)});
    }

    Result<quint64> lastSeq() override
    {
        auto value = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
        if (!value)
            return std::unexpected(value.error());
        return quint64(value->toLongLong());
    }

    Result<QList<StoredChange>> changes(const PullQuery &query) override
    {
        // audit_event is kept for the office and never handed out.
        QString sql = QStringLiteral(
            "SELECT seq, change_id, entity, entity_id, op, fields_json, bases_json, author_id, "
            "device_id, hlc, received_at, scope_provider_id, pushed_by FROM changes "
            "WHERE seq > ?1 AND device_id <> ?2 AND entity <> 'audit_event' AND ");
        if (query.globalOnly)
            sql += QStringLiteral("scope_provider_id IS NULL AND coalesce(?3, '') = ''");
        else
            sql += QStringLiteral("(scope_provider_id IS NULL OR scope_provider_id IN "
                                  "(SELECT provider_id FROM assignments WHERE team_id = ?3))");
        sql += QStringLiteral(" ORDER BY seq LIMIT ?4");
        qint64 bytes = 0;
        return readAll<StoredChange>(
            sql, {qint64(query.after), query.excludeDeviceId, query.teamId, qint64(query.limit)},
            [](const Statement &row) {
                return StoredChange {quint64(row.integer(0)),
                                     row.text(1),
                                     row.text(2),
                                     row.text(3),
                                     int(row.integer(4)),
                                     row.text(5),
                                     row.text(6),
                                     row.text(7),
                                     row.text(8),
                                     quint64(row.integer(9)),
                                     timeFrom(row.text(10)),
                                     row.text(11),
                                     row.text(12)};
            },
            [&](const StoredChange &change) {
                bytes += pullBytes(change);
                return query.maxBytes > 0 && bytes >= query.maxBytes;
            });
    }

    Result<qint64> changeCount() override
    {
        auto value = m_db.scalar(QStringLiteral("SELECT count(*) FROM changes"));
        if (!value)
            return std::unexpected(value.error());
        return value->toLongLong();
    }

    Result<std::optional<BlobRecord>> findBlob(const QString &sha256) override
    {
        auto statement = m_db.prepare(QStringLiteral(
            "SELECT sha256, size, received, complete, created_at FROM blobs WHERE sha256 = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, sha256);
        if (!statement->next())
            return noRow<BlobRecord>(*statement);
        return std::optional<BlobRecord>(
            BlobRecord {statement->text(0), statement->integer(1), statement->integer(2),
                        statement->integer(3) != 0, timeFrom(statement->text(4))});
    }

    Status insertBlob(const BlobRecord &blob) override
    {
        return execute(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, received, "
                                      "complete, created_at) VALUES (?,?,0,0,?)"),
                       {blob.sha256, blob.size, timeText(blob.createdAt)});
    }

    Status appendBlobChunk(const QString &sha256, qint64 offset, const QByteArray &bytes) override
    {
        // The offset condition makes a racing duplicate upload a no-op rather than a second copy.
        if (auto done = execute(QStringLiteral("UPDATE blobs SET received = received + ? "
                                               "WHERE sha256 = ? AND received = ?"),
                                {qint64(bytes.size()), sha256, offset});
            !done)
            return done;
        if (m_db.changes() == 0)
            return fail(ErrorCode::InvalidInput, EmbeddedStore::tr("The upload is out of order."),
                        QStringLiteral("blob chunk at an offset other than the received count"));
        return execute(
            QStringLiteral("INSERT INTO blob_chunks (sha256, offset, data) VALUES (?,?,?)"),
            {sha256, offset, bytes});
    }

    Status markBlobComplete(const QString &sha256) override
    {
        return execute(QStringLiteral("UPDATE blobs SET complete = 1 WHERE sha256 = ?"), {sha256});
    }

    Status deleteBlob(const QString &sha256) override
    {
        if (auto done =
                execute(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), {sha256});
            !done)
            return done;
        return execute(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {sha256});
    }

    Result<QByteArray> readBlob(const QString &sha256, qint64 offset, qint64 length) override
    {
        auto statement = m_db.prepare(QStringLiteral(
            "SELECT offset, data FROM blob_chunks WHERE sha256 = ?1 AND offset < ?2 + ?3 "
            "AND offset + length(data) > ?2 ORDER BY offset"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, sha256).bind(2, offset).bind(3, length);
        QByteArray out;
        while (statement->next()) {
            const qint64 chunkOffset = statement->integer(0);
            const QByteArray data = statement->blob(1);
            const qint64 from = qMax<qint64>(0, offset - chunkOffset);
            const qint64 wanted = offset + length - (chunkOffset + from);
            out += data.mid(from, qMin<qint64>(data.size() - from, wanted));
        }
        if (statement->error())
            return std::unexpected(*statement->error());
        return out;
    }

    Status insertBlobReference(const QString &sha256, const QString &attachmentId,
                               const QString &scopeProviderId) override
    {
        return execute(QStringLiteral("INSERT OR IGNORE INTO blob_refs (sha256, attachment_id, "
                                      "scope_provider_id) VALUES (?,?,?)"),
                       {sha256, attachmentId, optionalText(scopeProviderId)});
    }

    Result<QStringList> blobScopes(const QString &sha256) override
    {
        auto list = readAll<QString>(
            QStringLiteral("SELECT DISTINCT coalesce(scope_provider_id, '') FROM blob_refs "
                           "WHERE sha256 = ? ORDER BY 1"),
            {sha256}, [](const Statement &row) { return row.text(0); });
        if (!list)
            return std::unexpected(list.error());
        return QStringList(*list);
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

    static TeamRecord readTeam(const Statement &row)
    {
        return TeamRecord {row.text(0), row.text(1), timeFrom(row.text(2)),
                           quint64(row.integer(3))};
    }

    static UserRecord readUser(const Statement &row)
    {
        return UserRecord {row.text(0), row.text(1), row.text(2),         row.text(3),
                           row.text(4), row.text(5), row.integer(6) != 0, timeFrom(row.text(7))};
    }

    static DeviceRecord readDevice(const Statement &row)
    {
        return DeviceRecord {row.text(0),
                             row.text(1),
                             row.text(2),
                             timeFrom(row.text(3)),
                             timeFrom(row.text(4)),
                             row.integer(5) != 0,
                             row.text(6).isEmpty() ? QDateTime() : timeFrom(row.text(6))};
    }

    template<typename T> Result<std::optional<T>> noRow(const Statement &statement)
    {
        if (statement.error())
            return std::unexpected(*statement.error());
        return std::optional<T>();
    }

    static Result<bool> exists(Statement &statement)
    {
        const bool found = statement.next();
        if (statement.error())
            return std::unexpected(*statement.error());
        return found;
    }

    Result<std::optional<UserRecord>> findUser(const QString &column, const QString &value)
    {
        auto statement = m_db.prepare(UserSelect + QStringLiteral(" WHERE %1 = ?").arg(column));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, value);
        if (!statement->next())
            return noRow<UserRecord>(*statement);
        return std::optional<UserRecord>(readUser(*statement));
    }

    Status execute(const QString &sql, const QVariantList &values)
    {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        for (qsizetype i = 0; i < values.size(); ++i)
            statement->bind(int(i + 1), values.at(i));
        return statement->exec();
    }

    template<typename T, typename Reader>
    Result<QList<T>> readAll(const QString &sql, const QVariantList &values, Reader reader,
                             const std::function<bool(const T &)> &enough = {})
    {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        for (qsizetype i = 0; i < values.size(); ++i)
            statement->bind(int(i + 1), values.at(i));
        QList<T> rows;
        while (statement->next()) {
            rows.append(reader(*statement));
            if (enough && enough(rows.constLast()))
                break;
        }
        if (statement->error())
            return std::unexpected(*statement->error());
        return rows;
    }

    Database &m_db;
};

// ---- Store ------------------------------------------------------------------------------------

Status migrate(Database &db)
{
    auto hasTable = db.scalar(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_schema'"));
    if (!hasTable)
        return std::unexpected(hasTable.error());
    int version = 0;
    if (hasTable->toInt() > 0) {
        auto current = db.scalar(QStringLiteral("SELECT max(version) FROM store_schema"));
        if (!current)
            return std::unexpected(current.error());
        version = current->toInt();
    }
    const int latest = Steps.back().version;
    if (version > latest)
        return fail(
            ErrorCode::VaultTooNew,
            EmbeddedStore::tr("The office store was made by a newer version of "
                              "schouw-server. Update schouw-server; the store has not "
                              "been changed."),
            QStringLiteral("store schema %1, this build knows %2").arg(version).arg(latest));
    for (const Step &step : Steps) {
        if (step.version <= version)
            continue;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        if (version == 0)
            if (auto done = db.exec(QStringLiteral(
                    "CREATE TABLE store_schema (version INTEGER NOT NULL, applied_at TEXT NOT "
                    "NULL)"));
                !done)
                return done;
        if (auto done = db.exec(QString::fromUtf8(step.sql)); !done)
            return done;
        auto record = db.prepare(
            QStringLiteral("INSERT INTO store_schema (version, applied_at) VALUES (?, ?)"));
        if (!record)
            return std::unexpected(record.error());
        record->bind(1, qint64(step.version))
            .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (auto done = record->exec(); !done)
            return done;
        if (version == 0) {
            auto meta = db.prepare(
                QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('store_id', ?)"));
            if (!meta)
                return std::unexpected(meta.error());
            meta->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (auto done = meta->exec(); !done)
                return done;
        }
        if (auto done = transaction.commit(); !done)
            return done;
        version = step.version;
    }
    return {};
}

class EmbeddedStoreImpl final : public Store
{
public:
    EmbeddedStoreImpl(Database db, QString storeId)
        : m_db(std::move(db))
        , m_storeId(std::move(storeId))
    {
    }

    QString storeId() const override { return m_storeId; }

    Status run(const std::function<Status(StoreSession &)> &work) override
    {
        std::lock_guard lock(m_mutex);
        Transaction transaction(m_db);
        if (!transaction.begun())
            return std::unexpected(busyAware(transaction.begun().error()));
        EmbeddedSession session(m_db);
        if (auto done = work(session); !done)
            return std::unexpected(busyAware(done.error()));
        if (auto done = transaction.commit(); !done)
            return std::unexpected(busyAware(done.error()));
        return {};
    }

    Status read(const std::function<Status(StoreSession &)> &work) override
    {
        std::lock_guard lock(m_mutex);
        // A deferred transaction: a consistent snapshot without taking the write lock.
        if (auto done = m_db.exec(QStringLiteral("BEGIN")); !done)
            return std::unexpected(busyAware(done.error()));
        EmbeddedSession session(m_db);
        Status result = work(session);
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        if (!result)
            return std::unexpected(busyAware(result.error()));
        return {};
    }

private:
    std::mutex m_mutex;
    Database m_db;
    QString m_storeId;
};

} // namespace

int EmbeddedStore::schemaVersion()
{
    return Steps.back().version;
}

Result<std::unique_ptr<Store>> EmbeddedStore::open(const QString &dataDirectory)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The encryption library could not be started."));
    if (auto done = ensureDirectory(dataDirectory); !done)
        return std::unexpected(done.error());
    const QDir directory(dataDirectory);
    const QString keyPath = directory.filePath(QString::fromLatin1(KeyFileName));
    const QString dbPath = directory.filePath(QString::fromLatin1(DatabaseName));
    const bool hasKey = QFileInfo::exists(keyPath);
    const bool hasDatabase = QFileInfo::exists(dbPath);
    if (!hasKey && hasDatabase)
        return fail(ErrorCode::KeyFileDamaged,
                    tr("The office store %1 exists but its key file store.key is missing. Restore "
                       "the key file from the backup; the store has not been changed.")
                        .arg(QDir::toNativeSeparators(dbPath)),
                    QStringLiteral("store.db without store.key"));
    auto key = hasKey ? readKey(keyPath) : createKey(keyPath);
    if (!key)
        return std::unexpected(key.error());
    if (!hasDatabase) {
        // Made owner-only before SQLite sees it; its -wal and -shm files take the same mode.
        const int fd = ::open(QFile::encodeName(dbPath).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(ErrorCode::Io,
                        tr("The office store cannot be created in %1.")
                            .arg(QDir::toNativeSeparators(dataDirectory)),
                        QStringLiteral("create store.db failed (errno %1)").arg(errno));
        ::close(fd);
    }

    // 4 KiB pages: SQLCipher 3's default of 1 KiB made the office encrypt and authenticate four
    // times as many pages per push (a push of 10,000 changes took 0.75 s of office CPU instead of
    // 0.4 s, docs/benchmarks.md). Stores made before that keep their 1 KiB pages: the first read
    // fails with the new size, and they are opened with the old one.
    const auto openWithPageSize = [&](int pageSize) -> Result<Database> {
        auto db = Database::open(dbPath, Database::OpenMode::Create, *key);
        if (!db)
            return db;
        sqlite3_busy_timeout(db->handle(), BusyTimeoutMs);
        if (auto done = db->exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize));
            !done)
            return std::unexpected(done.error());
        // The cipher must really be there, and the key must fit: the first read shows it.
        auto cipher = db->scalar(QStringLiteral("PRAGMA cipher_version"));
        if (!cipher || cipher->toString().isEmpty())
            return fail(ErrorCode::CipherUnavailable,
                        tr("schouw-server was built without encryption support and will not "
                           "store data."),
                        QStringLiteral("PRAGMA cipher_version returned nothing"));
        if (auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
            return fail(ErrorCode::VaultDamaged,
                        tr("The office store cannot be read with its key file: the key does not "
                           "belong to this store, or the store is damaged. Nothing has been "
                           "changed."),
                        probe.error().detail);
        return db;
    };
    auto db = openWithPageSize(EmbeddedStore::PageSize);
    if (!db && db.error().code == ErrorCode::VaultDamaged && hasDatabase)
        if (auto legacy = openWithPageSize(EmbeddedStore::LegacyPageSize))
            db = std::move(legacy);
    if (!db)
        return std::unexpected(db.error());
    if (auto done = db->exec(
            QStringLiteral(
                "PRAGMA cache_size = -%1; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                "PRAGMA foreign_keys = ON;")
                .arg(CacheKiB));
        !done)
        return std::unexpected(done.error());
    if (auto done = migrate(*db); !done)
        return std::unexpected(done.error());
    auto storeId =
        db->scalar(QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
    if (!storeId)
        return std::unexpected(storeId.error());
    return std::unique_ptr<Store>(
        std::make_unique<EmbeddedStoreImpl>(std::move(*db), storeId->toString()));
}

} // namespace schouw::server
