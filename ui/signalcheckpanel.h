#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace schouw {

class TextAutosave;
class VaultSession;

// The provider's open risk signals during a visit, each with what the visit made of it on site
// (confirmed, not confirmed, not checked) and a note. The outcome is saved when it is chosen, the
// note as it is typed.
class SignalCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignalCheckPanel(VaultSession &session, QWidget *parent = nullptr);
    ~SignalCheckPanel() override;

    // Saves pending notes, then shows the open signals of the visit's provider.
    void showVisit(const Visit &visit, bool editable);
    // Forgets the visit without saving (the vault may be closed already).
    void clear();
    bool flush();
    [[nodiscard]] int signalCount() const { return static_cast<int>(m_notes.size()); }

private:
    void addSignal(const Visit &visit, const RiskSignal &signal,
                   const std::optional<SignalCheck> &check, bool editable, int row);

    VaultSession &m_session;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QList<TextAutosave *> m_notes;
};

} // namespace schouw
