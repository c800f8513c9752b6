#include "sync/outbox.h"

#include "vault/changewriter.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QCoreApplication>

#include <algorithm>

namespace schouw::sync {

namespace {

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static QString tooLarge()
    {
        return tr("A change is too large to send to the office. It stays in this vault; ask "
                  "for help.");
    }
    static QString invalid() { return tr("A change in this vault cannot be sent."); }
};

std::string utf8(const QString &text)
{
    return text.toUtf8().toStdString();
}

// The bytes `change` takes in an archive: three UUIDs, op, HLC, four strings with their lengths.
std::uint64_t encodedSize(const wire::WireChange &change)
{
    return 3 * 16 + 1 + 8 + 4 * 4 + change.entity.size() + change.fieldsJson.size() +
        change.deviceId.size() + change.basesJson.size();
}

bool withinFieldLimits(const wire::WireChange &change)
{
    return change.entity.size() <= wire::kMaxEntityBytes &&
        change.fieldsJson.size() <= wire::kMaxFieldsJsonBytes &&
        change.deviceId.size() <= wire::kMaxDeviceIdBytes &&
        change.basesJson.size() <= wire::kMaxBasesJsonBytes;
}

} // namespace

wire::WireUuid toWireUuid(const Id &id)
{
    wire::WireUuid uuid;
    if (id.isNull())
        return uuid;
    const QByteArray bytes = id.toRfc4122();
    std::copy(bytes.cbegin(), bytes.cend(), uuid.bytes.begin());
    return uuid;
}

Id fromWireUuid(const wire::WireUuid &uuid)
{
    return QUuid::fromRfc4122(QByteArrayView(uuid.bytes.data(), qsizetype(uuid.bytes.size())));
}

Result<wire::WireChange> toWire(const ChangeRow &row)
{
    wire::WireChange change;
    const Id changeId = idFromText(row.changeId);
    if (changeId.isNull())
        return fail(ErrorCode::InvalidInput, Outbox::invalid(),
                    QStringLiteral("change id is not a UUID"));
    if (row.op == u"insert")
        change.op = 0;
    else if (row.op == u"update")
        change.op = 1;
    else if (row.op == u"delete")
        change.op = 2;
    else
        return fail(ErrorCode::InvalidInput, Outbox::invalid(),
                    QStringLiteral("change %1: unknown op").arg(row.changeId));
    change.changeId = toWireUuid(changeId);
    change.entity = utf8(row.entity);
    change.entityId = toWireUuid(row.entityId);
    change.fieldsJson = utf8(row.fieldsJson);
    change.authorId = toWireUuid(row.authorId);
    change.deviceId = utf8(row.deviceId);
    change.hlc = static_cast<std::uint64_t>(row.hlc);
    change.basesJson = utf8(row.basesJson);
    return change;
}

ChangeRow fromWire(const wire::WireChange &change)
{
    static const QString ops[] = {QStringLiteral("insert"), QStringLiteral("update"),
                                  QStringLiteral("delete")};
    ChangeRow row;
    row.changeId = idText(fromWireUuid(change.changeId));
    row.entity = QString::fromStdString(change.entity);
    row.entityId = fromWireUuid(change.entityId);
    row.op = ops[std::min<std::uint8_t>(change.op, wire::kMaxOp)];
    row.fieldsJson = QString::fromStdString(change.fieldsJson);
    row.basesJson = QString::fromStdString(change.basesJson);
    row.authorId = fromWireUuid(change.authorId);
    row.deviceId = QString::fromStdString(change.deviceId);
    row.hlc = static_cast<qint64>(change.hlc);
    return row;
}

Result<wire::ChangeBatch> pendingBatch(Vault &vault, int maxChanges)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    const int limit = std::clamp(maxChanges, 0, int(wire::kMaxChangesPerBatch));
    wire::ChangeBatch batch;
    if (limit == 0)
        return batch;
    auto rows = vault.database().prepare(
        QStringLiteral("SELECT change_id, entity, entity_id, op, fields, bases, author_id, "
                       "device_id, hlc FROM change_log WHERE origin = 'local' AND sent = 0 "
                       "ORDER BY seq LIMIT ?"));
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, qint64(limit));
    // Header, batch tracking flag and version, count, the first change's flag and version.
    std::uint64_t bytes = wire::kHeaderBytes + 1 + 4 + 4 + 1 + 4;
    while (rows->next()) {
        ChangeRow row {rows->text(0), rows->text(1), rows->id(2),   rows->text(3),   rows->text(4),
                       rows->text(5), rows->id(6),   rows->text(7), rows->integer(8)};
        auto change = toWire(row);
        if (!change)
            return std::unexpected(change.error());
        if (!withinFieldLimits(*change))
            return fail(ErrorCode::InvalidInput, Outbox::tooLarge(),
                        QStringLiteral("change %1 exceeds a field limit").arg(row.changeId));
        const std::uint64_t size = encodedSize(*change);
        if (bytes + size > wire::kMaxMessageBytes) {
            if (batch.changes.empty()) // cannot happen with today's limits; never loop forever
                return fail(
                    ErrorCode::InvalidInput, Outbox::tooLarge(),
                    QStringLiteral("change %1 exceeds the message limit").arg(row.changeId));
            break;
        }
        bytes += size;
        batch.changes.push_back(std::move(*change));
    }
    if (rows->error())
        return std::unexpected(*rows->error());
    return batch;
}

Status markSent(Vault &vault, const std::vector<wire::WireUuid> &changeIds)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    auto mark = db.prepare(QStringLiteral(
        "UPDATE OR FAIL change_log SET sent = 1 WHERE change_id = ? AND origin = 'local'"));
    if (!mark)
        return std::unexpected(mark.error());
    for (const wire::WireUuid &id : changeIds) {
        mark->reset();
        if (auto done = mark->bind(1, idText(fromWireUuid(id))).exec(); !done)
            return done;
    }
    return transaction.commit();
}

Status markAllUnsent(Vault &vault)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.database().exec(
        QStringLiteral("UPDATE change_log SET sent = 0 WHERE origin = 'local' AND sent = 1"));
}

Result<qint64> pendingCount(Vault &vault)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return pendingChangeCount(vault.database());
}

} // namespace schouw::sync
