#include "recordcodec.h"

#include "schema.h"
#include "vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant idValue(const Id &id)
{
    return id.isNull() ? QVariant() : QVariant(idText(id));
}

QString idListValue(const QList<Id> &ids)
{
    QJsonArray array;
    for (const Id &id : ids)
        array.append(idText(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Id> idListFrom(const QString &json)
{
    QList<Id> ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(idFromText(value.toString()));
    return ids;
}

QString textMapValue(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> textMapFrom(const QString &json)
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Result<Statement> prepareOn(Vault &vault, const QString &sql)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.database().prepare(sql);
}

Status insertRecord(Vault &vault, QStringView entity, const Id &id, const QVariantMap &fields)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.changes().insert(entity, id, fields);
}

Status updateRecord(Vault &vault, QStringView entity, const Id &id, const QVariantMap &fields)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.changes().update(entity, id, fields);
}

Status updateRecord(Vault &vault, QStringView entity, const Id &id, const QVariantMap &fields,
                    const TextBases &bases)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.changes().update(entity, id, fields, bases);
}

Result<QStringList> textVersionsWith(Vault &vault, const Id &id, const QString &field,
                                     const QString &text)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    auto heads = vault.changes().book().heads(id, field);
    if (!heads)
        return std::unexpected(heads.error());
    QStringList ids;
    for (const TextHead &head : std::as_const(*heads))
        if (head.text == text)
            ids << head.changeId;
    return ids;
}

Status removeRecord(Vault &vault, QStringView entity, const Id &id)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.changes().remove(entity, id);
}

Status writeDerivedRecord(Vault &vault, QStringView entity, const Id &id,
                          const QVariantMap &creationFields, const QVariantMap &fields)
{
    const EntityDefinition *definition = findEntity(entity);
    if (!definition)
        return fail(ErrorCode::InvalidInput, {}, QStringLiteral("unknown entity %1").arg(entity));
    auto statement = prepareOn(
        vault,
        QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(definition->table)));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    const bool exists = statement->next();
    if (statement->error())
        return std::unexpected(*statement->error());
    if (exists)
        return updateRecord(vault, entity, id, fields);
    QVariantMap all = creationFields;
    all.insert(fields);
    return insertRecord(vault, entity, id, all);
}

Result<qint64> countLive(Vault &vault, const char *table)
{
    auto statement = prepareOn(
        vault,
        QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    if (!statement)
        return std::unexpected(statement.error());
    if (statement->next())
        return statement->integer(0);
    return std::unexpected(statement->error().value_or(Vault::lockedError()));
}

} // namespace schouw
