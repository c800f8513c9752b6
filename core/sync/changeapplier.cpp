#include "sync/changeapplier.h"

#include "sync/outbox.h"
#include "vault/changewriter.h"
#include "vault/derivedtables.h"
#include "vault/schema.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace schouw::sync {

namespace {

class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)

public:
    static QString refused()
    {
        return tr("The office sent changes this version of Schouw cannot apply. Nothing of them "
                  "was applied.");
    }
};

// Wall-clock milliseconds of 3000-01-01: an HLC beyond it is no clock reading. Observing one
// would drag this vault's clock along, and near 2^47 ms (the year 6429) the packed HLC overflows.
constexpr qint64 kMaxWallMs = 32'503'680'000'000;

const QString DeletedField = QStringLiteral("deleted");

// A checked change, ready to merge.
struct Parsed
{
    ChangeRow row;
    const EntityDefinition *definition = nullptr;
    ChangeOp op = ChangeOp::Insert;
    QVariantMap fields;
    TextBases bases;
};

std::unexpected<Error> refuse(const QString &detail)
{
    // The detail names the change and the rule, never a value.
    return fail(ErrorCode::InvalidInput, ChangeApplier::refused(),
                QStringLiteral("remote change: ") + detail);
}

Result<Parsed> parse(const ChangeRow &row)
{
    Parsed parsed;
    parsed.row = row;
    const QString &id = row.changeId;
    if (idFromText(row.changeId).isNull())
        return refuse(QStringLiteral("change without id"));
    parsed.definition = findEntity(row.entity);
    if (!parsed.definition)
        return refuse(QStringLiteral("%1: unknown entity").arg(id));
    if (row.entityId.isNull())
        return refuse(QStringLiteral("%1: record without id").arg(id));
    if (row.op == u"insert")
        parsed.op = ChangeOp::Insert;
    else if (row.op == u"update")
        parsed.op = ChangeOp::Update;
    else if (row.op == u"delete")
        parsed.op = ChangeOp::Delete;
    else
        return refuse(QStringLiteral("%1: unknown operation").arg(id));
    if (row.hlc <= 0 || (row.hlc >> 16) > kMaxWallMs)
        return refuse(QStringLiteral("%1: HLC out of range").arg(id));

    const QByteArray fieldsUtf8 = row.fieldsJson.toUtf8();
    if (!fieldsUtf8.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(fieldsUtf8, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refuse(QStringLiteral("%1: fields are not a JSON object").arg(id));
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString &name = it.key();
            if (!parsed.definition->columns.contains(name))
                return refuse(QStringLiteral("%1: unknown column").arg(id));
            const QJsonValue value = it.value();
            if (parsed.definition->isText(name) && !value.isString())
                return refuse(QStringLiteral("%1: free text that is not a string").arg(id));
            switch (value.type()) {
            case QJsonValue::String:
                parsed.fields.insert(name, value.toString());
                break;
            case QJsonValue::Bool:
                parsed.fields.insert(name, qint64(value.toBool() ? 1 : 0));
                break;
            case QJsonValue::Null:
                parsed.fields.insert(name, QVariant());
                break;
            case QJsonValue::Double: {
                const double number = value.toDouble();
                const bool integral = std::isfinite(number) && std::trunc(number) == number &&
                    std::fabs(number) < 9.0e15;
                parsed.fields.insert(name, integral ? QVariant(qint64(number)) : QVariant(number));
                break;
            }
            default:
                return refuse(QStringLiteral("%1: a field that is not a scalar").arg(id));
            }
        }
    }

    const QByteArray basesUtf8 = row.basesJson.toUtf8();
    if (!basesUtf8.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(basesUtf8, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refuse(QStringLiteral("%1: bases are not a JSON object").arg(id));
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!parsed.definition->isText(it.key()) || !it.value().isArray())
                return refuse(QStringLiteral("%1: bases of a field that is not free text").arg(id));
            QStringList ids;
            for (const QJsonValue &base : it.value().toArray()) {
                const Id baseId = idFromText(base.toString());
                if (!base.isString() || baseId.isNull())
                    return refuse(QStringLiteral("%1: a base that is not a change id").arg(id));
                ids << idText(baseId);
            }
            if (!ids.isEmpty())
                parsed.bases.insert(it.key(), ids);
        }
    }
    return parsed;
}

