#include "blobrules.h"

#include "server/store/store.h"

#include <QByteArray>

#include <sodium.h>

namespace schouw::server {

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

Result<bool> teamMayUseBlob(StoreSession &session, const QString &teamId, const QString &sha256)
{
    if (teamId.isEmpty())
        return false;
    auto scopes = session.blobScopes(sha256);
    if (!scopes)
        return std::unexpected(scopes.error());
    for (const QString &provider : std::as_const(*scopes)) {
        if (provider.isEmpty()) // attachments always have a provider scope; global is nobody's
            continue;
        auto assigned = session.isAssigned(teamId, provider);
        if (!assigned)
            return std::unexpected(assigned.error());
        if (*assigned)
            return true;
    }
    return false;
}

Result<QString> storedBlobHash(StoreSession &session, const QString &sha256, qint64 size,
                               qint64 piece)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    for (qint64 offset = 0; offset < size;) {
        const qint64 wanted = std::min(piece, size - offset);
        auto bytes = session.readBlob(sha256, offset, wanted);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (bytes->isEmpty() || bytes->size() > wanted)
            return fail(ErrorCode::Database, QString(),
                        QStringLiteral("blob bytes missing at %1 of %2").arg(offset).arg(size));
        crypto_hash_sha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(bytes->constData()),
                                  static_cast<unsigned long long>(bytes->size()));
        offset += bytes->size();
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace schouw::server
