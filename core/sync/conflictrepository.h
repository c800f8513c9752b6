#pragma once

#include "domain/error.h"
#include "domain/id.h"
#include "vault/changewriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace schouw {
class Vault;
}

// The conflicts a merge left for a person (docs/sync-merge.md): free-text fields that two people
// edited concurrently (every version is kept, the record shows the newest), and records another
// device deleted while this one had unsent work on them (the record and its data stay here).
namespace schouw::sync {

struct TextConflict
{
    QString entity; // "observation", "interview", ...
    Id entityId;
    QString field; // "text", "notes", ...
    Id visitId; // the visit the record belongs to; null for none
    QList<TextHead> heads; // every version, newest (HLC, change id) first: the one shown
};

struct DeletionConflict
{
    QString entity;
    Id entityId;
    Id visitId;
    QString deletionChangeId;
    qint64 deletionHlc = 0;
    Id deletedBy; // author of the deletion; null when unknown
};

class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    explicit ConflictRepository(Vault &vault);

    // Ordered by entity, record and field, so a view is stable between refreshes.
    [[nodiscard]] Result<QList<TextConflict>> textConflicts();
    [[nodiscard]] Result<QList<DeletionConflict>> deletionConflicts();
    // Open conflicts of both kinds (for a badge: one indexed count each).
    [[nodiscard]] Result<qint64> count();

    // Keeps `text` (one of the versions, or a merge of them) as the field's only version: one
    // local change naming every version as replaced, so the conflict ends on every vault once
    // it has synced. NotFound when the field has no open conflict.
    [[nodiscard]] Status resolveText(const QString &entity, const Id &entityId,
                                     const QString &field, const QString &text);
    // Brings a record deleted elsewhere back, with its data as it is here, for everyone.
    [[nodiscard]] Status restoreDeleted(const Id &entityId);
    // Agrees with the deletion: the conflict is closed, the record stays deleted.
    [[nodiscard]] Status acceptDeletion(const Id &entityId);

    // Labels for a conflicts view, translated: "Finding", "Interview notes", ...
    [[nodiscard]] static QString entityLabel(QStringView entity);
    [[nodiscard]] static QString fieldLabel(QStringView entity, QStringView field);

private:
    [[nodiscard]] Result<Id> visitOf(const QString &entity, const Id &entityId);

    Vault &m_vault;
};

} // namespace schouw::sync
