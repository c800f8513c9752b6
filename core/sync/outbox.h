#pragma once

#include "domain/error.h"
#include "domain/id.h"
#include "sync/changebatch.h"

#include <QString>

#include <vector>

namespace schouw {
class Vault;
}

// The device's side of a push: which local changes the office has not acknowledged yet, and the
// conversion between change-log rows and the wire form. Sent flags only change after the office
// acknowledged a batch, so a lost reply means the batch is pushed again (the office skips change
// ids it knows).
namespace schouw::sync {

// One change_log row in its text form.
struct ChangeRow
{
    QString changeId;
    QString entity;
    Id entityId;
    QString op; // insert, update, delete
    QString fieldsJson;
    QString basesJson; // '' when none
    Id authorId; // null: no author
    QString deviceId;
    qint64 hlc = 0;
};

// A null id travels as 16 zero bytes, and 16 zero bytes read back as a null id.
[[nodiscard]] wire::WireUuid toWireUuid(const Id &id);
[[nodiscard]] Id fromWireUuid(const wire::WireUuid &uuid);
// InvalidInput for an unknown op or a change id that is no UUID.
[[nodiscard]] Result<wire::WireChange> toWire(const ChangeRow &row);
// Op 0..2 (decodeBatch has checked it); the text fields as UTF-8.
[[nodiscard]] ChangeRow fromWire(const wire::WireChange &change);

// The oldest unsent local changes, at most maxChanges (and kMaxChangesPerBatch), cut so the batch
// stays within kMaxMessageBytes: encodeBatch accepts every batch this returns. Empty when nothing
// is pending. A single change over a field limit of wirelimits.h cannot travel: InvalidInput
// naming its change id (nothing is skipped silently).
[[nodiscard]] Result<wire::ChangeBatch> pendingBatch(Vault &vault, int maxChanges);
// After the office acknowledged a push: those changes are sent. Ids not in the log are ignored.
[[nodiscard]] Status markSent(Vault &vault, const std::vector<wire::WireUuid> &changeIds);
// After the office lost data (a restored backup): every local change is pushed again; the office
// skips the change ids it still has.
[[nodiscard]] Status markAllUnsent(Vault &vault);
[[nodiscard]] Result<qint64> pendingCount(Vault &vault);

} // namespace schouw::sync
