#pragma once

#include "domain/error.h"
#include "server/store/store.h"
#include "sync/changebatch.h"

#include <QList>

namespace schouw::server {

// The device id of every change the office itself makes (teams, users, frameworks, providers).
inline constexpr const char *OfficeDeviceId = "office";

[[nodiscard]] QString uuidText(const wire::WireUuid &uuid); // "" for the nil UUID
[[nodiscard]] wire::WireUuid wireUuid(const QString &text); // nil for "" or not a UUID

// Between the wire form and the stored form; the store-only columns stay empty.
[[nodiscard]] StoredChange storedFromWire(const wire::WireChange &change);
[[nodiscard]] wire::WireChange wireFromStored(const StoredChange &change);

// Stores changes the office made (from its own vault, docs/office-service.md) under device
// "office", each with its scope: global for teams, users and frameworks, the provider for
// providers and their locations and risk signals. Change ids already stored are skipped, so a
// repeated publish after a crash stores nothing twice. Returns how many were stored.
[[nodiscard]] Result<int> appendOfficeChanges(StoreSession &session,
                                              const QList<StoredChange> &changes,
                                              const QDateTime &receivedAt);

} // namespace schouw::server
