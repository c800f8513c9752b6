#pragma once

#include "domain/error.h"
#include "domain/hlc.h"
#include "domain/id.h"
#include "sqlite.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <unordered_map>

namespace schouw {

class Database;
struct EntityDefinition;

enum class ChangeOp { Insert, Update, Delete };

// Per free-text field, the change ids of the texts a change replaces (its bases).
using TextBases = QHash<QString, QStringList>;

// The order of last-writer-wins: HLC first, the change id (text) breaks ties.
struct ChangeStamp
{
    qint64 hlc = 0;
    QString changeId;

    [[nodiscard]] bool isAfter(const ChangeStamp &other) const
    {
        return hlc > other.hlc || (hlc == other.hlc && changeId > other.changeId);
    }
};

// One version of a free-text field that no applied change has replaced.
struct TextHead
{
    QString changeId;
    qint64 hlc = 0;
    Id authorId;
    QString text;
};

// The merge bookkeeping of docs/sync-merge.md, shared by ChangeWriter (local changes) and the sync
// applier (remote ones): per-field clocks of last-writer-wins fields and the heads of free-text
// fields. Statements are prepared once and kept, since the autosave path runs through here.
class MergeBook
{
public:
    explicit MergeBook(Database &db);

    // A prepared statement for sql, reset, kept for the next call. Valid while the book lives.
    [[nodiscard]] Result<Statement *> statement(const QString &sql);

    [[nodiscard]] Result<std::optional<ChangeStamp>> fieldClock(const Id &entityId,
                                                                const QString &field);
    [[nodiscard]] Status setFieldClock(const Id &entityId, const QString &field,
                                       const ChangeStamp &stamp);

    // The heads of a free-text field, newest (HLC, change id) first.
    [[nodiscard]] Result<QList<TextHead>> heads(const Id &entityId, const QString &field);
    // The heads whose text is the one the record shows now: what an ordinary edit replaces.
    [[nodiscard]] Result<QStringList> shownHeads(const EntityDefinition &definition,
                                                 const Id &entityId, const QString &field);
    // Applies one text change: its bases stop being heads (for good, whatever arrives later),
    // and it becomes a head unless an applied change already named it or it is an empty text
    // replacing nothing (a record created without that text). Updates text_conflict. Returns the
    // newest head afterwards, the text the record shows; nullopt when the field has none.
    [[nodiscard]] Result<std::optional<TextHead>>
    recordText(const QString &entity, const Id &entityId, const QString &field,
               const TextHead &change, const QStringList &bases);
    // The same for the text of a record the change creates, naming no bases: no applied change
    // can name it or compete with it yet (changes that arrived before the record are parked, not
    // applied), so it is the field's only head, or there is none when it is empty. Skips the
    // lookups recordText makes, which were a third of applying a pulled page.
    [[nodiscard]] Result<std::optional<TextHead>>
    recordFirstText(const QString &entity, const Id &entityId, const QString &field,
                    const TextHead &change);

private:
    Database &m_db;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements; // stable addresses
};

// Bases as change_log.bases and WireChange::basesJson carry them: a compact JSON object, field ->
// array of change ids; '' when there are none.
[[nodiscard]] QString basesToJson(const TextBases &bases);

// The one place where records change. Each call writes the record and its change-log entry
// (change id, entity, id, changed fields, bases, author, device, HLC) in one transaction, nested
// as a savepoint when the caller already has one open, so a rollback leaves neither. Derived
// tables (search tokens, the norms of a framework, the norms an observation is linked to) and the
// merge bookkeeping (MergeBook) are brought up to date in the same transaction.
class ChangeWriter
{
public:
    ChangeWriter(Database &db, HlcClock &clock, QString deviceId);

    void setAuthor(const Id &author) { m_author = author; }
    [[nodiscard]] Id author() const { return m_author; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }

    // Fields are column names of the entity (see schema.h) with their new values. Unknown
    // entities or columns are refused with InvalidInput.
    [[nodiscard]] Status insert(QStringView entity, const Id &id, const QVariantMap &fields);
    // A free-text field written here replaces the heads that show the record's current text
    // (normally one), so an open conflict stays open until resolveText(). `bases` overrides
    // that per field, for an editor that knows which head it loaded.
    [[nodiscard]] Status update(QStringView entity, const Id &id, const QVariantMap &fields,
                                const TextBases &bases = {});
    // Marks the record deleted (a tombstone) so the deletion can travel.
    [[nodiscard]] Status remove(QStringView entity, const Id &id);
    // Ends a text conflict: writes `text` naming every current head of the field as a base.
    [[nodiscard]] Status resolveText(QStringView entity, const Id &id, const QString &field,
                                     const QString &text);
    // Brings a deleted record back, with the values it has here: travels as an insert of the
    // record (an insert sets `deleted` to 0 at its HLC, later than the deletion's).
    [[nodiscard]] Status restore(QStringView entity, const Id &id);

    // Whether changes are recorded as this device's own (to be pushed) or as received from the
    // office (already known there). Demo data that stands for office data is written as remote.
    enum class Origin { Local, Remote };
    void setOrigin(Origin origin) { m_origin = origin; }

    // The bookkeeping, for the sync applier (same connection, same cached statements).
    [[nodiscard]] MergeBook &book() { return m_book; }

private:
    Status write(ChangeOp op, QStringView entity, const Id &id, const QVariantMap &fields,
                 const TextBases &explicitBases, bool restoring = false);

    Database &m_db;
    HlcClock &m_clock;
    QString m_deviceId;
    Id m_author;
    Origin m_origin = Origin::Local;
    MergeBook m_book;
};

[[nodiscard]] QString changeOpKey(ChangeOp op);

// Local changes not yet sent to the office.
[[nodiscard]] Result<qint64> pendingChangeCount(Database &db);

} // namespace schouw
