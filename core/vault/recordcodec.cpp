#include "recordcodec.h"

#include "vault.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Status removeRecord(Vault &vault, QStringView entity, const Id &id)
{
    if (!vault.isOpen())
        return std::unexpected(Vault::lockedError());
    return vault.changes().remove(entity, id);
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
