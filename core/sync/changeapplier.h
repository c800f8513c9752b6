#pragma once

#include "domain/error.h"
#include "sync/changebatch.h"

namespace schouw {
class Vault;
}

// The client's side of a pull: applying the office's changes to the vault with the per-field
// merge of docs/sync-merge.md. Order-independent: the same set of changes gives the same records,
// text heads and text conflicts whatever order they arrive in, so every vault converges.
namespace schouw::sync {

// What applying a batch would delete, asked before applying it (a sync that would delete a large
// share of the vault stops and asks).
struct DeletionPreview
{
    qint64 liveRecordsDeleted = 0; // live records here that the batch deletes
    qint64 liveRecordsTotal = 0; // live synced records here
    qint64 withUnsentLocalWork = 0; // of the deleted ones, those with unsent local changes
};

[[nodiscard]] Result<DeletionPreview> previewDeletions(Vault &vault,
                                                       const wire::ChangeBatch &batch);

struct ApplyReport
{
    int applied = 0; // new changes recorded (parked ones included)
    int alreadyKnown = 0; // change ids already in the log, skipped
    int newConflicts = 0; // text or deletion conflicts that did not exist before
    int deletions = 0; // live records deleted
    int skipped = 0; // audit events: kept by the office, never applied on clients
    int parked = 0; // updates or deletions of records not here yet, kept until their insert
};

// Applies the batch in one transaction. Every change is checked first (known entity and columns,
// fields a JSON object of scalar values, bases naming free-text fields with UUIDs, a plausible
// HLC); one bad change refuses the batch with InvalidInput and nothing of it is applied. Changes
// already known are skipped, so a batch applied twice does no harm. Applied changes are logged
// with origin 'remote' and sent 1, the vault's HLC clock observes them, and derived tables follow.
[[nodiscard]] Result<ApplyReport> applyRemoteBatch(Vault &vault, const wire::ChangeBatch &batch);

} // namespace schouw::sync