class Applier
{
public:
    explicit Applier(Vault &vault)
        : m_db(vault.database())
        , m_book(vault.changes().book())
    {
    }

    ApplyReport report;

    Status apply(const Parsed &change, bool replay);
    Result<QSet<QString>> conflictKeys();

private:
    Status log(const Parsed &change);
    Status merge(const Parsed &change, bool created, bool wasDeleted,
                 const QVariantMap &currentTexts);
    Status replayParked(const Id &entityId);
    Result<QVariantMap> readRow(const EntityDefinition &definition, const Id &id);

    Database &m_db;
    MergeBook &m_book;
};

Result<QSet<QString>> Applier::conflictKeys()
{
    auto rows =
        m_db.prepare(QStringLiteral("SELECT entity_id || '/' || field FROM text_conflict UNION ALL "
                                    "SELECT entity_id || '/' FROM deletion_conflict"));
    if (!rows)
        return std::unexpected(rows.error());
    QSet<QString> keys;
    while (rows->next())
        keys.insert(rows->text(0));
    if (rows->error())
        return std::unexpected(*rows->error());
    return keys;
}

Status Applier::log(const Parsed &change)
{
    auto insert = m_book.statement(QStringLiteral(
        "INSERT INTO change_log (change_id, entity, entity_id, op, fields, bases, author_id, "
        "device_id, hlc, origin, sent) VALUES (?,?,?,?,?,?,?,?,?,'remote',1)"));
    if (!insert)
        return std::unexpected(insert.error());
    const ChangeRow &row = change.row;
    return (*insert)
        ->bind(1, row.changeId)
        .bind(2, row.entity)
        .bind(3, row.entityId)
        .bind(4, row.op)
        .bind(5, row.fieldsJson.isEmpty() ? QStringLiteral("{}") : row.fieldsJson)
        .bind(6, row.basesJson)
        .bind(7, row.authorId)
        .bind(8, row.deviceId)
        .bind(9, row.hlc)
        .exec();
}

Result<QVariantMap> Applier::readRow(const EntityDefinition &definition, const Id &id)
{
    auto row = m_book.statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(definition.columns.join(QLatin1Char(',')), QLatin1String(definition.table)));
    if (!row)
        return std::unexpected(row.error());
    (*row)->bind(1, id);
    QVariantMap fields;
    if ((*row)->next())
        for (int column = 0; column < definition.columns.size(); ++column)
            fields.insert(definition.columns.at(column), (*row)->value(column));
    if ((*row)->error())
        return std::unexpected(*(*row)->error());
    (*row)->reset();
    return fields;
}

