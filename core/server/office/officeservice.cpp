#include "officeservice.h"

#include "blobrules.h"
#include "loginthrottle.h"
#include "officechanges.h"
#include "passwords.h"
#include "scoperules.h"
#include "server/store/store.h"
#include "tokens.h"
#include "vault/attachmentrepository.h"
#include "vault/schema.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>

namespace schouw::server {

namespace {

constexpr int DefaultPullLimit = 1000;
constexpr int MaxPullLimit = 5000;
// A pull page stops at about this many bytes of change content, so that it stays far below the
// client's 32 MiB cap on a message (wire::kMaxMessageBytes) whatever the count: one change may
// carry up to 1 MiB of fields (framework definitions are large), so a thousand of them would not
// fit, and such a page would be refused at every sync.
constexpr qint64 MaxPullPageBytes = 8 * 1024 * 1024;
constexpr qsizetype MaxDeviceIdLength = 128;
constexpr qsizetype MaxDeviceNameLength = 200;
constexpr int BusyRetrySeconds = 2;

// Marks a refusal decided inside a store transaction, so the transaction rolls back.
Error refusedMarker()
{
    return Error {ErrorCode::Forbidden, {}, QStringLiteral("refused")};
}

bool validDeviceId(const QString &deviceId)
{
    return !deviceId.isEmpty() && deviceId.size() <= MaxDeviceIdLength &&
        deviceId != QLatin1String(OfficeDeviceId) && deviceId.trimmed() == deviceId;
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Inspector:
        return QStringLiteral("inspector");
    case Role::FamilyInspector:
        return QStringLiteral("family_inspector");
    case Role::TeamLead:
        return QStringLiteral("team_lead");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : {Role::Inspector, Role::FamilyInspector, Role::TeamLead, Role::Administrator})
        if (key == roleKey(role))
            return role;
    return std::nullopt;
}

struct OfficeService::Private
{
    OfficeOptions options;
    std::unique_ptr<Store> store;
    std::unique_ptr<LoginThrottle> throttle;
    std::atomic<qint64> lastPurgeMs {0};

    QDateTime now() const
    {
        return options.clock ? options.clock().toUTC() : QDateTime::currentDateTimeUtc();
    }

    AuthRefusal unavailable() const
    {
        return AuthRefusal {AuthFailure::RateLimited, BusyRetrySeconds};
    }

    // Issues a new access and refresh token for the user on the device (inside a transaction).
    Result<TokenPair> issueTokens(StoreSession &session, const UserRecord &user,
                                  const QString &deviceId, const QDateTime &at)
    {
        TokenPair pair;
        pair.accessToken = newToken();
        pair.refreshToken = newToken();
        const auto accessSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(options.accessTokenLifetime).count();
        const auto refreshSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(options.refreshTokenLifetime).count();
        if (auto done =
                session.insertToken(TokenRecord {tokenHash(pair.accessToken), TokenKind::Access,
                                                 user.id, deviceId, at.addSecs(accessSeconds)});
            !done)
            return std::unexpected(done.error());
        if (auto done =
                session.insertToken(TokenRecord {tokenHash(pair.refreshToken), TokenKind::Refresh,
                                                 user.id, deviceId, at.addSecs(refreshSeconds)});
            !done)
            return std::unexpected(done.error());
        pair.accessExpiresInSeconds = int(accessSeconds);
        pair.userId = user.id;
        pair.teamId = user.teamId;
        pair.role = roleFromKey(user.role).value_or(Role::Inspector);
        pair.storeId = store->storeId();
        return pair;
    }

