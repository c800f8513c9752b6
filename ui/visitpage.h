#pragma once

#include "domain/records.h"
#include "syncedrecords.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class VisitPage;
}

namespace schouw {

class FindingsPanel;
class InterviewsPanel;
class NormPanel;
class NormTreeModel;
class QuickCaptureDialog;
class SignalCheckPanel;
class VaultSession;

// The workspace of one inspection visit. Header: provider, type, locations, framework version,
// start and progress, with "Finish visit" / "Reopen visit". Left the norm tree (themes → norms,
// and the unassigned findings), in the centre the selected norm (NormPanel) or the unassigned
// findings, on the right the risk signals to check and the interviews.
//
// Every edit is saved as it is made. What is being typed is flushed when another norm is chosen,
// when the page is left, and before the vault locks (aboutToLock, connected directly); after a
// lock the owner calls clear(). Keyboard: Ctrl+1..4 focus tree, judgement, rationale, findings;
// Ctrl+PgDown/PgUp and Alt+Down/Up next and previous norm; Ctrl+Shift+O open norms only;
// Ctrl+Shift+F quick capture; Esc back to the providers.
class VisitPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitPage(VaultSession &session, QWidget *parent = nullptr);
    ~VisitPage() override;

    // Shows the visit (saving what was pending for the one shown before). False, with the
    // reason on the page, when it cannot be read.
    bool openVisit(const Id &visitId);
    [[nodiscard]] Id visitId() const { return m_visit.id; }
    // Saves all pending typing of the page and its panels. True when everything is saved.
    bool flush();
    // Forgets the visit without saving (after a lock the vault is closed already).
    void clear();
    // After a sync (or a resolved conflict) changed records: saves what is typed, then reloads
    // the parts of the visit shown that changed, keeping the norm, the finding and the
    // interview in hand. A text being edited that changed elsewhere is not replaced: both
    // versions are kept as a conflict (FindingsPanel::refresh).
    void refreshAfterSync(const schouw::SyncedRecords &records);

    [[nodiscard]] NormTreeModel &normModel() const { return *m_model; }
    // Opens quick capture for an unassigned finding (Ctrl+Shift+F); returns the dialog.
    QuickCaptureDialog *openQuickCapture();
    void selectNextNorm(int step);

Q_SIGNALS:
    // Esc or the back button: the page saved its work and wants the provider list back.
    void backRequested();

private:
    void setUpShortcuts();
    void showHeader(const Provider &provider, const QList<Location> &locations,
                    const Framework &framework);
    void updateProgress();
    void updateFinishedState();
    void refreshFindingCounts();
    void onCurrentChanged(const QModelIndex &current);
    void onJudgementChanged(const Id &normId, int value);
    void toggleOpenOnly(bool openOnly);
    void finishVisit();
    void reopenVisit();
    void goBack();
    void showError(const QString &message);

    std::unique_ptr<Ui::VisitPage> m_ui;
    VaultSession &m_session;
    NormTreeModel *m_model = nullptr;
    NormPanel *m_normPanel = nullptr;
    FindingsPanel *m_unassigned = nullptr;
    SignalCheckPanel *m_signals = nullptr;
    InterviewsPanel *m_interviews = nullptr;
    QPointer<QuickCaptureDialog> m_capture;
    Visit m_visit;
    QHash<QString, QStringList> m_evidence; // per norm code, from the framework definition
};

} // namespace schouw
