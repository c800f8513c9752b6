#include "changewriter.h"

#include "derivedtables.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
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

ChangeWriter::ChangeWriter(Database &db, HlcClock &clock, QString deviceId)
    : m_db(db)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
{
}

Status ChangeWriter::insert(QStringView entity, const Id &id, const QVariantMap &fields)
{
    return write(ChangeOp::Insert, entity, id, fields);
}

Status ChangeWriter::update(QStringView entity, const Id &id, const QVariantMap &fields)
{
    return write(ChangeOp::Update, entity, id, fields);
}

Status ChangeWriter::remove(QStringView entity, const Id &id)
{
    return write(ChangeOp::Delete, entity, id, {});
}

Status ChangeWriter::write(ChangeOp op, QStringView entity, const Id &id, const QVariantMap &fields)
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

    const HlcTimestamp hlc = m_clock.now();
    const QString table = QString::fromLatin1(definition->table);
    QString sql;
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
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(table, assignments.join(QLatin1Char(',')));
        break;
    }
    case ChangeOp::Delete:
        sql = QStringLiteral("UPDATE %1 SET updated_hlc = ?, deleted = 1 WHERE id = ?").arg(table);
        break;
    }

    auto statement = m_db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    if (op == ChangeOp::Insert)
        statement->bind(index++, id);
    statement->bind(index++, hlc.packed());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        statement->bind(index++, it.value());
    if (op != ChangeOp::Insert)
        statement->bind(index++, id);
    if (auto done = statement->exec(); !done)
        return done;
    if (op != ChangeOp::Insert && m_db.changes() == 0)
        return fail(ErrorCode::NotFound, Tr::tr("The record to change no longer exists."),
                    QStringLiteral("%1 not found").arg(entity));

    if (auto done = updateDerivedTables(m_db, entity, id, fields, op); !done)
        return done;

    auto log = m_db.prepare(QStringLiteral(
        "INSERT INTO change_log (change_id, entity, entity_id, op, fields, author_id, device_id, "
        "hlc, origin, sent) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!log)
        return std::unexpected(log.error());
    const bool remote = m_origin == Origin::Remote;
    log->bind(1, newId())
        .bind(2, entity.toString())
        .bind(3, id)
        .bind(4, changeOpKey(op))
        .bind(
            5,
            QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact)))
        .bind(6, m_author)
        .bind(7, m_deviceId)
        .bind(8, hlc.packed())
        .bind(9, remote ? QStringLiteral("remote") : QStringLiteral("local"))
        .bind(10, qint64(remote ? 1 : 0));
    if (auto done = log->exec(); !done)
        return done;
    return transaction.commit();
}

} // namespace schouw
