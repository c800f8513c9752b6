#pragma once

#include "domain/error.h"
#include "domain/hlc.h"
#include "domain/id.h"

#include <QString>
#include <QVariantMap>

namespace schouw {

class Database;

enum class ChangeOp { Insert, Update, Delete };

// The one place where records change. Each call writes the record and its change-log entry
// (change id, entity, id, changed fields, author, device, HLC) in one transaction, nested as a
// savepoint when the caller already has one open, so a rollback leaves neither. Derived tables
// (search tokens, the norms of a framework, the norms an observation is linked to) are brought
// up to date in the same transaction.
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
    [[nodiscard]] Status update(QStringView entity, const Id &id, const QVariantMap &fields);
    // Marks the record deleted (a tombstone) so the deletion can travel.
    [[nodiscard]] Status remove(QStringView entity, const Id &id);

    // Whether changes are recorded as this device's own (to be pushed) or as received from the
    // office (already known there). Demo data that stands for office data is written as remote.
    enum class Origin { Local, Remote };
    void setOrigin(Origin origin) { m_origin = origin; }

private:
    Status write(ChangeOp op, QStringView entity, const Id &id, const QVariantMap &fields);

    Database &m_db;
    HlcClock &m_clock;
    QString m_deviceId;
    Id m_author;
    Origin m_origin = Origin::Local;
};

[[nodiscard]] QString changeOpKey(ChangeOp op);

// Local changes not yet sent to the office.
[[nodiscard]] Result<qint64> pendingChangeCount(Database &db);

} // namespace schouw
