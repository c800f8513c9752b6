#pragma once

#include "changewriter.h"
#include "domain/error.h"
#include "domain/id.h"
#include "sqlite.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace schouw {

class Vault;

// How record fields are stored: times as ISO 8601 UTC text with milliseconds, dates as ISO dates,
// id lists as JSON arrays of id text. Text forms keep the change log readable and portable.
[[nodiscard]] QVariant timeValue(const QDateTime &time);
[[nodiscard]] QDateTime timeFrom(const QString &text);
[[nodiscard]] QVariant dateValue(const QDate &date);
[[nodiscard]] QVariant idValue(const Id &id);
[[nodiscard]] QString idListValue(const QList<Id> &ids);
[[nodiscard]] QList<Id> idListFrom(const QString &json);
// Text per key (an interview's answers) as a JSON object.
[[nodiscard]] QString textMapValue(const QMap<QString, QString> &map);
[[nodiscard]] QMap<QString, QString> textMapFrom(const QString &json);

// Prepares a statement on an open vault, or says why it cannot.
[[nodiscard]] Result<Statement> prepareOn(Vault &vault, const QString &sql);

// Runs a query and turns each row into a T with the given reader.
template<typename T, typename Reader>
[[nodiscard]] Result<QList<T>> readAll(Statement &statement, Reader read)
{
    QList<T> rows;
    while (statement.next())
        rows.append(read(statement));
    if (statement.error())
        return std::unexpected(*statement.error());
    return rows;
}

template<typename T, typename Reader>
[[nodiscard]] Result<std::optional<T>> readOne(Statement &statement, Reader read)
{
    if (statement.next())
        return std::optional<T>(read(statement));
    if (statement.error())
        return std::unexpected(*statement.error());
    return std::optional<T>();
}

// Record writes through the vault's ChangeWriter, refused with VaultLocked on a locked vault.
[[nodiscard]] Status insertRecord(Vault &vault, QStringView entity, const Id &id,
                                  const QVariantMap &fields);
[[nodiscard]] Status updateRecord(Vault &vault, QStringView entity, const Id &id,
                                  const QVariantMap &fields);
// The same with explicit bases for free-text fields (ChangeWriter::update): an editor passes the
// versions of the text it loaded, so a text that a sync changed while it was being edited stays
// beside the edit as a conflict instead of being replaced (docs/sync-merge.md).
[[nodiscard]] Status updateRecord(Vault &vault, QStringView entity, const Id &id,
                                  const QVariantMap &fields, const TextBases &bases);
// The change ids of the current versions (heads) of a free-text field whose text is `text`: what
// an editor that shows `text` replaces when it saves. Empty when no current version has that text
// (a record created without text, or a text that another change has replaced since).
[[nodiscard]] Result<QStringList> textVersionsWith(Vault &vault, const Id &id, const QString &field,
                                                   const QString &text);
[[nodiscard]] Status removeRecord(Vault &vault, QStringView entity, const Id &id);
// For records whose id is derived from what they belong to (a judgement of a norm in a visit):
// inserts with creationFields + fields when the id is new, otherwise updates only fields, so
// the change log carries just what changed and concurrent edits merge field by field.
[[nodiscard]] Status writeDerivedRecord(Vault &vault, QStringView entity, const Id &id,
                                        const QVariantMap &creationFields,
                                        const QVariantMap &fields);

// count(*) of a table's live (not deleted) rows.
[[nodiscard]] Result<qint64> countLive(Vault &vault, const char *table);

} // namespace schouw
