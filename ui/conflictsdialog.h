#pragma once

#include "syncedrecords.h"

#include <QDialog>

#include <memory>

namespace schouw {

class VaultSession;

// The conflicts a sync left for a person (docs/sync-merge.md), one at a time. A text edited on
// two computers at once shows every version side by side, with its author and time: keep one,
// or write one text from them (prefilled with all versions) and keep that. A record deleted
// elsewhere while this computer had unsent work on it can be restored for everyone, or the
// deletion accepted. Resolving writes a local change that ends the conflict on every computer
// after the next sync. Non-modal; closes with the vault.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(VaultSession &session, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    // Reads the conflicts again, keeping the selection where it still exists.
    void reload();
    [[nodiscard]] int conflictCount() const;
    void selectConflict(int row);

    // Resolving, as the buttons do (for tests): keeps version `index` of the selected text
    // conflict, or the merged text, restores or accepts the selected deletion.
    bool keepVersion(int index);
    bool keepMergedText(const QString &text);
    bool restoreDeleted();
    bool acceptDeletion();

Q_SIGNALS:
    // A conflict was resolved: these records changed here (open views reload them).
    void resolved(const schouw::SyncedRecords &records);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace schouw
