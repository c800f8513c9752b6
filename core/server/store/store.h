#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The office service's persistent state behind one interface, so that the embedded SQLCipher
// store and the PostgreSQL store behave the same and pass the same tests. The store
// knows nothing of authorisation or tokens' meaning: core/server/office decides, the store keeps.
namespace schouw::server {

struct TeamRecord
{
    QString id; // UUID text
    QString name;
    QDateTime createdAt;
    // Raised whenever a provider is assigned to the team: the team's clients then pull from the
    // start once, so they receive the provider's older changes (docs/office-service.md).
    quint64 scopeEpoch = 0;
};

struct UserRecord
{
    QString id; // UUID text; also the id of the user's app_user record
    QString login; // unique, case-sensitive as typed (stored trimmed)
    QString displayName;
    QString teamId; // empty: no team (administrators)
    QString role; // roleKey()
    QString passwordHash; // libsodium's "$argon2id$..." string
    bool disabled = false;
    QDateTime createdAt;
};

struct DeviceRecord
{
    QString id; // the client's device id (vault meta device_id)
    QString userId;
    QString name;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    bool revoked = false;
    QDateTime revokedAt;
};

enum class TokenKind { Access, Refresh };

struct TokenRecord
{
    QString hash; // SHA-256 hex of the token; the token itself is never stored
    TokenKind kind = TokenKind::Access;
    QString userId;
    QString deviceId;
    QDateTime expiresAt;
};

// One change as the office keeps it (contract "Push").
struct StoredChange
{
    quint64 seq = 0; // 0 until appended
    QString changeId;
    QString entity;
    QString entityId;
    int op = 0; // 0 insert, 1 update, 2 delete
    QString fieldsJson;
    QString basesJson; // opaque, "" when none
    QString authorId; // "" when none
    QString deviceId;
    quint64 hlc = 0;
    QDateTime receivedAt;
    QString scopeProviderId; // "" = global
    QString pushedBy; // user id, "" for office changes
};

// What the office remembers about a record from its first change: its entity, the parent the
// scope was taken from (a visit's provider, an observation's visit, ...) and the scope provider.
struct RecordScope
{
    QString entity;
    QString parentId; // "" when the record has no parent (provider, global records)
    QString scopeProviderId; // "" = global
};

// An attachment's content at the office, addressed by its SHA-256 (lower-case hex). Uploaded in
// chunks appended at the end; complete once every declared byte arrived and the hash was checked.
struct BlobRecord
{
    QString sha256;
    qint64 size = 0; // declared by the first upload
    qint64 received = 0; // bytes stored, contiguous from 0
    bool complete = false;
    QDateTime createdAt;
};

struct PullQuery
{
    quint64 after = 0;
    int limit = 1000;
    QString excludeDeviceId;
    // Only global records (an administrator); otherwise the team's assigned providers too.
    bool globalOnly = false;
    QString teamId;
    // Stops after the row at which the UTF-8 bytes of fields_json and bases_json, summed in seq
    // order, reach this many (0: no limit). The first row always comes, whatever its size.
    qint64 maxBytes = 0;
};

// What PullQuery::maxBytes counts of a change: its UTF-8 bytes of fields and bases.
[[nodiscard]] inline qint64 pullBytes(const StoredChange &change)
{
    return change.fieldsJson.toUtf8().size() + change.basesJson.toUtf8().size();
}

// One unit of work against the store, inside a transaction (Store::run) or a consistent read
// (Store::read). Not to be kept beyond the callback.
class StoreSession
{
public:
    virtual ~StoreSession() = default;

    // Teams, by id or name.
    [[nodiscard]] virtual Result<std::optional<TeamRecord>> findTeam(const QString &idOrName) = 0;
    [[nodiscard]] virtual Result<QList<TeamRecord>> teams() = 0;
    [[nodiscard]] virtual Status insertTeam(const TeamRecord &team) = 0;
    [[nodiscard]] virtual Status raiseScopeEpoch(const QString &teamId) = 0;

