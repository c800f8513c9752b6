#pragma once

#include "domain/id.h"

#include <QSet>
#include <QString>

namespace schouw {

// What a sync changed in the vault, so open views reload only what they show: the entities and
// record ids of the changes it applied. A sync that applied very many changes reports
// `everything` instead of listing them (a view then reloads as a whole).
struct SyncedRecords
{
    bool everything = false;
    QSet<QString> entities; // "observation", "interview", ...
    QSet<Id> records;

    [[nodiscard]] bool isEmpty() const { return !everything && records.isEmpty(); }
    [[nodiscard]] bool touches(const QString &entity) const
    {
        return everything || entities.contains(entity);
    }
    [[nodiscard]] bool touches(const Id &record) const
    {
        return everything || records.contains(record);
    }
};

} // namespace schouw
