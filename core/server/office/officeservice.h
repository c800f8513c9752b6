#pragma once

#include "domain/error.h"
#include "sync/changebatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <chrono>
#include <expected>
#include <functional>
#include <memory>
#include <optional>

class QTextStream;

// The office service's logic (docs/office-service.md): authentication, authorisation and the
// ordered change store that clients push to and pull from. The HTTP layer (officeroutes) turns
// requests into these calls and their refusals into status codes (docs/sync-protocol.md).
namespace schouw::server {

class Store;

enum class Role { Inspector, FamilyInspector, TeamLead, Administrator };
[[nodiscard]] QString roleKey(Role role); // "inspector", "family_inspector", "team_lead", ...
[[nodiscard]] std::optional<Role> roleFromKey(QStringView key);

struct Principal
{
    QString userId;
    QString teamId; // empty for a user without a team
    QString deviceId;
    Role role = Role::Inspector;
};

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    int accessExpiresInSeconds = 0;
    QString userId;
    QString teamId;
    Role role = Role::Inspector;
    QString storeId;
};

enum class AuthFailure {
    BadCredentials, // 401 login_failed (also: a device id that cannot be one)
    RateLimited, // 429 with retryAfterSeconds
    DeviceRevoked, // 403 device_revoked
    TokenExpired, // 401 token_expired
    TokenUnknown, // 401 unauthenticated
    RefreshInvalid, // 401 refresh_invalid
};
// When the store cannot answer (locked by another process, disk trouble) a login, refresh or
// authentication is refused as RateLimited with a short retryAfterSeconds: "try again shortly",
// never a verdict on the credentials.
struct AuthRefusal
{
    AuthFailure failure;
    int retryAfterSeconds = 0;
};

struct PushReceipt
{
    int accepted = 0;
    int duplicates = 0;
    quint64 lastSeq = 0;
};

enum class PushFailure {
    Forbidden, // 403 forbidden
    UnknownRecord, // 422 unknown_record
    Invalid, // 400 malformed
    Busy, // 503 busy; also when the store failed otherwise (nothing was stored, retry)
};
struct PushRefusal
{
    PushFailure failure;
    QString changeId;
    QString detail; // technical, no content
};

struct PullPage
{
    wire::ChangeBatch batch;
    quint64 nextCursor = 0;
    bool more = false;
    quint64 lastSeq = 0;
    // The caller's team's scope epoch (0 for administrators). It rises when a provider is
    // assigned to the team; a client that sees it change pulls again from 0 (idempotent: known
    // change ids are skipped) to receive the provider's older changes. Suggested header:
    // Schouw-Scope-Epoch.
    quint64 scopeEpoch = 0;
};

// Attachment content at the office, addressed by its SHA-256 (docs/sync-protocol.md,
// "Attachments").
struct BlobState
{
    QString sha256; // lower-case hex
    qint64 size = 0; // declared by the first upload; 0 while nothing has been uploaded
    qint64 received = 0; // bytes stored, from the start
    bool complete = false; // every byte arrived and the hash matched
};

enum class BlobFailure {
    Forbidden, // 403 forbidden: administrators never read or write fieldwork content
    NotFound, // 404 not_found: no attachment the caller may use names this content; whether the
              // content exists is not said
    Invalid, // 400 malformed: a bad hash, offset, length or size
    TooLarge, // 413 too_large: a declared size over the attachment maximum
    OffsetMismatch, // 409 offset_mismatch: the upload continues at `received`
    SizeMismatch, // 409 size_mismatch: another size was declared for this content; `received`
    HashMismatch, // 422 hash_mismatch: the bytes do not hash to the address; nothing was kept
    Incomplete, // 409 incomplete: the content is not (yet) complete at the office
    Busy, // 503 busy: the store could not answer; nothing changed
};
struct BlobRefusal
{
    BlobFailure failure;
    qint64 received = 0; // OffsetMismatch and SizeMismatch: the office's received count
    qint64 size = 0; // OffsetMismatch and SizeMismatch: the size declared at the office
    QString detail; // technical, no content
};

enum class PasswordCost { Interactive, Moderate, Sensitive };