Status Applier::apply(const Parsed &change, bool replay)
{
    const ChangeRow &row = change.row;
    const EntityDefinition &definition = *change.definition;
    if (!replay) {
        if (auto done = log(change); !done)
            return done;
        ++report.applied;
    }

    // The record as it is here: whether it exists, is deleted, and its free texts.
    QStringList select {DeletedField};
    select += definition.textColumns;
    auto existing =
        m_book.statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(select.join(QLatin1Char(',')), QLatin1String(definition.table)));
    if (!existing)
        return std::unexpected(existing.error());
    (*existing)->bind(1, row.entityId);
    const bool exists = (*existing)->next();
    if ((*existing)->error())
        return std::unexpected(*(*existing)->error());
    bool wasDeleted = false;
    QVariantMap currentTexts;
    if (exists) {
        wasDeleted = (*existing)->integer(0) != 0;
        for (int i = 0; i < definition.textColumns.size(); ++i)
            currentTexts.insert(definition.textColumns.at(i), (*existing)->text(i + 1));
    }
    (*existing)->reset();

    if (!exists && change.op != ChangeOp::Insert) {
        // Its insert has not arrived (or is outside this vault's scope): kept, not lost, and
        // merged when the insert comes. Merging is order-independent, so that is the same as
        // merging it now.
        auto park = m_book.statement(QStringLiteral(
            "INSERT OR IGNORE INTO parked_change (change_id, entity_id) VALUES (?, ?)"));
        if (!park)
            return std::unexpected(park.error());
        if (auto done = (*park)->bind(1, row.changeId).bind(2, row.entityId).exec(); !done)
            return done;
        ++report.parked;
        return {};
    }

    if (!exists) {
        QStringList names {QStringLiteral("id"), QStringLiteral("updated_hlc")};
        names += change.fields.keys();
        const QStringList marks(names.size(), QStringLiteral("?"));
        auto insert =
            m_book.statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(QLatin1String(definition.table), names.join(QLatin1Char(',')),
                                      marks.join(QLatin1Char(','))));
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bind(1, row.entityId).bind(2, row.hlc);
        int index = 3;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            (*insert)->bind(index++, it.value());
        if (auto done = (*insert)->exec(); !done)
            return refuse(QStringLiteral("%1: the insert does not make a valid record (%2)")
                              .arg(row.changeId, done.error().detail));
        currentTexts = change.fields;
    }

    if (auto done = merge(change, !exists, wasDeleted, currentTexts); !done)
        return done;
    if (!exists)
        return replayParked(row.entityId);
    return {};
}

