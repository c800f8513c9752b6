#pragma once

#include "domain/id.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace schouw {

class EvidenceList;
class TextAutosave;
class VaultSession;

// The findings (observations) of one norm in a visit, or the visit's unassigned findings: a
// compact list and an editor for the selected finding (text, source, linked norms, evidence).
// Every edit is saved as it is made through the repositories; there is no save button.
// Statements from interviews show read-only (their text belongs to the interview); only their
// links to norms can change here.
//
// Shortcuts (while focus is inside the panel): Ctrl+Enter new finding, Ctrl+K link to norms,
// Ctrl+Shift+A add evidence, Delete removes the selected finding (in the list) or attachment
// (in the evidence).
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asked before something is removed; true goes ahead. Replaceable so tests never block.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    explicit FindingsPanel(VaultSession &session, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    // Shows the findings of normId in visitId; a null normId shows the visit's unassigned
    // findings. Saves what is pending for the finding shown before.
    void showNorm(const Id &visitId, const Id &normId);
    // Forgets what is shown without saving (after a lock the vault is closed already).
    void clear();
    // Saves pending typing now. True when nothing was pending or the save succeeded.
    bool flush();
    // After a sync changed findings: saves what is typed, reloads the list keeping the
    // selection, and updates the finding in the editor without taking away text that is still
    // a current version (a text changed elsewhere meanwhile stays beside it as a conflict).
    void refresh();

    // Creates a finding for the norm shown (none when showing unassigned ones), authored by the
    // vault's current user, selects it and puts the cursor in its text.
    void addFinding();
    // Opens the norm chooser for the selected finding (non-modal; saves when accepted).
    void linkNorms();
    // Removes the selected finding and its evidence, after confirmation.
    void removeFinding();
    void selectFinding(const Id &observationId);
    [[nodiscard]] Id currentFindingId() const;
    [[nodiscard]] Id visitId() const;
    [[nodiscard]] Id normId() const;

    void setConfirm(Confirm confirm);
    // A finished visit: findings and evidence can be read and exported, not changed.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;
    // The autosave of the finding's text: tests and the crash child listen to saved().
    [[nodiscard]] TextAutosave &textAutosave();
    [[nodiscard]] EvidenceList &evidenceList();

Q_SIGNALS:
    // The set of findings of the visit or their links to norms changed.
    void findingsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace schouw
