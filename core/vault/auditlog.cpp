#include "auditlog.h"

#include "recordcodec.h"
#include "sqlite.h"
#include "vault.h"

#include <QCryptographicHash>

namespace schouw {

namespace {

const QByteArray GenesisHash(32, '\0');

AuditEvent readEvent(const Statement &row)
{
    AuditEvent event;
    event.sequence = row.integer(0);
    event.at = timeFrom(row.text(1));
    event.actorId = row.id(2);
    event.action = row.text(3);
    event.entity = row.text(4);
    event.entityId = row.id(5);
    event.previousHash = QByteArray::fromHex(row.text(6).toLatin1());
    event.hash = QByteArray::fromHex(row.text(7).toLatin1());
    return event;
}

} // namespace

QByteArray AuditLog::hashOf(const AuditEvent &event)
{
    // Fields are length-prefixed so that no two different events can serialise alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QByteArray &field) {
        hash.addData(QByteArray(QByteArray::number(field.size()) + ':'));
        hash.addData(field);
    };
    add(event.previousHash);
    add(QByteArray::number(event.sequence));
    add(timeValue(event.at).toString().toUtf8());
    add(event.actorId.isNull() ? QByteArray() : idText(event.actorId).toLatin1());
    add(event.action.toUtf8());
    add(event.entity.toUtf8());
    add(event.entityId.isNull() ? QByteArray() : idText(event.entityId).toLatin1());
    return hash.result();
}

Result<AuditEvent> AuditLog::append(const QString &action, const QString &entity,
                                    const Id &entityId)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Transaction transaction(m_vault.database());
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto last = m_vault.database().prepare(
        QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return std::unexpected(last.error());
    AuditEvent event;
    event.previousHash = GenesisHash;
    event.sequence = 1;
    if (last->next()) {
        event.sequence = last->integer(0) + 1;
        event.previousHash = QByteArray::fromHex(last->text(1).toLatin1());
    } else if (last->error()) {
        return std::unexpected(*last->error());
    }
    // Millisecond precision is what the text form keeps; hash what is stored.
    event.at = timeFrom(timeValue(QDateTime::currentDateTimeUtc()).toString());
    event.actorId = m_vault.changes().author();
    event.action = action;
    event.entity = entity;
    event.entityId = entityId;
    event.hash = hashOf(event);
    if (auto done = insertRecord(
            m_vault, u"audit_event", newId(),
            {{QStringLiteral("seq"), event.sequence},
             {QStringLiteral("at"), timeValue(event.at)},
             {QStringLiteral("actor_id"), idValue(event.actorId)},
             {QStringLiteral("action"), event.action},
             {QStringLiteral("entity"), event.entity},
             {QStringLiteral("entity_id"), idValue(event.entityId)},
             {QStringLiteral("previous_hash"), QString::fromLatin1(event.previousHash.toHex())},
             {QStringLiteral("hash"), QString::fromLatin1(event.hash.toHex())}});
        !done)
        return std::unexpected(done.error());
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return event;
}

Result<QList<AuditEvent>> AuditLog::events()
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT seq, at, actor_id, action, entity, "
                                              "entity_id, previous_hash, hash FROM audit_event "
                                              "ORDER BY seq"));
    if (!statement)
        return std::unexpected(statement.error());
    return readAll<AuditEvent>(*statement, readEvent);
}

Result<QList<qint64>> AuditLog::verifyChain()
{
    auto all = events();
    if (!all)
        return std::unexpected(all.error());
    QList<qint64> breaks;
    QByteArray previous = GenesisHash;
    qint64 expectedSequence = 1;
    for (const AuditEvent &event : *all) {
        if (event.sequence != expectedSequence || event.previousHash != previous ||
            hashOf(event) != event.hash)
            breaks << event.sequence;
        previous = event.hash;
        expectedSequence = event.sequence + 1;
    }
    return breaks;
}

} // namespace schouw
