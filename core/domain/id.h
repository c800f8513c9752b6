#pragma once

#include <QString>
#include <QUuid>

namespace schouw {

// Every record is identified by a UUID made where the record was created, so offline work never
// waits for a server to number it. Ids are stored and shipped in their 36-character text form.
using Id = QUuid;

[[nodiscard]] inline Id newId()
{
    return QUuid::createUuid();
}

[[nodiscard]] inline QString idText(const Id &id)
{
    return id.toString(QUuid::WithoutBraces);
}

[[nodiscard]] inline Id idFromText(QStringView text)
{
    return QUuid::fromString(text);
}

} // namespace schouw
