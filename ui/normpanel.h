#pragma once

#include "domain/records.h"

#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;

namespace Ui {
class NormPanel;
}

namespace schouw {

class FindingsPanel;
class TextAutosave;
class VaultSession;

// One norm of a visit: its code and title, its text, what the inspector looks at (guidance and
// evidence hints from the framework version), the judgement on the five-value scale (Alt+1 ..
// Alt+5, Alt+0 clears it), the rationale and the findings of the norm. The value is saved when it
// is chosen; the rationale as it is typed (TextAutosave).
class NormPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NormPanel(VaultSession &session, QWidget *parent = nullptr);
    ~NormPanel() override;

    // Saves what is pending for the norm shown before, then shows norm of visitId. evidence: the
    // framework's hints for the norm (may be empty).
    void showNorm(const Id &visitId, const Norm &norm, const QStringList &evidence);
    // A finished visit is read-only until it is reopened.
    void setEditable(bool editable);
    // Forgets the norm without saving (the vault may be closed already).
    void clear();
    // Saves pending typing now (rationale and findings). True when all is saved.
    bool flush();

    [[nodiscard]] Id normId() const { return m_normId; }
    [[nodiscard]] FindingsPanel *findingsPanel() const { return m_findings; }
    void focusJudgement();
    void focusRationale();
    void focusFindings();

Q_SIGNALS:
    // The norm's judgement value was saved (its tree row and the progress change).
    void judgementChanged(schouw::Id normId, int value); // int(Judgement), -1 for none
    void findingsChanged();

private:
    void onJudgementToggled(int id, bool checked);
    void showJudgement(std::optional<Judgement> value);
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::NormPanel> m_ui;
    VaultSession &m_session;
    QButtonGroup *m_judgements = nullptr;
    TextAutosave *m_rationale = nullptr;
    FindingsPanel *m_findings = nullptr;
    Id m_visitId;
    Id m_normId;
    bool m_loading = false;
    bool m_editable = true;
};

} // namespace schouw