    // Expired tokens are removed now and then (at most once an hour) on a login.
    void purgeExpired(const QDateTime &at)
    {
        const qint64 ms = at.toMSecsSinceEpoch();
        qint64 last = lastPurgeMs.load();
        if (ms - last < 3'600'000 || !lastPurgeMs.compare_exchange_strong(last, ms))
            return;
        (void)store->run([&](StoreSession &session) { return session.deleteExpiredTokens(at); });
    }
};

OfficeService::OfficeService(std::unique_ptr<Private> impl)
    : d(std::move(impl))
{
}

OfficeService::~OfficeService() = default;

Result<std::unique_ptr<OfficeService>> OfficeService::open(const OfficeOptions &options)
{
    StoreOptions storeOptions;
    storeOptions.dataDirectory = options.dataDirectory;
    storeOptions.storeUrl = options.storeUrl;
    storeOptions.passwordFile = options.storePasswordFile;
    storeOptions.poolSize = options.storePoolSize;
    auto store = openStore(storeOptions);
    if (!store)
        return std::unexpected(store.error());
    auto d = std::make_unique<Private>();
    d->options = options;
    d->store = std::move(*store);
    Private *raw = d.get();
    d->throttle = std::make_unique<LoginThrottle>([raw] { return raw->now(); });
    return std::unique_ptr<OfficeService>(new OfficeService(std::move(d)));
}

QString OfficeService::storeId() const
{
    return d->store->storeId();
}

Store &OfficeService::store()
{
    return *d->store;
}

QDateTime OfficeService::now() const
{
    return d->now();
}

const OfficeOptions &OfficeService::options() const
{
    return d->options;
}

// ---- Authentication ---------------------------------------------------------------------------

std::expected<TokenPair, AuthRefusal>
OfficeService::login(const QString &user, const QString &password, const QString &deviceId,
                     const QString &deviceName, const QString &remoteAddress)
{
    const QString login = user.trimmed().toLower();
    if (const int wait = d->throttle->retryAfter(login, remoteAddress); wait > 0)
        return std::unexpected(AuthRefusal {AuthFailure::RateLimited, wait});

    std::optional<UserRecord> found;
    if (auto done = d->store->read([&](StoreSession &session) -> Status {
            auto record = session.findUserByLogin(login);
            if (!record)
                return std::unexpected(record.error());
            found = *record;
            return {};
        });
        !done)
        return std::unexpected(d->unavailable());

    // The same work whether or not the user exists: an unknown name costs a hash too.
    bool ok = false;
    if (found) {
        ok = Passwords::verify(found->passwordHash, password) && !found->disabled;
    } else {
        Passwords::verifyDummy(password, d->options.passwordCost);
    }
    if (!ok || !validDeviceId(deviceId)) {
        d->throttle->recordFailure(login, remoteAddress);
        return std::unexpected(AuthRefusal {AuthFailure::BadCredentials});
    }

    const QDateTime at = d->now();
    std::optional<AuthRefusal> refusal;
    TokenPair pair;
    const Status done = d->store->run([&](StoreSession &session) -> Status {
        auto device = session.findDevice(deviceId);
        if (!device)
            return std::unexpected(device.error());
        if (*device && (*device)->revoked) {
            refusal = AuthRefusal {AuthFailure::DeviceRevoked};
            return std::unexpected(refusedMarker());
        }
        DeviceRecord record = device->value_or(DeviceRecord {deviceId, {}, {}, at, at, false, {}});
        record.userId = found->id;
        record.name = deviceName.left(MaxDeviceNameLength);
        record.lastSeenAt = at;
        if (auto saved = session.saveDevice(record); !saved)
            return saved;
        auto issued = d->issueTokens(session, *found, deviceId, at);
        if (!issued)
            return std::unexpected(issued.error());
        pair = std::move(*issued);
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done)
        return std::unexpected(d->unavailable());
    d->throttle->recordSuccess(login);
    d->purgeExpired(at);
    return pair;
}

std::expected<TokenPair, AuthRefusal> OfficeService::refresh(const QString &refreshToken,
                                                             const QString &deviceId,
                                                             const QString & /*remoteAddress*/)
{
    // Refresh tokens are 256 random bits: guessing is hopeless, so failures are not throttled.
    if (!looksLikeToken(refreshToken) || !validDeviceId(deviceId))
        return std::unexpected(AuthRefusal {AuthFailure::RefreshInvalid});
    const QString hash = tokenHash(refreshToken);
    const QDateTime at = d->now();
    std::optional<AuthRefusal> refusal;
    TokenPair pair;
    const auto refuse = [&](AuthFailure failure) -> Status {
        refusal = AuthRefusal {failure};
        return std::unexpected(refusedMarker());
    };
    const Status done = d->store->run([&](StoreSession &session) -> Status {
        auto device = session.findDevice(deviceId);
        if (!device)
            return std::unexpected(device.error());
        if (*device && (*device)->revoked)
            return refuse(AuthFailure::DeviceRevoked);
        auto token = session.findToken(TokenKind::Refresh, hash);
        if (!token)
            return std::unexpected(token.error());
        if (!*token || !equalConstantTime((*token)->hash, hash))
            return refuse(AuthFailure::RefreshInvalid);
        if ((*token)->deviceId != deviceId || (*token)->expiresAt <= at)
            return refuse(AuthFailure::RefreshInvalid);
        auto user = session.findUserById((*token)->userId);
        if (!user)
            return std::unexpected(user.error());
        if (!*user || (*user)->disabled)
            return refuse(AuthFailure::RefreshInvalid);
        if (auto touched = session.touchDevice(deviceId, at); !touched)
            return touched;
        auto issued = d->issueTokens(session, **user, deviceId, at);
        if (!issued)
            return std::unexpected(issued.error());
        pair = std::move(*issued);
        // Rotation. The presented token does not die at once: if this answer is lost, the
        // client still holds only it, and a dead token would cost the inspector a password
        // prompt. It keeps working for a short grace (never longer than it had), and a use of it
        // meanwhile rotates again. Every other refresh token of the device goes: the unused
        // successor of a rotation whose answer was lost, and the predecessor of this token,
        // which dies here because its successor has now been used. So a device holds at most
        // two: the one it uses and, for the grace, the one before.
        const QDateTime graceEnd = at.addSecs(qint64(d->options.rotatedRefreshGrace.count()));
        if (auto cut = session.shortenTokenExpiry(TokenKind::Refresh, hash, graceEnd); !cut)
            return cut;
        return session.keepOnlyRefreshTokens(deviceId, hash, tokenHash(pair.refreshToken));
    });
    if (refusal) {
        // A refused refresh must not be undone by the rollback: an expired or misused token is
        // removed in a transaction of its own.
        if (refusal->failure == AuthFailure::RefreshInvalid)
            (void)d->store->run([&](StoreSession &session) -> Status {
                auto token = session.findToken(TokenKind::Refresh, hash);
                if (!token)
                    return std::unexpected(token.error());
                if (*token && ((*token)->expiresAt <= at || (*token)->deviceId != deviceId))
                    return session.deleteToken(TokenKind::Refresh, hash);
                return {};
            });
        return std::unexpected(*refusal);
    }
    if (!done)
        return std::unexpected(d->unavailable());
    return pair;
}

std::expected<Principal, AuthRefusal> OfficeService::authenticate(QStringView accessToken)
{
    if (!looksLikeToken(accessToken))
        return std::unexpected(AuthRefusal {AuthFailure::TokenUnknown});
    const QString hash = tokenHash(accessToken);
    const QDateTime at = d->now();
    std::optional<AuthRefusal> refusal;
    Principal principal;
    const auto refuse = [&](AuthFailure failure) -> Status {
        refusal = AuthRefusal {failure};
        return std::unexpected(refusedMarker());
    };
    const Status done = d->store->read([&](StoreSession &session) -> Status {
        auto token = session.findToken(TokenKind::Access, hash);
        if (!token)
            return std::unexpected(token.error());
        if (!*token || !equalConstantTime((*token)->hash, hash))
            return refuse(AuthFailure::TokenUnknown);
        auto device = session.findDevice((*token)->deviceId);
        if (!device)
            return std::unexpected(device.error());
        if (!*device)
            return refuse(AuthFailure::TokenUnknown);
        if ((*device)->revoked)
            return refuse(AuthFailure::DeviceRevoked);
        if ((*token)->expiresAt <= at)
            return refuse(AuthFailure::TokenExpired);
        auto user = session.findUserById((*token)->userId);
        if (!user)
            return std::unexpected(user.error());
        if (!*user || (*user)->disabled)
            return refuse(AuthFailure::TokenUnknown);
        principal = Principal {(*user)->id, (*user)->teamId, (*token)->deviceId,
                               roleFromKey((*user)->role).value_or(Role::Inspector)};
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done)
        return std::unexpected(d->unavailable());
    return principal;
}

// ---- Push -------------------------------------------------------------------------------------

std::expected<PushReceipt, PushRefusal> OfficeService::push(const Principal &who,
                                                            const wire::ChangeBatch &batch)
{
    const QDateTime at = d->now();
    PushReceipt receipt;
    std::optional<PushRefusal> refusal;

    const Status done = d->store->run([&](StoreSession &session) -> Status {
        // The store may run this again after a rollback: start from scratch.
        receipt = PushReceipt {};
        refusal.reset();
        QSet<QString> seenInBatch;
        // Scopes seen in this batch, stored or new: the findings of one visit all ask for it.
        QHash<QString, RecordScope> batchScopes;
        QHash<QString, bool> assigned; // provider id → assigned to the caller's team
        const auto refuse = [&](PushFailure failure, const QString &changeId,
                                const QString &detail) -> Status {
            refusal = PushRefusal {failure, changeId, detail};
            return std::unexpected(refusedMarker());
        };
        const auto isAssigned = [&](const QString &providerId) -> Result<bool> {
            if (auto it = assigned.constFind(providerId); it != assigned.cend())
                return *it;
            if (who.teamId.isEmpty() || providerId.isEmpty())
                return false;
            auto answer = session.isAssigned(who.teamId, providerId);
            if (!answer)
                return answer;
            assigned.insert(providerId, *answer);
            return *answer;
        };
        const auto scopeOf = [&](const QString &entityId) -> Result<std::optional<RecordScope>> {
            if (auto it = batchScopes.constFind(entityId); it != batchScopes.cend())
                return std::optional<RecordScope>(*it);
            auto stored = session.recordScope(entityId);
            if (stored && *stored)
                batchScopes.insert(entityId, **stored);
            return stored;
        };

        // What the office already holds is skipped (a push whose answer was lost, sent again).
        QStringList batchIds;
        batchIds.reserve(qsizetype(batch.changes.size()));
        for (const wire::WireChange &wire : batch.changes)
            batchIds << uuidText(wire.changeId);
        const auto known = session.knownChangeIds(batchIds, false);
        if (!known)
            return std::unexpected(known.error());
        QList<StoredChange> accepted;

        for (const wire::WireChange &wire : batch.changes) {
            StoredChange change = storedFromWire(wire);
            const QString id = change.changeId;
            if (id.isEmpty())
                return refuse(PushFailure::Invalid, id, QStringLiteral("change without id"));
            if (known->contains(id) || seenInBatch.contains(id)) {
                ++receipt.duplicates;
                continue;
            }
            seenInBatch.insert(id);

            // Shape: a known entity, an id, an operation, a JSON object of known columns.
            const EntityDefinition *definition = findEntity(change.entity);
            const auto kind = entityClass(change.entity);
            if (!definition || !kind)
                return refuse(PushFailure::Invalid, id,
                              QStringLiteral("unknown entity %1").arg(change.entity.left(64)));
            if (change.entityId.isEmpty())
                return refuse(PushFailure::Invalid, id, QStringLiteral("record without id"));
            if (change.op < 0 || change.op > 2)
                return refuse(PushFailure::Invalid, id, QStringLiteral("unknown operation"));
            if (change.deviceId == QLatin1String(OfficeDeviceId) || change.deviceId.isEmpty())
                return refuse(PushFailure::Forbidden, id,
                              QStringLiteral("device id reserved for the office"));
            QJsonParseError parseError {};
            const QJsonDocument document =
                QJsonDocument::fromJson(change.fieldsJson.toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return refuse(
                    PushFailure::Invalid, id,
                    QStringLiteral("fields of %1 are not a JSON object").arg(change.entity));
            const QJsonObject fields = document.object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!definition->columns.contains(it.key()) && it.key() != u"deleted")
                    return refuse(PushFailure::Invalid, id,
                                  QStringLiteral("unknown column %1.%2")
                                      .arg(change.entity, it.key().left(64)));

            // Authorisation (contract "Scope").
            if (*kind == EntityClass::GlobalReference || *kind == EntityClass::ProviderOffice)
                return refuse(
                    PushFailure::Forbidden, id,
                    QStringLiteral("%1 is written by the office only").arg(change.entity));
            if (who.role == Role::Administrator)
                return refuse(PushFailure::Forbidden, id,
                              QStringLiteral("administrators do not push fieldwork"));

            auto existing = scopeOf(change.entityId);
            if (!existing)
                return std::unexpected(existing.error());
            RecordScope scope;
            bool isNew = false;
            if (*existing) {
                scope = **existing;
                if (scope.entity != change.entity)
                    return refuse(PushFailure::Invalid, id,
                                  QStringLiteral("record id used by a %1").arg(scope.entity));
            } else if (*kind == EntityClass::Audit) {
                scope = RecordScope {change.entity, {}, {}};
                isNew = true;
            } else {
                if (change.op != 0)
                    return refuse(PushFailure::UnknownRecord, id,
                                  QStringLiteral("%1 not known to the office").arg(change.entity));
                const QString field = scopeField(change.entity);
                const QString parentId = fields.value(field).toString();
                if (parentId.isEmpty())
                    return refuse(PushFailure::Invalid, id,
                                  QStringLiteral("%1 without %2").arg(change.entity, field));
                scope = RecordScope {change.entity, parentId, {}};
                if (change.entity == u"visit") {
                    scope.scopeProviderId = parentId;
                } else {
                    auto parent = scopeOf(parentId);
                    if (!parent)
                        return std::unexpected(parent.error());
                    if (!*parent)
                        return refuse(PushFailure::UnknownRecord, id,
                                      QStringLiteral("parent of %1 not known to the office")
                                          .arg(change.entity));
                    const QString expected = parentEntity(change.entity);
                    if (!expected.isEmpty() && (*parent)->entity != expected)
                        return refuse(PushFailure::Invalid, id,
                                      QStringLiteral("%1.%2 names a %3")
                                          .arg(change.entity, field, (*parent)->entity));
                    scope.scopeProviderId = (*parent)->scopeProviderId;
                    if (scope.scopeProviderId.isEmpty())
                        return refuse(PushFailure::Forbidden, id,
                                      QStringLiteral("parent of %1 has no provider scope")
                                          .arg(change.entity));
                }
                isNew = true;
            }
            if (!isNew && *kind == EntityClass::Fieldwork) {
                const QString field = scopeField(change.entity);
                if (fields.contains(field) && fields.value(field).toString() != scope.parentId)
                    return refuse(PushFailure::Forbidden, id,
                                  QStringLiteral("%1.%2 may not change").arg(change.entity, field));
            }
            if (*kind == EntityClass::Fieldwork) {
                auto allowed = isAssigned(scope.scopeProviderId);
                if (!allowed)
                    return std::unexpected(allowed.error());
                if (!*allowed)
                    return refuse(PushFailure::Forbidden, id,
                                  QStringLiteral("provider not assigned to the user's team"));
            }
            // An attachment naming its content: who may upload and download that content
            // follows from these references (docs/office-service.md, "Attachment content").
            QString contentHash;
            if (change.entity == u"attachment" && change.op != 2 &&
                fields.contains(QStringLiteral("sha256"))) {
                contentHash = fields.value(QStringLiteral("sha256")).toString();
                if (!isSha256Hex(contentHash))
                    return refuse(PushFailure::Invalid, id,
                                  QStringLiteral("attachment.sha256 is not 64 lower-case hex"));
            }

            change.receivedAt = at;
            change.scopeProviderId = scope.scopeProviderId;
            change.pushedBy = who.userId;
            if (isNew) {
                if (auto stored = session.insertRecordScope(change.entityId, scope); !stored)
                    return stored;
                batchScopes.insert(change.entityId, scope);
            }
            if (!contentHash.isEmpty())
                if (auto stored = session.insertBlobReference(contentHash, change.entityId,
                                                              scope.scopeProviderId);
                    !stored)
                    return stored;
            accepted.append(std::move(change));
        }

        // Appended last, so that a PostgreSQL store holds its change-log lock (taken here, held
        // to commit) for the appends alone, not for the checks above: with 200 clients pushing
        // at once the lock was the queue. A concurrent push of the same changes (a retry while
        // the first was running) may have appended some meanwhile: those are duplicates too.
        // Their record scopes and blob references above are the same rows, written again.
        QStringList acceptedIds;
        acceptedIds.reserve(accepted.size());
        for (const StoredChange &change : std::as_const(accepted))
            acceptedIds << change.changeId;
        const auto appendedMeanwhile = acceptedIds.isEmpty()
            ? Result<QSet<QString>>(QSet<QString>())
            : session.knownChangeIds(acceptedIds, true);
        if (!appendedMeanwhile)
            return std::unexpected(appendedMeanwhile.error());
        for (const StoredChange &change : std::as_const(accepted)) {
            if (appendedMeanwhile->contains(change.changeId)) {
                ++receipt.duplicates;
                continue;
            }
            auto seq = session.appendChange(change);
            if (!seq)
                return std::unexpected(seq.error());
            ++receipt.accepted;
        }
        auto last = session.lastSeq();
        if (!last)
            return std::unexpected(last.error());
        receipt.lastSeq = *last;
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done) {
        return std::unexpected(PushRefusal {PushFailure::Busy, {}, done.error().detail});
    }
    return receipt;
}

// ---- Pull -------------------------------------------------------------------------------------

Result<PullPage> OfficeService::pull(const Principal &who, quint64 after, int limit)
{
    if (limit <= 0)
        limit = DefaultPullLimit;
    limit = std::min(limit, MaxPullLimit);
    PullPage page;
    const bool administrator = who.role == Role::Administrator;
    const Status done = d->store->read([&](StoreSession &session) -> Status {
        auto last = session.lastSeq();
        if (!last)
            return std::unexpected(last.error());
        page.lastSeq = *last;
        if (!administrator && !who.teamId.isEmpty()) {
            auto team = session.findTeam(who.teamId);
            if (!team)
                return std::unexpected(team.error());
            if (*team)
                page.scopeEpoch = (*team)->scopeEpoch;
        }
        PullQuery query;
        query.after = after;
        query.limit = limit;
        query.excludeDeviceId = who.deviceId;
        query.globalOnly = administrator || who.teamId.isEmpty();
        query.teamId = query.globalOnly ? QString() : who.teamId;
        query.maxBytes = MaxPullPageBytes;
        auto rows = session.changes(query);
        if (!rows)
            return std::unexpected(rows.error());
        page.batch.changes.reserve(std::size_t(rows->size()));
        qint64 bytes = 0;
        for (const StoredChange &row : std::as_const(*rows)) {
            page.batch.changes.push_back(wireFromStored(row));
            bytes += pullBytes(row);
        }
        // Every row up to the cursor has been examined, in scope or not. A page cut by its
        // size ends at its last row, like a full one.
        if (rows->size() == limit || bytes >= query.maxBytes) {
            page.nextCursor = rows->last().seq;
            page.more = page.lastSeq > page.nextCursor;
        } else {
            // A cursor above the last seq means a restored store: it is not moved back here,
            // the client sees lastSeq below its cursor and decides.
            page.nextCursor = std::max(after, page.lastSeq);
            page.more = false;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return page;
}

// ---- Attachment content -----------------------------------------------------------------------

qint64 OfficeService::maxBlobBytes()
{
    return AttachmentRepository::DefaultMaxSize;
}

namespace {

std::unexpected<BlobRefusal> blobRefused(BlobFailure failure, const QString &detail,
                                         qint64 received = 0, qint64 size = 0)
{
    return std::unexpected(BlobRefusal {failure, received, size, detail});
}

} // namespace

std::expected<BlobState, BlobRefusal> OfficeService::blobStatus(const Principal &who,
                                                                const QString &sha256)
{
    if (who.role == Role::Administrator)
        return blobRefused(BlobFailure::Forbidden, QStringLiteral("administrator"));
    if (!isSha256Hex(sha256))
        return blobRefused(BlobFailure::Invalid, QStringLiteral("bad content hash"));
    std::optional<BlobRefusal> refusal;
    BlobState state;
    const Status done = d->store->read([&](StoreSession &session) -> Status {
        refusal.reset();
        state = BlobState {sha256, 0, 0, false};
        auto allowed = teamMayUseBlob(session, who.teamId, sha256);
        if (!allowed)
            return std::unexpected(allowed.error());
        if (!*allowed) {
            refusal = BlobRefusal {BlobFailure::NotFound, 0, 0, QStringLiteral("no reference")};
            return std::unexpected(refusedMarker());
        }
        auto blob = session.findBlob(sha256);
        if (!blob)
            return std::unexpected(blob.error());
        if (*blob)
            state = BlobState {sha256, (*blob)->size, (*blob)->received, (*blob)->complete};
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done)
        return blobRefused(BlobFailure::Busy, done.error().detail);
    return state;
}

std::expected<BlobState, BlobRefusal>
OfficeService::checkBlobUpload(const Principal &who, const QString &sha256, qint64 offset,
                               qint64 size, std::optional<qint64> chunkBytes)
{
    if (size > maxBlobBytes())
        return blobRefused(BlobFailure::TooLarge, QStringLiteral("declared size over the maximum"));
    if (offset < 0 || size < 0 || (chunkBytes && (*chunkBytes < 0 || *chunkBytes > size - offset)))
        return blobRefused(BlobFailure::Invalid, QStringLiteral("chunk outside the declared size"));
    auto state = blobStatus(who, sha256);
    if (!state || state->complete)
        return state;
    const bool restart = offset == 0 && state->received > 0 && state->size != size;
    if (state->received > 0 && state->size != size && !restart)
        return blobRefused(BlobFailure::SizeMismatch, QStringLiteral("another size declared"),
                           state->received, state->size);
    if (!restart && offset != state->received)
        return blobRefused(BlobFailure::OffsetMismatch, QStringLiteral("offset"), state->received,
                           state->size);
    return state;
}

std::expected<BlobState, BlobRefusal> OfficeService::putBlobChunk(const Principal &who,
                                                                  const QString &sha256,
                                                                  qint64 offset, qint64 size,
                                                                  const QByteArray &bytes)
{
    if (who.role == Role::Administrator)
        return blobRefused(BlobFailure::Forbidden, QStringLiteral("administrator"));
    if (!isSha256Hex(sha256))
        return blobRefused(BlobFailure::Invalid, QStringLiteral("bad content hash"));
    if (size > maxBlobBytes())
        return blobRefused(BlobFailure::TooLarge, QStringLiteral("declared size over the maximum"));
    if (offset < 0 || size < 0 || bytes.size() > MaxBlobChunkBytes ||
        qint64(bytes.size()) > size - offset || (bytes.isEmpty() && offset < size))
        return blobRefused(BlobFailure::Invalid, QStringLiteral("chunk outside the declared size"));

    const QDateTime at = d->now();
    std::optional<BlobRefusal> refusal;
    BlobState state;
    bool hashMismatch = false;
    const auto refuse = [&](BlobFailure failure, const QString &detail, qint64 received = 0,
                            qint64 declared = 0) -> Status {
        refusal = BlobRefusal {failure, received, declared, detail};
        return std::unexpected(refusedMarker());
    };
    const Status done = d->store->run([&](StoreSession &session) -> Status {
        refusal.reset();
        hashMismatch = false;
        auto allowed = teamMayUseBlob(session, who.teamId, sha256);
        if (!allowed)
            return std::unexpected(allowed.error());
        if (!*allowed)
            return refuse(BlobFailure::NotFound, QStringLiteral("no reference"));
        auto blob = session.findBlob(sha256);
        if (!blob)
            return std::unexpected(blob.error());
        if (*blob && (*blob)->complete) {
            state = BlobState {sha256, (*blob)->size, (*blob)->received, true};
            return {};
        }
        if (*blob && (*blob)->size != size) {
            if (offset != 0)
                return refuse(BlobFailure::SizeMismatch, QStringLiteral("another size declared"),
                              (*blob)->received, (*blob)->size);
            // An upload that declared another size is started over: the hash decides in the end.
            if (auto dropped = session.deleteBlob(sha256); !dropped)
                return dropped;
            blob->reset();
        }
        if (!*blob) {
            if (offset != 0)
                return refuse(BlobFailure::OffsetMismatch, QStringLiteral("offset"), 0, 0);
            if (auto created = session.insertBlob(BlobRecord {sha256, size, 0, false, at});
                !created)
                return created;
        } else if ((*blob)->received != offset) {
            return refuse(BlobFailure::OffsetMismatch, QStringLiteral("offset"), (*blob)->received,
                          (*blob)->size);
        }
        if (!bytes.isEmpty())
            if (auto stored = session.appendBlobChunk(sha256, offset, bytes); !stored)
                return stored;
        const qint64 received = offset + bytes.size();
        state = BlobState {sha256, size, received, false};
        if (received < size)
            return {};
        // The last byte: the content must hash to its address, read back from the store.
        auto hash = storedBlobHash(session, sha256, size, MaxBlobChunkBytes);
        if (!hash)
            return std::unexpected(hash.error());
        if (*hash != sha256) {
            hashMismatch = true;
            state = BlobState {sha256, 0, 0, false};
            return session.deleteBlob(sha256); // committed: nothing of it is kept
        }
        if (auto marked = session.markBlobComplete(sha256); !marked)
            return marked;
        state.complete = true;
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done)
        return blobRefused(BlobFailure::Busy, done.error().detail);
    if (hashMismatch)
        return blobRefused(BlobFailure::HashMismatch, QStringLiteral("content hash mismatch"));
    return state;
}

std::expected<QByteArray, BlobRefusal> OfficeService::readBlobChunk(const Principal &who,
                                                                    const QString &sha256,
                                                                    qint64 offset, qint64 length,
                                                                    BlobState *stateOut)
{
    if (who.role == Role::Administrator)
        return blobRefused(BlobFailure::Forbidden, QStringLiteral("administrator"));
    if (!isSha256Hex(sha256))
        return blobRefused(BlobFailure::Invalid, QStringLiteral("bad content hash"));
    if (offset < 0 || length < 1 || length > MaxBlobChunkBytes)
        return blobRefused(BlobFailure::Invalid, QStringLiteral("bad offset or length"));
    std::optional<BlobRefusal> refusal;
    BlobState state;
    QByteArray bytes;
    const auto refuse = [&](BlobFailure failure, const QString &detail) -> Status {
        refusal = BlobRefusal {failure, 0, 0, detail};
        return std::unexpected(refusedMarker());
    };
    const Status done = d->store->read([&](StoreSession &session) -> Status {
        refusal.reset();
        bytes.clear();
        auto allowed = teamMayUseBlob(session, who.teamId, sha256);
        if (!allowed)
            return std::unexpected(allowed.error());
        if (!*allowed)
            return refuse(BlobFailure::NotFound, QStringLiteral("no reference"));
        auto blob = session.findBlob(sha256);
        if (!blob)
            return std::unexpected(blob.error());
        if (!*blob || !(*blob)->complete)
            return refuse(BlobFailure::Incomplete, QStringLiteral("content not complete"));
        state = BlobState {sha256, (*blob)->size, (*blob)->received, true};
        if (offset > state.size || (offset == state.size && state.size > 0))
            return refuse(BlobFailure::Invalid, QStringLiteral("offset beyond the end"));
        const qint64 wanted = std::min(length, state.size - offset);
        if (wanted == 0)
            return {};
        auto read = session.readBlob(sha256, offset, wanted);
        if (!read)
            return std::unexpected(read.error());
        if (read->size() != wanted)
            return fail(ErrorCode::Database, QString(),
                        QStringLiteral("blob bytes missing at %1").arg(offset));
        bytes = std::move(*read);
        return {};
    });
    if (refusal)
        return std::unexpected(*refusal);
    if (!done)
        return blobRefused(BlobFailure::Busy, done.error().detail);
    if (stateOut)
        *stateOut = state;
    return bytes;
}

} // namespace schouw::server