Status Applier::merge(const Parsed &change, bool created, bool wasDeleted,
                      const QVariantMap &currentTexts)
{
    const ChangeRow &row = change.row;
    const EntityDefinition &definition = *change.definition;
    const ChangeStamp stamp {row.hlc, row.changeId};
    QVariantMap winners;
    bool anyWon = false;

    auto lastWriterWins = [&](const QString &field, const QVariant &value) -> Status {
        // A record this change just created has no clocks yet (its parked updates are replayed
        // afterwards), so every field wins without a lookup, and none is written: a missing
        // clock is derived from the change log when a later change needs it
        // (MergeBook::fieldClock), and that log entry is the one just written. Writing a clock
        // per field was most of the cost of a first pull (docs/benchmarks.md, "Sync").
        if (!created) {
            auto clock = m_book.fieldClock(row.entityId, field);
            if (!clock)
                return std::unexpected(clock.error());
            // The clock may already be this change's own: derived from the log it was just
            // written to (MergeBook::fieldClock). Writing the same value again is harmless.
            if (*clock && !stamp.isAfter(**clock) && (*clock)->changeId != stamp.changeId)
                return {};
        }
        anyWon = true;
        if (!created || field == DeletedField)
            winners.insert(field, value);
        if (created)
            return {};
        return m_book.setFieldClock(row.entityId, field, stamp);
    };

    if (change.op != ChangeOp::Update)
        if (auto done = lastWriterWins(DeletedField, qint64(change.op == ChangeOp::Delete ? 1 : 0));
            !done)
            return done;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!definition.isText(it.key())) {
            if (auto done = lastWriterWins(it.key(), it.value()); !done)
                return done;
            continue;
        }
        const TextHead text {row.changeId, row.hlc, row.authorId, it.value().toString()};
        const QStringList bases = change.bases.value(it.key());
        auto shown = created && bases.isEmpty()
            ? m_book.recordFirstText(row.entity, row.entityId, it.key(), text)
            : m_book.recordText(row.entity, row.entityId, it.key(), text, bases);
        if (!shown)
            return std::unexpected(shown.error());
        if (*shown && (*shown)->text != currentTexts.value(it.key()).toString()) {
            winners.insert(it.key(), (*shown)->text);
            anyWon = true;
        }
    }
    if (created)
        winners.remove(DeletedField); // a fresh row is live already

    if (!winners.isEmpty() || (anyWon && !created)) {
        QStringList assignments {QStringLiteral("updated_hlc = max(updated_hlc, ?)")};
        for (auto it = winners.cbegin(); it != winners.cend(); ++it)
            assignments << it.key() + QStringLiteral(" = ?");
        auto update = m_book.statement(
            QStringLiteral("UPDATE OR FAIL %1 SET %2 WHERE id = ?")
                .arg(QLatin1String(definition.table), assignments.join(QLatin1Char(','))));
        if (!update)
            return std::unexpected(update.error());
        int index = 1;
        (*update)->bind(index++, row.hlc);
        for (auto it = winners.cbegin(); it != winners.cend(); ++it)
            (*update)->bind(index++, it.value());
        (*update)->bind(index++, row.entityId);
        if (auto done = (*update)->exec(); !done)
            return done;
    }

    const bool nowDeleted =
        winners.contains(DeletedField) ? winners.value(DeletedField).toLongLong() != 0 : wasDeleted;
    if (!created && !wasDeleted && nowDeleted) {
        ++report.deletions;
        auto unsent = m_book.statement(QStringLiteral(
            "SELECT 1 FROM change_log WHERE entity_id = ? AND origin = 'local' AND sent = 0 "
            "LIMIT 1"));
        if (!unsent)
            return std::unexpected(unsent.error());
        (*unsent)->bind(1, row.entityId);
        const bool localWork = (*unsent)->next();
        if ((*unsent)->error())
            return std::unexpected(*(*unsent)->error());
        (*unsent)->reset();
        if (localWork) {
            auto record = m_book.statement(QStringLiteral(
                "INSERT OR REPLACE INTO deletion_conflict (entity_id, entity, change_id, hlc, "
                "author_id) VALUES (?,?,?,?,?)"));
            if (!record)
                return std::unexpected(record.error());
            (*record)
                ->bind(1, row.entityId)
                .bind(2, row.entity)
                .bind(3, row.changeId)
                .bind(4, row.hlc)
                .bind(5, row.authorId);
            if (auto done = (*record)->exec(); !done)
                return done;
        }
    }
    if (wasDeleted && !nowDeleted) {
        auto clear =
            m_book.statement(QStringLiteral("DELETE FROM deletion_conflict WHERE entity_id = ?"));
        if (!clear)
            return std::unexpected(clear.error());
        if (auto done = (*clear)->bind(1, row.entityId).exec(); !done)
            return done;
    }

    // Derived tables, as ChangeWriter keeps them for local changes.
    if (created)
        return updateDerivedTables(m_db, row.entity, row.entityId, change.fields, ChangeOp::Insert);
    if (nowDeleted)
        return wasDeleted
            ? Status {}
            : updateDerivedTables(m_db, row.entity, row.entityId, {}, ChangeOp::Delete);
    if (wasDeleted) { // brought back: everything derived from it is rebuilt
        auto fields = readRow(definition, row.entityId);
        if (!fields)
            return std::unexpected(fields.error());
        return updateDerivedTables(m_db, row.entity, row.entityId, *fields,
                                   row.entity == u"framework" ? ChangeOp::Update
                                                              : ChangeOp::Insert);
    }
    if (winners.isEmpty())
        return {};
    return updateDerivedTables(m_db, row.entity, row.entityId, winners, ChangeOp::Update);
}

Status Applier::replayParked(const Id &entityId)
{
    auto rows = m_db.prepare(QStringLiteral(
        "SELECT c.change_id, c.entity, c.entity_id, c.op, c.fields, c.bases, c.author_id, "
        "c.device_id, c.hlc FROM parked_change p JOIN change_log c ON c.change_id = p.change_id "
        "WHERE p.entity_id = ? ORDER BY c.hlc, c.change_id"));
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, entityId);
    QList<ChangeRow> parked;
    while (rows->next())
        parked.append(ChangeRow {rows->text(0), rows->text(1), rows->id(2), rows->text(3),
                                 rows->text(4), rows->text(5), rows->id(6), rows->text(7),
                                 rows->integer(8)});
    if (rows->error())
        return std::unexpected(*rows->error());
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM parked_change WHERE change_id = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    // One at a time: the ones still parked are not applied yet, and a field clock derived from
    // the log leaves them out.
    for (const ChangeRow &row : parked) {
        remove->reset();
        if (auto done = remove->bind(1, row.changeId).exec(); !done)
            return done;
        auto change = parse(row);
        if (!change)
            return std::unexpected(change.error());
        // One of another entity under the same id finds no record in its table: parked again.
        if (auto done = apply(*change, true); !done)
            return done;
    }
    return {};
}

} // namespace