struct OfficeOptions
{
    QString dataDirectory; // embedded store files live here (created 0700 if missing)
    QString storeUrl; // empty: embedded SQLCipher; "postgresql://...": PostgreSQL
    QString storePasswordFile; // PostgreSQL's password, in an owner-only file ("": none)
    int storePoolSize = 4; // PostgreSQL connections at most
    std::chrono::minutes accessTokenLifetime {15};
    std::chrono::hours refreshTokenLifetime {24 * 30};
    // How long a rotated refresh token keeps working, for a client whose refresh answer was lost
    // (it retries with the token it still holds; the next sync may be up to 15 min of backoff
    // away). It dies sooner, as soon as its successor is used. docs/sync-protocol.md.
    std::chrono::seconds rotatedRefreshGrace {std::chrono::hours(1)};
    PasswordCost passwordCost = PasswordCost::Moderate;
    std::function<QDateTime()> clock; // empty: system UTC time; tests inject
};

// Thread-safe: the HTTP layer calls it from several threads at once. Password hashing runs
// outside the store's lock, so slow logins do not hold up pushes and pulls.
class OfficeService
{
    Q_DECLARE_TR_FUNCTIONS(OfficeService)

public:
    ~OfficeService();
    OfficeService(const OfficeService &) = delete;
    OfficeService &operator=(const OfficeService &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<OfficeService>> open(const OfficeOptions &options);

    [[nodiscard]] QString storeId() const;

    [[nodiscard]] std::expected<TokenPair, AuthRefusal>
    login(const QString &user, const QString &password, const QString &deviceId,
          const QString &deviceName, const QString &remoteAddress);
    [[nodiscard]] std::expected<TokenPair, AuthRefusal>
    refresh(const QString &refreshToken, const QString &deviceId, const QString &remoteAddress);
    [[nodiscard]] std::expected<Principal, AuthRefusal> authenticate(QStringView accessToken);

    [[nodiscard]] std::expected<PushReceipt, PushRefusal> push(const Principal &who,
                                                               const wire::ChangeBatch &batch);
    [[nodiscard]] Result<PullPage> pull(const Principal &who, quint64 after, int limit);

    // Attachment content (docs/office-service.md, "Attachment content"). A caller may upload or
    // download content only when an attachment the office accepted names its SHA-256 (lower-case
    // hex) in a provider assigned to the caller's team; otherwise NotFound, decided from the
    // references alone, so the answer never says whether the content exists. Administrators:
    // Forbidden.
    static constexpr qint64 MaxBlobChunkBytes = 1024 * 1024;
    [[nodiscard]] static qint64 maxBlobBytes(); // the client's attachment maximum (50 MiB)

    [[nodiscard]] std::expected<BlobState, BlobRefusal> blobStatus(const Principal &who,
                                                                   const QString &sha256);
    // What can be decided from a request head, before its body is read: access, the declared
    // size (TooLarge above the maximum), the offset (OffsetMismatch unless it equals the bytes
    // received) and that the chunk fits in the size. Content already complete: its state, and
    // the upload needs no body.
    [[nodiscard]] std::expected<BlobState, BlobRefusal>
    checkBlobUpload(const Principal &who, const QString &sha256, qint64 offset, qint64 size,
                    std::optional<qint64> chunkBytes);
    // Stores bytes at offset of the content of the declared size, in one transaction. The first
    // upload (offset 0) declares the size; an incomplete upload with another size is started
    // over by an upload at offset 0 (SizeMismatch otherwise). With the last byte the whole content
    // is read back and hashed: complete on a match, otherwise deleted (HashMismatch). Content
    // already complete: its state, nothing stored (a second device's upload is a no-op).
    [[nodiscard]] std::expected<BlobState, BlobRefusal> putBlobChunk(const Principal &who,
                                                                     const QString &sha256,
                                                                     qint64 offset, qint64 size,
                                                                     const QByteArray &bytes);
    // At most length (1 .. MaxBlobChunkBytes) bytes of complete content from offset; fewer only
    // at the end. `state` receives the content's state.
    [[nodiscard]] std::expected<QByteArray, BlobRefusal> readBlobChunk(const Principal &who,
                                                                       const QString &sha256,
                                                                       qint64 offset, qint64 length,
                                                                       BlobState *state = nullptr);

    // For the admin verbs and tests.
    [[nodiscard]] Store &store();
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] const OfficeOptions &options() const;

private:
    struct Private;
    explicit OfficeService(std::unique_ptr<Private> impl);
    std::unique_ptr<Private> d;
};

// schouw-server's verbs other than serving. `arguments` are what follows the verb on the command
// line. Output: one JSON object on `out` (like schouw-cli); errors as Error (the caller prints
// them). The result is the exit code on success (0).
[[nodiscard]] Result<int> runAdmin(const OfficeOptions &options, const QStringList &arguments,
                                   QTextStream &out);
[[nodiscard]] Result<int> runDemoSeed(const OfficeOptions &options, const QStringList &arguments,
                                      QTextStream &out);

} // namespace schouw::server
