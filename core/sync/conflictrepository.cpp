#include "sync/conflictrepository.h"

#include "vault/schema.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

namespace schouw::sync {

ConflictRepository::ConflictRepository(Vault &vault)
    : m_vault(vault)
{
}

Result<Id> ConflictRepository::visitOf(const QString &entity, const Id &entityId)
{
    QString sql;
    if (entity == u"review_comment")
        sql = QStringLiteral("SELECT r.visit_id FROM review_comment c JOIN report r ON r.id = "
                             "c.report_id WHERE c.id = ?");
    else if (entity == u"visit")
        sql = QStringLiteral("SELECT id FROM visit WHERE id = ?");
    else if (const EntityDefinition *definition = findEntity(entity);
             definition && definition->columns.contains(QStringLiteral("visit_id")))
        sql = QStringLiteral("SELECT visit_id FROM %1 WHERE id = ?")
                  .arg(QLatin1String(definition->table));
    else
        return Id();
    auto row = m_vault.database().prepare(sql);
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, entityId);
    if (row->next())
        return row->id(0);
    if (row->error())
        return std::unexpected(*row->error());
    return Id();
}

Result<QList<TextConflict>> ConflictRepository::textConflicts()
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto rows = m_vault.database().prepare(QStringLiteral(
        "SELECT entity, entity_id, field FROM text_conflict ORDER BY entity, entity_id, field"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<TextConflict> conflicts;
    while (rows->next())
        conflicts.append(TextConflict {rows->text(0), rows->id(1), rows->text(2), {}, {}});
    if (rows->error())
        return std::unexpected(*rows->error());
    for (TextConflict &conflict : conflicts) {
        auto heads = m_vault.changes().book().heads(conflict.entityId, conflict.field);
        if (!heads)
            return std::unexpected(heads.error());
        conflict.heads = *heads;
        auto visit = visitOf(conflict.entity, conflict.entityId);
        if (!visit)
            return std::unexpected(visit.error());
        conflict.visitId = *visit;
    }
    return conflicts;
}

Result<QList<DeletionConflict>> ConflictRepository::deletionConflicts()
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto rows = m_vault.database().prepare(
        QStringLiteral("SELECT entity, entity_id, change_id, hlc, author_id FROM "
                       "deletion_conflict ORDER BY entity, entity_id"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<DeletionConflict> conflicts;
    while (rows->next())
        conflicts.append(DeletionConflict {
            rows->text(0), rows->id(1), {}, rows->text(2), rows->integer(3), rows->id(4)});
    if (rows->error())
        return std::unexpected(*rows->error());
    for (DeletionConflict &conflict : conflicts) {
        auto visit = visitOf(conflict.entity, conflict.entityId);
        if (!visit)
            return std::unexpected(visit.error());
        conflict.visitId = *visit;
    }
    return conflicts;
}

Result<qint64> ConflictRepository::count()
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto total = m_vault.database().scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM text_conflict) + (SELECT count(*) FROM deletion_conflict)"));
    if (!total)
        return std::unexpected(total.error());
    return total->toLongLong();
}

Status ConflictRepository::resolveText(const QString &entity, const Id &entityId,
                                       const QString &field, const QString &text)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto open = m_vault.database().prepare(
        QStringLiteral("SELECT 1 FROM text_conflict WHERE entity_id = ? AND field = ?"));
    if (!open)
        return std::unexpected(open.error());
    open->bind(1, entityId).bind(2, field);
    if (!open->next()) {
        if (open->error())
            return std::unexpected(*open->error());
        return fail(ErrorCode::NotFound, tr("This conflict has already been resolved."),
                    QStringLiteral("no open text conflict"));
    }
    open->reset();
    return m_vault.changes().resolveText(entity, entityId, field, text);
}

Status ConflictRepository::restoreDeleted(const Id &entityId)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto entity = m_vault.database().prepare(
        QStringLiteral("SELECT entity FROM deletion_conflict WHERE entity_id = ?"));
    if (!entity)
        return std::unexpected(entity.error());
    entity->bind(1, entityId);
    if (!entity->next()) {
        if (entity->error())
            return std::unexpected(*entity->error());
        return fail(ErrorCode::NotFound, tr("This conflict has already been resolved."),
                    QStringLiteral("no open deletion conflict"));
    }
    const QString name = entity->text(0);
    entity->reset();
    return m_vault.changes().restore(name, entityId);
}

Status ConflictRepository::acceptDeletion(const Id &entityId)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto remove = m_vault.database().prepare(
        QStringLiteral("DELETE FROM deletion_conflict WHERE entity_id = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    return remove->bind(1, entityId).exec();
}

QString ConflictRepository::entityLabel(QStringView entity)
{
    if (entity == u"observation")
        return tr("Finding");
    if (entity == u"interview")
        return tr("Interview");
    if (entity == u"judgement")
        return tr("Judgement");
    if (entity == u"signal_check")
        return tr("Risk signal check");
    if (entity == u"report")
        return tr("Report");
    if (entity == u"review_comment")
        return tr("Review comment");
    if (entity == u"visit")
        return tr("Visit");
    if (entity == u"attachment")
        return tr("Attachment");
    return entity.toString();
}

QString ConflictRepository::fieldLabel(QStringView entity, QStringView field)
{
    if (entity == u"interview" && field == u"notes")
        return tr("Interview notes");
    if (entity == u"interview" && field == u"answers")
        return tr("Interview answers");
    if (entity == u"judgement" && field == u"rationale")
        return tr("Rationale");
    if (entity == u"signal_check" && field == u"note")
        return tr("Note on the signal");
    if (entity == u"report" && field == u"body")
        return tr("Report text");
    if (entity == u"review_comment" && field == u"text")
        return tr("Comment");
    if (field == u"text")
        return tr("Text");
    return field.toString();
}

} // namespace schouw::sync