    [[nodiscard]] virtual Result<std::optional<UserRecord>>
    findUserByLogin(const QString &login) = 0;
    [[nodiscard]] virtual Result<std::optional<UserRecord>> findUserById(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<UserRecord>> users() = 0;
    [[nodiscard]] virtual Status insertUser(const UserRecord &user) = 0;
    // Writes display name, team, role, hash and disabled of the user with this id.
    [[nodiscard]] virtual Status updateUser(const UserRecord &user) = 0;

    [[nodiscard]] virtual Result<std::optional<DeviceRecord>> findDevice(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<DeviceRecord>> devices(const QString &userId = {}) = 0;
    // Inserts the device or updates its user, name and last-seen time (never un-revokes).
    [[nodiscard]] virtual Status saveDevice(const DeviceRecord &device) = 0;
    [[nodiscard]] virtual Status touchDevice(const QString &id, const QDateTime &seenAt) = 0;
    // Marks the device revoked (its tokens stay, so that using one answers "device revoked" rather
    // than "unknown token"). False when there is no such device.
    [[nodiscard]] virtual Result<bool> revokeDevice(const QString &id, const QDateTime &at) = 0;

    [[nodiscard]] virtual Status insertToken(const TokenRecord &token) = 0;
    [[nodiscard]] virtual Result<std::optional<TokenRecord>> findToken(TokenKind kind,
                                                                       const QString &hash) = 0;
    [[nodiscard]] virtual Status deleteToken(TokenKind kind, const QString &hash) = 0;
    [[nodiscard]] virtual Status deleteTokensOfUser(const QString &userId) = 0;
    // Brings a token's expiry forward to expiresAt (never later than it was).
    [[nodiscard]] virtual Status shortenTokenExpiry(TokenKind kind, const QString &hash,
                                                    const QDateTime &expiresAt) = 0;
    // Deletes the refresh tokens of the device except the two named.
    [[nodiscard]] virtual Status keepOnlyRefreshTokens(const QString &deviceId,
                                                       const QString &keptHash,
                                                       const QString &otherKeptHash) = 0;
    [[nodiscard]] virtual Status deleteExpiredTokens(const QDateTime &now) = 0;

    // True when the assignment was new (assign) or existed (unassign).
    [[nodiscard]] virtual Result<bool> assign(const QString &teamId, const QString &providerId) = 0;
    [[nodiscard]] virtual Result<bool> unassign(const QString &teamId,
                                                const QString &providerId) = 0;
    [[nodiscard]] virtual Result<bool> isAssigned(const QString &teamId,
                                                  const QString &providerId) = 0;
    [[nodiscard]] virtual Result<QStringList> assignedProviders(const QString &teamId) = 0;

    [[nodiscard]] virtual Result<bool> hasChange(const QString &changeId) = 0;
    // The ids among changeIds (UUID text) the store already holds, in one query. With
    // lockForAppend the answer must stay true until this transaction's appends commit: the
    // PostgreSQL store first takes the change-log lock that appendChange takes (the embedded
    // store is serialised anyway). A push asks once without it to skip what it already sent,
    // checks and prepares the rest, and asks again with it right before appending, so the lock
    // is held for the appends alone.
    [[nodiscard]] virtual Result<QSet<QString>> knownChangeIds(const QStringList &changeIds,
                                                               bool lockForAppend) = 0;
    // Stores the change under the next global seq and returns that seq.
    [[nodiscard]] virtual Result<quint64> appendChange(const StoredChange &change) = 0;
    [[nodiscard]] virtual Result<std::optional<RecordScope>>
    recordScope(const QString &entityId) = 0;
    [[nodiscard]] virtual Status insertRecordScope(const QString &entityId,
                                                   const RecordScope &scope) = 0;
    [[nodiscard]] virtual Result<quint64> lastSeq() = 0;
    // Changes with seq > after that match the query, by seq, at most limit.
    [[nodiscard]] virtual Result<QList<StoredChange>> changes(const PullQuery &query) = 0;
    [[nodiscard]] virtual Result<qint64> changeCount() = 0;

    // Attachment content (docs/sync-protocol.md, "Attachments").
    [[nodiscard]] virtual Result<std::optional<BlobRecord>> findBlob(const QString &sha256) = 0;
    // Creates the record (nothing received yet) unless one exists.
    [[nodiscard]] virtual Status insertBlob(const BlobRecord &blob) = 0;
    // Stores bytes at offset, which must equal the blob's received count, and raises it.
    [[nodiscard]] virtual Status appendBlobChunk(const QString &sha256, qint64 offset,
                                                 const QByteArray &bytes) = 0;
    [[nodiscard]] virtual Status markBlobComplete(const QString &sha256) = 0;
    // Drops the record and every stored byte (an upload whose hash did not match).
    [[nodiscard]] virtual Status deleteBlob(const QString &sha256) = 0;
    // At most length bytes from offset (fewer at the end).
    [[nodiscard]] virtual Result<QByteArray> readBlob(const QString &sha256, qint64 offset,
                                                      qint64 length) = 0;
    // Which attachment records name this content, and in which scope: who may upload or
    // download it follows from them. Kept when the office accepts an attachment change.
    [[nodiscard]] virtual Status insertBlobReference(const QString &sha256,
                                                     const QString &attachmentId,
                                                     const QString &scopeProviderId) = 0;
    // The scope provider ids ("" = global) of the attachments that name this content.
    [[nodiscard]] virtual Result<QStringList> blobScopes(const QString &sha256) = 0;
};

class Store
{
public:
    virtual ~Store() = default;

    // The store's fingerprint, made once when it was created.
    [[nodiscard]] virtual QString storeId() const = 0;
    // Runs work in one transaction: committed when it succeeds, rolled back otherwise. Errors from
    // a store another process holds locked come back as ServerBusy. The PostgreSQL store may call
    // work again after a deadlock or serialization failure rolled it back: work must start from
    // scratch each time (reset what it collects), not add to what an earlier call left.
    [[nodiscard]] virtual Status run(const std::function<Status(StoreSession &)> &work) = 0;
    // Runs work that only reads, on a consistent view.
    [[nodiscard]] virtual Status read(const std::function<Status(StoreSession &)> &work) = 0;
};

struct StoreOptions
{
    QString dataDirectory;
    QString storeUrl; // empty: embedded; postgresql://...: PostgreSQL (postgresstore.h)
    QString passwordFile {}; // PostgreSQL: a file holding the password ("": none or PGPASSFILE)
    int poolSize = 4; // PostgreSQL: connections at most
};

// Opens the store (creating an embedded one on first start, or the schema in an empty PostgreSQL
// database). Errors: InvalidInput for a URL this build cannot use (or a refused PostgreSQL
// login), Io for a data directory, key or password file that cannot be made or is too open,
// VaultDamaged for a wrong key or a damaged file, VaultTooNew for a store made by a newer build,
// VaultMissing for a PostgreSQL database that does not exist, Network for a PostgreSQL server
// that cannot be reached.
[[nodiscard]] Result<std::unique_ptr<Store>> openStore(const StoreOptions &options);

} // namespace schouw::server
