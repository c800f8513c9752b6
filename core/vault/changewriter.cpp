#include "changewriter.h"

#include "derivedtables.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)
};

Status invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidInput, Tr::tr("The change could not be saved."), detail);
}

} // namespace

QString changeOpKey(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Insert:
        return QStringLiteral("insert");
    case ChangeOp::Update:
        return QStringLiteral("update");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Result<qint64> pendingChangeCount(Database &db)
{
    auto count = db.scalar(
        QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 'local' AND sent = 0"));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

MergeBook::MergeBook(Database &db)
    : m_db(db)
{
}

Result<Statement *> MergeBook::statement(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        found = m_statements.emplace(sql, std::make_unique<Statement>(std::move(*prepared))).first;
    }
    found->second->reset();
    return found->second.get();
}

Result<std::optional<ChangeStamp>> MergeBook::fieldClock(const Id &entityId, const QString &field)
{
    auto query = statement(
        QStringLiteral("SELECT hlc, change_id FROM field_clock WHERE entity_id = ? AND field = ?"));
    if (!query)
        return std::unexpected(query.error());
    Statement &row = **query;
    row.bind(1, entityId).bind(2, field);
    std::optional<ChangeStamp> stamp;
    if (row.next())
        stamp = ChangeStamp {row.integer(0), row.text(1)};
    if (row.error())
        return std::unexpected(*row.error());
    row.reset();
    if (stamp)
        return stamp->changeId.isEmpty() ? std::optional<ChangeStamp>() : stamp;

    // No row yet: the record predates schema 3, or the field was never set. The clock is by
    // definition the highest stamp among the applied changes that set the field, so it is derived
    // from the change log (parked changes are not applied yet) and kept, an empty change id
    // standing for "none".
    auto history = statement(QStringLiteral(
        "SELECT hlc, change_id, op, fields FROM change_log WHERE entity_id = ? AND change_id NOT "
        "IN (SELECT change_id FROM parked_change WHERE entity_id = ?1)"));
    if (!history)
        return std::unexpected(history.error());
    Statement &change = **history;
    change.bind(1, entityId);
    ChangeStamp newest {0, QString()};
    const bool deletedField = field == u"deleted";
    while (change.next()) {
        const bool sets = deletedField
            ? change.text(2) != u"update"
            : QJsonDocument::fromJson(change.text(3).toUtf8()).object().contains(field);
        const ChangeStamp candidate {change.integer(0), change.text(1)};
        if (sets && candidate.isAfter(newest))
            newest = candidate;
    }
    if (change.error())
        return std::unexpected(*change.error());
    if (auto done = setFieldClock(entityId, field, newest); !done)
        return std::unexpected(done.error());
    if (newest.changeId.isEmpty())
        return std::optional<ChangeStamp>();
    return std::optional<ChangeStamp>(newest);
}

Status MergeBook::setFieldClock(const Id &entityId, const QString &field, const ChangeStamp &stamp)
{
    // UPDATE, then INSERT when there was no row, rather than INSERT OR REPLACE: a REPLACE may
    // delete a row, so SQLite gives every such statement a statement journal, and SQLCipher
    // encrypts and authenticates each page written to it. That was two thirds of applying a
    // pulled page (docs/benchmarks.md, "Sync").
    auto update = statement(QStringLiteral(
        "UPDATE OR FAIL field_clock SET hlc = ?, change_id = ? WHERE entity_id = ? AND field = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (auto done = (*update)
                        ->bind(1, stamp.hlc)
                        .bind(2, stamp.changeId)
                        .bind(3, entityId)
                        .bind(4, field)
                        .exec();
        !done)
        return done;
    if (m_db.changes() > 0)
        return {};
    auto insert = statement(QStringLiteral(
        "INSERT INTO field_clock (entity_id, field, hlc, change_id) VALUES (?,?,?,?)"));
    if (!insert)
        return std::unexpected(insert.error());
    return (*insert)
        ->bind(1, entityId)
        .bind(2, field)
        .bind(3, stamp.hlc)
        .bind(4, stamp.changeId)
        .exec();
}

Result<QList<TextHead>> MergeBook::heads(const Id &entityId, const QString &field)
{
    auto query = statement(
        QStringLiteral("SELECT change_id, hlc, author_id, text FROM text_head WHERE entity_id = ? "
                       "AND field = ? ORDER BY hlc DESC, change_id DESC"));
    if (!query)
        return std::unexpected(query.error());
    Statement &row = **query;
    row.bind(1, entityId).bind(2, field);
    QList<TextHead> list;
    while (row.next())
        list.append(TextHead {row.text(0), row.integer(1), row.id(2), row.text(3)});
    if (row.error())
        return std::unexpected(*row.error());
    return list;
}

Result<QStringList> MergeBook::shownHeads(const EntityDefinition &definition, const Id &entityId,
                                          const QString &field)
{
    // field is a checked column name of the entity, never user text.
    auto query = statement(
        QStringLiteral("SELECT change_id FROM text_head WHERE entity_id = ?1 AND field = ?2 AND "
                       "text = (SELECT %1 FROM %2 WHERE id = ?1)")
            .arg(field, QLatin1String(definition.table)));
    if (!query)
        return std::unexpected(query.error());
    Statement &row = **query;
    row.bind(1, entityId).bind(2, field);
    QStringList ids;
    while (row.next())
        ids << row.text(0);
    if (row.error())
        return std::unexpected(*row.error());
    return ids;
}

Result<std::optional<TextHead>> MergeBook::recordText(const QString &entity, const Id &entityId,
                                                      const QString &field, const TextHead &change,
                                                      const QStringList &bases)
{
    if (!bases.isEmpty()) {
        auto supersede = statement(QStringLiteral(
            "INSERT OR IGNORE INTO text_superseded (entity_id, field, change_id) VALUES (?,?,?)"));
        if (!supersede)
            return std::unexpected(supersede.error());
        auto drop = statement(QStringLiteral(
            "DELETE FROM text_head WHERE entity_id = ? AND field = ? AND change_id = ?"));
        if (!drop)
            return std::unexpected(drop.error());
        for (const QString &base : bases) {
            (*supersede)->reset();
            if (auto done = (*supersede)->bind(1, entityId).bind(2, field).bind(3, base).exec();
                !done)
                return std::unexpected(done.error());
            (*drop)->reset();
            if (auto done = (*drop)->bind(1, entityId).bind(2, field).bind(3, base).exec(); !done)
                return std::unexpected(done.error());
        }
    }
    if (!change.text.isEmpty() || !bases.isEmpty()) {
        auto named = statement(QStringLiteral("SELECT 1 FROM text_superseded WHERE entity_id = ? "
                                              "AND field = ? AND change_id = ?"));
        if (!named)
            return std::unexpected(named.error());
        (*named)->bind(1, entityId).bind(2, field).bind(3, change.changeId);
        const bool superseded = (*named)->next();
        if ((*named)->error())
            return std::unexpected(*(*named)->error());
        (*named)->reset();
        if (!superseded) {
            auto add = statement(
                QStringLiteral("INSERT OR IGNORE INTO text_head (entity_id, field, change_id, "
                               "entity, hlc, author_id, text) VALUES (?,?,?,?,?,?,?)"));
            if (!add)
                return std::unexpected(add.error());
            (*add)
                ->bind(1, entityId)
                .bind(2, field)
                .bind(3, change.changeId)
                .bind(4, entity)
                .bind(5, change.hlc)
                .bind(6, change.authorId)
                .bind(7, change.text);
            if (auto done = (*add)->exec(); !done)
                return std::unexpected(done.error());
        }
    }

    auto current = heads(entityId, field);
    if (!current)
        return std::unexpected(current.error());
    bool conflict = false;
    for (const TextHead &head : *current)
        conflict = conflict || head.text != current->constFirst().text;
    auto mark = statement(
        conflict ? QStringLiteral("INSERT OR IGNORE INTO text_conflict (entity_id, field, entity) "
                                  "VALUES (?1, ?2, ?3)")
                 : QStringLiteral("DELETE FROM text_conflict WHERE entity_id = ?1 AND field = ?2 "
                                  "AND ?3 IS NOT NULL"));
    if (!mark)
        return std::unexpected(mark.error());
    if (auto done = (*mark)->bind(1, entityId).bind(2, field).bind(3, entity).exec(); !done)
        return std::unexpected(done.error());
    if (current->isEmpty())
        return std::optional<TextHead>();
    return std::optional<TextHead>(current->constFirst());
}

Result<std::optional<TextHead>> MergeBook::recordFirstText(const QString &entity,
                                                           const Id &entityId,
                                                           const QString &field,
                                                           const TextHead &change)
{
    if (change.text.isEmpty())
        return std::optional<TextHead>();
    auto add = statement(
        QStringLiteral("INSERT OR IGNORE INTO text_head (entity_id, field, change_id, entity, hlc, "
                       "author_id, text) VALUES (?,?,?,?,?,?,?)"));
    if (!add)
        return std::unexpected(add.error());
    if (auto done = (*add)
                        ->bind(1, entityId)
                        .bind(2, field)
                        .bind(3, change.changeId)
                        .bind(4, entity)
                        .bind(5, change.hlc)
                        .bind(6, change.authorId)
                        .bind(7, change.text)
                        .exec();
        !done)
        return std::unexpected(done.error());
    return std::optional<TextHead>(change);
}

QString basesToJson(const TextBases &bases)
{
    QJsonObject object;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it)
        if (!it->isEmpty())
            object.insert(it.key(), QJsonArray::fromStringList(*it));
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ChangeWriter::ChangeWriter(Database &db, HlcClock &clock, QString deviceId)
    : m_db(db)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_book(db)
{
}

Status ChangeWriter::insert(QStringView entity, const Id &id, const QVariantMap &fields)
{
    return write(ChangeOp::Insert, entity, id, fields, {});
}

Status ChangeWriter::update(QStringView entity, const Id &id, const QVariantMap &fields,
                            const TextBases &bases)
{
    return write(ChangeOp::Update, entity, id, fields, bases);
}

Status ChangeWriter::remove(QStringView entity, const Id &id)
{
    return write(ChangeOp::Delete, entity, id, {}, {});
}

Status ChangeWriter::resolveText(QStringView entity, const Id &id, const QString &field,
                                 const QString &text)
{
    const EntityDefinition *definition = findEntity(entity);
    if (!definition || !definition->isText(field))
        return invalid(QStringLiteral("%1.%2 is not a free-text field").arg(entity, field));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto heads = m_book.heads(id, field);
    if (!heads)
        return std::unexpected(heads.error());
    QStringList bases;
    for (const TextHead &head : *heads)
        bases << head.changeId;
    TextBases explicitBases;
    explicitBases.insert(field, bases);
    if (auto done = write(ChangeOp::Update, entity, id, {{field, text}}, explicitBases); !done)
        return done;
    return transaction.commit();
}

Status ChangeWriter::restore(QStringView entity, const Id &id)
{
    const EntityDefinition *definition = findEntity(entity);
    if (!definition)
        return invalid(QStringLiteral("unknown entity %1").arg(entity));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto row = m_db.prepare(
        QStringLiteral("SELECT deleted, %1 FROM %2 WHERE id = ?")
            .arg(definition->columns.join(QLatin1Char(',')), QLatin1String(definition->table)));
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, id);
    if (!row->next())
        return row->error()
            ? Status(std::unexpected(*row->error()))
            : fail(ErrorCode::NotFound, Tr::tr("The record to restore is not here."),
                   QStringLiteral("%1 not found").arg(entity));
    const bool deleted = row->integer(0) != 0;
    QVariantMap fields;
    for (int column = 0; column < definition->columns.size(); ++column)
        fields.insert(definition->columns.at(column), row->value(column + 1));
    row->reset();
    if (deleted)
        if (auto done = write(ChangeOp::Insert, entity, id, fields, {}, true); !done)
            return done;
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM deletion_conflict WHERE entity_id = ?"));
    if (!clear)
        return std::unexpected(clear.error());
    if (auto done = clear->bind(1, id).exec(); !done)
        return done;
    return transaction.commit();
}

Status ChangeWriter::write(ChangeOp op, QStringView entity, const Id &id, const QVariantMap &fields,
                           const TextBases &explicitBases, bool restoring)
{
    const EntityDefinition *definition = findEntity(entity);
    if (!definition)
        return invalid(QStringLiteral("unknown entity %1").arg(entity));
    if (id.isNull())
        return invalid(QStringLiteral("%1 without id").arg(entity));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!definition->columns.contains(it.key()))
            return invalid(QStringLiteral("unknown column %1.%2").arg(entity, it.key()));
    if (op == ChangeOp::Update && fields.isEmpty())
        return {};

    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();

    // What each free-text field replaces, read before the record changes.
    TextBases bases;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!definition->isText(it.key()))
            continue;
        if (explicitBases.contains(it.key())) {
            bases.insert(it.key(), explicitBases.value(it.key()));
        } else if (op == ChangeOp::Update || restoring) {
            auto shown = m_book.shownHeads(*definition, id, it.key());
            if (!shown)
                return std::unexpected(shown.error());
            bases.insert(it.key(), *shown);
        }
    }

    const HlcTimestamp hlc = m_clock.now();
    const QString table = QString::fromLatin1(definition->table);
    QString sql;
    if (restoring) {
        sql = QStringLiteral("UPDATE OR FAIL %1 SET updated_hlc = ?, deleted = 0 WHERE id = ?")
                  .arg(table);
    } else {
        switch (op) {
        case ChangeOp::Insert: {
            QStringList names {QStringLiteral("id"), QStringLiteral("updated_hlc")};
            names += fields.keys();
            QStringList marks(names.size(), QStringLiteral("?"));
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
            break;
        }
        case ChangeOp::Update: {
            QStringList assignments {QStringLiteral("updated_hlc = ?")};
            for (const QString &name : fields.keys())
                assignments << name + QStringLiteral(" = ?");
            sql = QStringLiteral("UPDATE OR FAIL %1 SET %2 WHERE id = ?")
                      .arg(table, assignments.join(QLatin1Char(',')));
            break;
        }
        case ChangeOp::Delete:
            sql = QStringLiteral("UPDATE OR FAIL %1 SET updated_hlc = ?, deleted = 1 WHERE id = ?")
                      .arg(table);
            break;
        }
    }

    auto statement = m_book.statement(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    if (op == ChangeOp::Insert && !restoring)
        (*statement)->bind(index++, id);
    (*statement)->bind(index++, hlc.packed());
    if (!restoring)
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            (*statement)->bind(index++, it.value());
    if (op != ChangeOp::Insert || restoring)
        (*statement)->bind(index++, id);
    if (auto done = (*statement)->exec(); !done)
        return done;
    if ((op != ChangeOp::Insert || restoring) && m_db.changes() == 0)
        return fail(ErrorCode::NotFound, Tr::tr("The record to change no longer exists."),
                    QStringLiteral("%1 not found").arg(entity));

    // A framework's themes and norms are unpacked once, by its first insert.
    const bool reunpack = restoring && entity == u"framework";
    if (auto done = updateDerivedTables(m_db, entity, id, fields, reunpack ? ChangeOp::Update : op);
        !done)
        return done;

    const QString changeId = idText(newId());
    const ChangeStamp stamp {hlc.packed(), changeId};
    if (entity != u"audit_event") { // never merged: append-only, never applied on clients
        // A new record writes no clocks: a missing clock is derived from the change log, where
        // this change is about to go (MergeBook::fieldClock), so the rows would only repeat it.
        const bool created = op == ChangeOp::Insert && !restoring;
        if (op != ChangeOp::Update && !created)
            if (auto done = m_book.setFieldClock(id, QStringLiteral("deleted"), stamp); !done)
                return done;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (!definition->isText(it.key())) {
                if (!created)
                    if (auto done = m_book.setFieldClock(id, it.key(), stamp); !done)
                        return done;
                continue;
            }
            const TextHead change {changeId, hlc.packed(), m_author, it.value().toString()};
            auto shown =
                created && bases.value(it.key()).isEmpty()
                ? m_book.recordFirstText(entity.toString(), id, it.key(), change)
                : m_book.recordText(entity.toString(), id, it.key(), change, bases.value(it.key()));
            if (!shown)
                return std::unexpected(shown.error());
        }
    }

    auto log = m_book.statement(QStringLiteral(
        "INSERT INTO change_log (change_id, entity, entity_id, op, fields, bases, author_id, "
        "device_id, hlc, origin, sent) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!log)
        return std::unexpected(log.error());
    const bool remote = m_origin == Origin::Remote;
    (*log)
        ->bind(1, changeId)
        .bind(2, entity.toString())
        .bind(3, id)
        .bind(4, changeOpKey(op))
        .bind(
            5,
            QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact)))
        .bind(6, basesToJson(bases))
        .bind(7, m_author)
        .bind(8, m_deviceId)
        .bind(9, hlc.packed())
        .bind(10, remote ? QStringLiteral("remote") : QStringLiteral("local"))
        .bind(11, qint64(remote ? 1 : 0));
    if (auto done = (*log)->exec(); !done)
        return done;
    return transaction.commit();
}

} // namespace schouw
