#pragma once

#include "domain/id.h"
#include "syncedrecords.h"

#include <QWidget>

#include <memory>

namespace schouw {

class VaultSession;

// The interviews (gesprekken) of one visit: the list, starting a new one with recorded consent,
// and the editor of the selected interview. Every edit is saved as it is typed.
class InterviewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewsPanel(VaultSession &session, QWidget *parent = nullptr);
    ~InterviewsPanel() override;

    // Shows the interviews of the visit; saves what was pending for the previous one first.
    void showVisit(const Id &visitId);
    // Forgets the visit without saving (after a lock the vault is closed already).
    void clear();
    // After a sync changed records: saves what is typed, reloads the list, and reloads the
    // interview in the editor only when it or one of its statements changed (otherwise the
    // editor, and the cursor in it, stay as they are).
    void refresh(const schouw::SyncedRecords &records);
    // Saves pending typing now. True when nothing was pending or every save succeeded.
    bool flush();
    // Opens the start dialog, unless the visit is finished or none is shown (Ctrl+Shift+I).
    void startInterview();
    // A finished visit: its interviews can be read, not started or changed.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;

Q_SIGNALS:
    // A statement linked to norms was added, changed or removed: the norm tree's counts change.
    void findingsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace schouw