Result<DeletionPreview> previewDeletions(Vault &vault, const wire::ChangeBatch &batch)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = vault.database();
    DeletionPreview preview;
    for (const EntityDefinition &entity : entities()) {
        if (QLatin1String(entity.name) == u"audit_event")
            continue;
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0")
                                   .arg(QLatin1String(entity.table)));
        if (!count)
            return std::unexpected(count.error());
        preview.liveRecordsTotal += count->toLongLong();
    }
    auto known = db.prepare(QStringLiteral("SELECT 1 FROM change_log WHERE change_id = ?"));
    auto unsent = db.prepare(QStringLiteral(
        "SELECT 1 FROM change_log WHERE entity_id = ? AND origin = 'local' AND sent = 0 LIMIT 1"));
    if (!known)
        return std::unexpected(known.error());
    if (!unsent)
        return std::unexpected(unsent.error());
    QSet<QString> counted;
    for (const wire::WireChange &change : batch.changes) {
        if (change.op != 2)
            continue;
        const ChangeRow row = fromWire(change);
        const EntityDefinition *definition = findEntity(row.entity);
        if (!definition || row.entity == u"audit_event" || counted.contains(idText(row.entityId)))
            continue;
        known->reset();
        known->bind(1, row.changeId);
        const bool isKnown = known->next();
        known->reset();
        if (isKnown)
            continue;
        auto live = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0")
                                   .arg(QLatin1String(definition->table)));
        if (!live)
            return std::unexpected(live.error());
        live->bind(1, row.entityId);
        if (!live->next()) {
            if (live->error())
                return std::unexpected(*live->error());
            continue;
        }
        counted.insert(idText(row.entityId));
        ++preview.liveRecordsDeleted;
        unsent->reset();
        unsent->bind(1, row.entityId);
        if (unsent->next())
            ++preview.withUnsentLocalWork;
        unsent->reset();
    }
    return preview;
}

Result<ApplyReport> applyRemoteBatch(Vault &vault, const wire::ChangeBatch &batch)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    // Everything is checked before anything is written.
    QList<Parsed> changes;
    changes.reserve(qsizetype(batch.changes.size()));
    for (const wire::WireChange &change : batch.changes) {
        auto parsed = parse(fromWire(change));
        if (!parsed)
            return std::unexpected(parsed.error());
        changes.append(std::move(*parsed));
    }

    Database &db = vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    Applier applier(vault);
    auto before = applier.conflictKeys();
    if (!before)
        return std::unexpected(before.error());
    auto known = vault.changes().book().statement(
        QStringLiteral("SELECT 1 FROM change_log WHERE change_id = ?"));
    if (!known)
        return std::unexpected(known.error());
    std::optional<HlcTimestamp> newest;
    for (const Parsed &change : std::as_const(changes)) {
        if (change.row.entity == u"audit_event") {
            ++applier.report.skipped;
            continue;
        }
        (*known)->reset();
        (*known)->bind(1, change.row.changeId);
        const bool isKnown = (*known)->next();
        if ((*known)->error())
            return std::unexpected(*(*known)->error());
        (*known)->reset();
        if (isKnown) {
            ++applier.report.alreadyKnown;
            continue;
        }
        if (auto done = applier.apply(change, false); !done)
            return std::unexpected(done.error());
        newest =
            std::max(newest.value_or(HlcTimestamp {}), HlcTimestamp::fromPacked(change.row.hlc));
    }
    auto after = applier.conflictKeys();
    if (!after)
        return std::unexpected(after.error());
    for (const QString &key : std::as_const(*after))
        if (!before->contains(key))
            ++applier.report.newConflicts;
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    // Only after the commit: a refused batch leaves the clock as it was.
    if (newest)
        vault.clock().observe(*newest);
    return applier.report;
}

} // namespace schouw::sync
