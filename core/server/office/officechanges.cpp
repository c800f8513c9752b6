#include "officechanges.h"

#include "scoperules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace schouw::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficeChanges)
};

} // namespace

QString uuidText(const wire::WireUuid &uuid)
{
    const QUuid id = QUuid::fromRfc4122(QByteArrayView(
        reinterpret_cast<const char *>(uuid.bytes.data()), qsizetype(uuid.bytes.size())));
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

wire::WireUuid wireUuid(const QString &text)
{
    wire::WireUuid uuid;
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return uuid;
    const QByteArray bytes = id.toRfc4122();
    std::copy_n(bytes.constBegin(), uuid.bytes.size(), uuid.bytes.begin());
    return uuid;
}

StoredChange storedFromWire(const wire::WireChange &change)
{
    StoredChange stored;
    stored.changeId = uuidText(change.changeId);
    stored.entity = QString::fromStdString(change.entity);
    stored.entityId = uuidText(change.entityId);
    stored.op = change.op;
    stored.fieldsJson = QString::fromStdString(change.fieldsJson);
    // The text bases (docs/sync-merge.md), kept as an opaque string.
    stored.basesJson = QString::fromStdString(change.basesJson);
    stored.authorId = uuidText(change.authorId);
    stored.deviceId = QString::fromStdString(change.deviceId);
    stored.hlc = change.hlc;
    return stored;
}

wire::WireChange wireFromStored(const StoredChange &change)
{
    wire::WireChange out;
    out.changeId = wireUuid(change.changeId);
    out.entity = change.entity.toStdString();
    out.entityId = wireUuid(change.entityId);
    out.op = std::uint8_t(change.op);
    out.fieldsJson = change.fieldsJson.toStdString();
    out.basesJson = change.basesJson.toStdString();
    out.authorId = wireUuid(change.authorId);
    out.deviceId = change.deviceId.toStdString();
    out.hlc = change.hlc;
    return out;
}

Result<int> appendOfficeChanges(StoreSession &session, const QList<StoredChange> &changes,
                                const QDateTime &receivedAt)
{
    int stored = 0;
    for (StoredChange change : changes) {
        auto known = session.hasChange(change.changeId);
        if (!known)
            return std::unexpected(known.error());
        if (*known)
            continue;
        const auto kind = entityClass(change.entity);
        if (!kind)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("The office made a change of an unknown kind."),
                        QStringLiteral("office change of entity %1").arg(change.entity));
        RecordScope scope {change.entity, {}, {}};
        auto existing = session.recordScope(change.entityId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            scope = **existing;
        } else if (change.entity == u"provider") {
            scope.scopeProviderId = change.entityId;
        } else if (*kind != EntityClass::GlobalReference) {
            const QString field = scopeField(change.entity);
            const QJsonObject fields = QJsonDocument::fromJson(change.fieldsJson.toUtf8()).object();
            scope.parentId = fields.value(field).toString();
            if (change.entity == u"location" || change.entity == u"risk_signal") {
                scope.scopeProviderId = scope.parentId;
            } else if (auto parent = session.recordScope(scope.parentId); !parent) {
                return std::unexpected(parent.error());
            } else if (*parent) {
                scope.scopeProviderId = (*parent)->scopeProviderId;
            }
            if (scope.scopeProviderId.isEmpty())
                return fail(
                    ErrorCode::InvalidInput,
                    Tr::tr("The office made a change without the provider it belongs to."),
                    QStringLiteral("office change of %1 without %2").arg(change.entity, field));
        }
        change.deviceId = QString::fromLatin1(OfficeDeviceId);
        change.receivedAt = receivedAt;
        change.scopeProviderId = scope.scopeProviderId;
        change.pushedBy.clear();
        if (auto seq = session.appendChange(change); !seq)
            return std::unexpected(seq.error());
        if (!*existing)
            if (auto done = session.insertRecordScope(change.entityId, scope); !done)
                return std::unexpected(done.error());
        ++stored;
    }
    return stored;
}

} // namespace schouw::server
